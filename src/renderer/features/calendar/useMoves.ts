// Saving a drop: the chip shows in its new place at once, the core saves through the write path
// (so Undo reverses it), and a broken rule comes back as a warning toast rather than a refusal.
// An occurrence of a series moves alone (contentItem.moveOccurrence), to another day or to the
// backlog as a one-off copy; the series itself moves from the editor, or by dragging its first occurrence.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ItemSaved } from '../../../shared/calendar';
import { DEFAULT_POST_TIME, instantToLocal, localToInstant } from '../../../shared/calendarTime';
import { mutate, useEvent } from '../../api';
import { errorText } from '../../ui/errorText';
import { useToast } from '../../ui/Toast';
import type { ChipView } from './Chip';
import { addDays, dayLabel, daysBetween } from './days';
import { BACKLOG_ID } from './dnd';
import { stillPending, type Pending } from './useChipViews';

/** `period` names the shown month or week: the "moved… Saved." line belongs to the period it was said in. */
export function useMoves(zone: string, range: unknown, backlog: unknown, period: string) {
  const { notify } = useToast();
  const [saved, setSaved] = useState('');
  useEffect(() => setSaved(''), [period]);
  // After an undo (or redo) the line may no longer be true. A fresh save empties the redo list, so
  // a history with something to redo means the last word went to Undo, not to this move.
  useEvent('history', (history) => {
    if (history.canRedo) setSaved('');
  });
  const [pending, setPending] = useState<Pending>({});
  const shown = useRef({ range, backlog });
  shown.current = { range, backlog };
  // Data that arrived after a save was answered holds the move (useChipViews already ignores it); let it go.
  useEffect(
    () =>
      setPending((p) => {
        const kept = Object.entries(p).filter(([, move]) => stillPending(move, range, backlog));
        return kept.length === Object.keys(p).length ? p : Object.fromEntries(kept);
      }),
    [range, backlog],
  );
  const markSaved = useCallback((key: string) => setPending((p) => (p[key] ? { ...p, [key]: { ...p[key], savedOn: shown.current } } : p)), []);

  const move = useCallback(
    async (view: ChipView, target: string, hour: number | null) => {
      const item = view.item;
      const toBacklog = target === BACKLOG_ID;
      const plannerTime = hour === null ? (view.time ?? DEFAULT_POST_TIME) : `${String(hour).padStart(2, '0')}:${(view.time ?? DEFAULT_POST_TIME).slice(3, 5)}`;
      setPending((p) => ({ ...p, [view.key]: { view, to: toBacklog ? null : { date: target, time: plannerTime }, savedOn: null } }));
      setSaved('');
      try {
        let to: { date: string; time?: string } | null = null;
        if (!toBacklog) {
          if (hour !== null) {
            // An hour of the planner's week: the same instant, written in the post's own zone.
            const own = instantToLocal(localToInstant(target, plannerTime, zone), item.timeZone);
            to = { date: own.date, time: own.time };
          } else {
            // A day of the planner's month; the post keeps its local time in its own zone.
            const ownFrom = view.occurrence ?? item.localDate;
            to = { date: view.date && ownFrom ? addDays(ownFrom, daysBetween(view.date, target)) : target };
          }
        }
        const result: ItemSaved = view.occurrence
          ? await mutate('contentItem.moveOccurrence', { id: item.id, occurrence: view.occurrence, to })
          : await mutate('contentItem.move', { id: item.id, to });
        markSaved(view.key);
        const where = toBacklog ? 'the backlog' : `${dayLabel(target)}${hour === null ? '' : ` at ${plannerTime}`}`;
        const what = view.occurrence ? `Moved this occurrence only: ${item.title} on ${dayLabel(view.date!)} moved to ${where}` : `${item.title} moved to ${where}`;
        setSaved(`${what}. Saved.`);
        const warnings = result.warnings.map((w) => w.message).join(' ');
        if (view.occurrence) {
          // Say plainly what happened to the series, which a planner might expect to move as a whole.
          const whole = toBacklog ? 'To unschedule the whole series, open it and clear its date.' : 'To move the whole series, change its start in the editor.';
          notify({ kind: 'info', message: `${what}. The rest of the series stays. ${whole}${warnings ? ` ${warnings}` : ''}` });
        } else if (warnings) {
          notify({ kind: 'info', message: `${what}. ${warnings}` });
        }
      } catch (e) {
        setPending((p) => {
          const next = { ...p };
          delete next[view.key];
          return next;
        });
        notify({ kind: 'error', message: `${item.title} could not be moved: ${errorText(e)}` });
      }
    },
    [notify, zone, markSaved],
  );
  return { pending, move, saved };
}
