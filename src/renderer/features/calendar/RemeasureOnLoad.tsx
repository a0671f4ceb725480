// dnd-kit measures drop targets when a drag starts and when targets come or go, not when the layout
// shifts. After the page turns mid-drag, the new week's posts, bands and days arrive a moment later
// and push the grid about, so the targets are measured again then; otherwise a drop would land on the
// hour or day that used to be under the pointer.
import { useDndContext } from '@dnd-kit/core';
import { useEffect } from 'react';

export function RemeasureOnLoad({ data }: { data: unknown }) {
  const { active, measureDroppableContainers } = useDndContext();
  const dragging = active !== null;
  useEffect(() => {
    if (!dragging) return;
    const frame = requestAnimationFrame(() => measureDroppableContainers([]));
    return () => cancelAnimationFrame(frame);
    // Only when new data is drawn, not on every move of the drag.
  }, [data]);
  return null;
}
