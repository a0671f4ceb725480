// Where the calendar opens when nothing is remembered: today's period if it has posts, else the
// period of the nearest post (the next one, else the last), so a plan such as the demo's does not
// open on an empty month. Asked once; a planner who turns the page first keeps their choice.
import { useEffect, useRef } from 'react';
import { instantToLocal } from '../../../shared/calendarTime';
import { api } from '../../api';

export function useOpeningAnchor(opts: {
  strategyId: string;
  remembered: string | null;
  /** The posts of the period shown, once loaded. */
  shown: readonly unknown[] | undefined;
  from: string;
  zone: string;
  open: (anchor: string) => void;
}) {
  const { strategyId, remembered, shown, from, zone, open } = opts;
  const asked = useRef(false);
  const latest = useRef({ remembered, open });
  latest.current = { remembered, open };
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  useEffect(() => {
    if (asked.current || remembered !== null || shown === undefined) return;
    asked.current = true;
    if (shown.length > 0) return;
    api.call('calendar.nearestPost', { strategyId, from }).then(
      ({ scheduledAt }) => {
        if (mounted.current && scheduledAt && latest.current.remembered === null) latest.current.open(instantToLocal(scheduledAt, zone).date);
      },
      () => undefined, // opening on today is still a fine answer
    );
  }, [strategyId, remembered, shown, from, zone]);
}
