// While a post is dragged with the mouse, two strips on the left and right of the grid: resting on
// one for a moment turns to the previous or next week or month. One turn per visit, so the page
// never runs away while the planner looks for the day; leave the strip and come back to turn again.
import { useDroppable } from '@dnd-kit/core';
import { useEffect, useRef } from 'react';
import { edgeId, type EdgeData } from './dnd';

/** How long the pointer rests on an edge before the page turns. */
export const EDGE_DELAY_MS = 600;

export function EdgeZones({ period, onTurn }: { period: 'week' | 'month'; onTurn: (step: -1 | 1) => void }) {
  return (
    <>
      <EdgeZone step={-1} label={`Previous ${period}`} onTurn={onTurn} />
      <EdgeZone step={1} label={`Next ${period}`} onTurn={onTurn} />
    </>
  );
}

function EdgeZone({ step, label, onTurn }: { step: -1 | 1; label: string; onTurn: (step: -1 | 1) => void }) {
  const data: EdgeData = { label };
  const { setNodeRef, isOver } = useDroppable({ id: edgeId(step), data });
  const turn = useRef(onTurn);
  turn.current = onTurn;
  useEffect(() => {
    if (!isOver) return;
    const timer = setTimeout(() => turn.current(step), EDGE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [isOver, step]);
  return (
    <div ref={setNodeRef} className={`cal-edge cal-edge-${step < 0 ? 'prev' : 'next'}${isOver ? ' cal-edge-over' : ''}`} aria-hidden="true">
      <span>{step < 0 ? `‹ ${label}` : `${label} ›`}</span>
    </div>
  );
}
