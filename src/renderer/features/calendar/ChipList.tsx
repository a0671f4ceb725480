// A day's or an hour's posts, the first few drawn and the rest behind "+N more": a busy day or hour
// stays one screen tall and draws a handful of chips, not dozens. Hidden chips are not drawn at all;
// the day or hour around them stays the drop target.
import { useEffect, useRef, useState } from 'react';
import { Chip, type ChipView } from './Chip';

export function ChipList({ chips, limit, where, onOpen }: {
  chips: ChipView[];
  /** How many chips show while folded. */
  limit: number;
  /** Where the posts are, for the button's name: "Monday 7 December" or "Monday 7 December at 10:00". */
  where: string;
  onOpen: (id: string) => void;
}) {
  // Kept here, so unfolding redraws this list only, not the page.
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? chips : chips.slice(0, limit);
  const hidden = chips.length - shown.length;
  const list = useRef<HTMLUListElement>(null);
  // Unfolding by keyboard goes on to the first post that was hidden, not back to the top of the day.
  const focusFirstHidden = useRef(false);
  useEffect(() => {
    if (!expanded || !focusFirstHidden.current) return;
    focusFirstHidden.current = false;
    list.current?.querySelectorAll<HTMLElement>('[data-item-id]')[limit]?.focus();
  }, [expanded, limit]);
  return (
    <>
      {shown.length > 0 ? (
        <ul className="cal-chips" ref={list}>
          {shown.map((v) => (
            <Chip key={v.key} view={v} onOpen={onOpen} />
          ))}
        </ul>
      ) : null}
      {hidden > 0 || expanded ? (
        <button type="button" className="cal-more" aria-expanded={expanded} onClick={() => {
            focusFirstHidden.current = !expanded;
            setExpanded(!expanded);
          }} aria-label={expanded ? `Show fewer posts on ${where}` : `Show ${hidden} more posts on ${where}`}>
          {expanded ? 'Show fewer' : `+${hidden} more`}
        </button>
      ) : null}
    </>
  );
}
