import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useCallback } from 'react';
import { STANCE_LABELS, quadrantOf, type Audience } from '../../../../shared/audiences';
import { kindLabel } from '../model';
import { cellId, describeCell, shorten, type ChipData } from './grid';

export interface MapCellProps {
  influence: number;
  interest: number;
  audiences: Audience[];
  colourOf: (a: Audience) => string;
  /** Cards shown before "+N more"; the rest appear when the cell is opened. */
  preview: number;
  /** About how many characters of a name fit on a card. */
  budget: number;
  expanded: boolean;
  onToggle: (id: string) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** One square of the grid: a drop target holding the cards of the audiences placed there. */
export const MapCell = memo(function MapCell(props: MapCellProps) {
  const { influence, interest, audiences, colourOf, preview, budget, expanded, onToggle, selectedId, onSelect } = props;
  const id = cellId({ influence, interest });
  const { setNodeRef, isOver } = useDroppable({ id, data: { influence, interest } });
  const shown = expanded ? audiences : audiences.slice(0, preview);
  const hidden = audiences.length - shown.length;
  const count = audiences.length;
  return (
    <div
      ref={setNodeRef}
      className={`map-cell q-${quadrantOf(influence, interest)}${isOver ? ' map-cell-over' : ''}${expanded ? ' map-cell-open' : ''}`}
      role="group"
      aria-label={`${describeCell({ influence, interest })}; ${count === 1 ? '1 audience' : `${count} audiences`}`}
      data-cell={id}
    >
      {shown.length > 0 ? (
        <ul className="map-chips">
          {shown.map((a) => (
            <AudienceChip key={a.id} audience={a} colour={colourOf(a)} budget={budget} selected={a.id === selectedId} onSelect={onSelect} />
          ))}
        </ul>
      ) : null}
      {hidden > 0 || (expanded && audiences.length > preview) ? (
        <button
          type="button"
          className="map-more"
          aria-expanded={expanded}
          aria-label={expanded ? `Show fewer audiences at ${describeCell({ influence, interest })}` : `Show ${hidden} more audiences at ${describeCell({ influence, interest })}`}
          onClick={() => onToggle(id)}
        >
          {expanded ? 'Show fewer' : `+${hidden} more`}
        </button>
      ) : null}
    </div>
  );
});

interface ChipProps {
  audience: Audience;
  colour: string;
  budget: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** An audience as a card that can be dragged with the mouse or moved with the keyboard. */
const AudienceChip = memo(function AudienceChip({ audience, colour, budget, selected, onSelect }: ChipProps) {
  const data: ChipData = { name: audience.name, influence: audience.influence, interest: audience.interest };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: audience.id,
    data,
    attributes: { roleDescription: 'movable audience' },
  });
  const select = useCallback(() => onSelect(audience.id), [onSelect, audience.id]);
  return (
    <li className="map-chip-item">
      <div
        ref={setNodeRef}
        className={`map-chip${isDragging ? ' map-chip-dragging' : ''}${selected ? ' map-chip-selected' : ''}${audience.priority === 'high' ? ' map-chip-high' : ''}`}
        {...attributes}
        {...listeners}
        aria-label={`${audience.name}, influence ${audience.influence}, interest ${audience.interest}`}
        title={chipTitle(audience)}
        onClick={select}
        onFocus={select}
        data-audience-id={audience.id}
      >
        <ChipFace name={shorten(audience.name, budget)} colour={colour} />
      </div>
    </li>
  );
});

export const ChipFace = memo(function ChipFace({ name, colour }: { name: string; colour: string }) {
  return (
    <>
      <span className="map-chip-mark" style={{ background: colour }} aria-hidden="true" />
      <span className="map-chip-name">{name}</span>
    </>
  );
});

function chipTitle(a: Audience): string {
  return [
    a.name,
    `${kindLabel(a)} · ${STANCE_LABELS[a.stance]} · ${a.priority} priority`,
    a.regions.length ? `Regions: ${a.regions.join(', ')}` : null,
    a.languages.length ? `Languages: ${a.languages.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}
