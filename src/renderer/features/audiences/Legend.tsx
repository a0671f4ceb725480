import type { Colouring } from './colouring';
import { DIMENSION_LABELS } from './colouring';

/** What each colour means, with how many audiences have it. */
export function Legend({ colouring, headingLevel = 2, inline }: { colouring: Colouring; headingLevel?: 2 | 3; inline?: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `legend-${colouring.dimension}`;
  return (
    <section className={inline ? 'legend legend-inline' : 'legend'} aria-labelledby={headingId}>
      <Heading id={headingId} className="legend-heading">
        {inline ? `Colour by ${DIMENSION_LABELS[colouring.dimension].toLowerCase()}` : `Colour: ${DIMENSION_LABELS[colouring.dimension].toLowerCase()}`}
      </Heading>
      {colouring.categories.length === 0 ? (
        <p className="muted legend-empty">No audiences shown.</p>
      ) : (
        <ul className="legend-list">
          {colouring.categories.map((c) => (
            <li key={c.value}>
              <span className="legend-swatch" style={{ background: c.colour }} aria-hidden="true" />
              <span className="legend-label">{c.label}</span>
              <span className="legend-count">{c.count}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
