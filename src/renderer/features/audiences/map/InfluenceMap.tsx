import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { QUADRANT_LABELS, type Audience } from '../../../../shared/audiences';
import { byPriorityThenName } from '../model';
import {
  INFLUENCE_ROWS,
  INTEREST_COLUMNS,
  announcements,
  cellCollision,
  cellId,
  oneCellPerKey,
  parseCellId,
  screenReaderInstructions,
  startKeyboardMove,
  type Cell,
} from './grid';
import { ChipFace, MapCell } from './MapCell';

export interface InfluenceMapProps {
  audiences: Audience[];
  colourOf: (a: Audience) => string;
  /** Cards shown per cell before "+N more". */
  preview: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** A card was put down on another cell. */
  onPlace: (audience: Audience, to: Cell) => void;
}

/** The 5×5 influence-interest grid with its four named quadrants; cards move by drag or keyboard. */
export const InfluenceMap = memo(function InfluenceMap({ audiences, colourOf, preview, selectedId, onSelect, onPlace }: InfluenceMapProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: oneCellPerKey }),
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const grid = useRef<HTMLDivElement>(null);
  const budget = useNameBudget(grid, preview > 3 ? 2 : 1);

  const byId = useMemo(() => new Map(audiences.map((a) => [a.id, a])), [audiences]);
  const byCell = useMemo(() => {
    const cells = new Map<string, Audience[]>();
    for (const a of audiences) {
      const key = cellId(a);
      let list = cells.get(key);
      if (!list) cells.set(key, (list = []));
      list.push(a);
    }
    for (const list of cells.values()) list.sort(byPriorityThenName);
    return cells;
  }, [audiences]);

  const toggle = useCallback((id: string) => {
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const onDragStart = useCallback((event: DragStartEvent) => {
    startKeyboardMove();
    setActiveId(String(event.active.id));
  }, []);
  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      setActiveId(null);
      const audience = byId.get(String(event.active.id));
      const to = parseCellId(event.over?.id);
      if (!audience || !to) return;
      if (audience.influence === to.influence && audience.interest === to.interest) return;
      onPlace(audience, to);
    },
    [byId, onPlace],
  );
  const onDragCancel = useCallback(() => setActiveId(null), []);
  const active = activeId ? byId.get(activeId) : undefined;
  // Only the cell holding the selected card needs to know which one it is.
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const selectedCell = selected ? cellId(selected) : null;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={cellCollision}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      autoScroll={{ layoutShiftCompensation: false }}
    >
      <div className={`map-frame${preview > 3 ? ' map-roomy' : ''}`}>
        <div className="map-axis-y" aria-hidden="true">
          <span>Influence</span>
        </div>
        <div className="map-ticks-y" aria-hidden="true">
          {INFLUENCE_ROWS.map((n) => (
            <span key={n}>{n}</span>
          ))}
        </div>
        <div className="map-quadrants map-quadrants-top" aria-hidden="true">
          <span className="q-band q-keep_satisfied">{QUADRANT_LABELS.keep_satisfied}</span>
          <span className="q-band q-manage_closely">{QUADRANT_LABELS.manage_closely}</span>
        </div>
        <div className="map-grid" ref={grid}>
          {INFLUENCE_ROWS.map((influence) =>
            INTEREST_COLUMNS.map((interest) => {
              const id = cellId({ influence, interest });
              return (
                <MapCell
                  key={id}
                  influence={influence}
                  interest={interest}
                  audiences={byCell.get(id) ?? EMPTY}
                  colourOf={colourOf}
                  preview={preview}
                  budget={budget}
                  expanded={open.has(id)}
                  onToggle={toggle}
                  selectedId={selectedCell === id ? selectedId : null}
                  onSelect={onSelect}
                />
              );
            }),
          )}
        </div>
        <div className="map-quadrants map-quadrants-bottom" aria-hidden="true">
          <span className="q-band q-monitor">{QUADRANT_LABELS.monitor}</span>
          <span className="q-band q-keep_informed">{QUADRANT_LABELS.keep_informed}</span>
        </div>
        <div className="map-ticks-x" aria-hidden="true">
          {INTEREST_COLUMNS.map((n) => (
            <span key={n}>{n}</span>
          ))}
        </div>
        <div className="map-axis-x" aria-hidden="true">
          Interest
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {active ? (
          <div className={`map-chip map-chip-overlay${active.priority === 'high' ? ' map-chip-high' : ''}`}>
            <ChipFace name={active.name} colour={colourOf(active)} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
});

const EMPTY: Audience[] = [];

/** Characters of a name that fit on a card, from the grid's width (cards re-render only on resize). */
function useNameBudget(grid: RefObject<HTMLDivElement | null>, lines: number): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = grid.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry!.contentRect.width / 8) * 8));
    observer.observe(el);
    return () => observer.disconnect();
  }, [grid]);
  if (width === 0) return 0;
  const cell = (width - 4 * 4 - 8) / 5;
  // Card padding, colour mark and gaps take about 30 px; a character of 12 px Inter about 6.4 px.
  const perLine = Math.max(8, Math.floor((cell - 30) / 6.4));
  return lines === 1 ? perLine : perLine * 2 - 2;
}
