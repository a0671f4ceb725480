// The warnings of the shown period, and the legend of status colours and day marks.
import { ITEM_STATUSES, ITEM_STATUS_LABELS, type CalendarWarning } from '../../../shared/calendar';

/** Each warning's message names its post and day as a planner reads them, so the list needs nothing beside it. */
export function WarningsPanel({ period, warnings }: { period: string; warnings: CalendarWarning[] }) {
  return (
    <section className="cal-warnings panel" aria-labelledby="cal-warnings-heading">
      <h2 id="cal-warnings-heading">Warnings {warnings.length ? `(${warnings.length})` : ''}</h2>
      {warnings.length === 0 ? (
        <p className="muted">Nothing to check in this {period}.</p>
      ) : (
        <ul className="cal-warning-list" tabIndex={0} aria-labelledby="cal-warnings-heading">
          {warnings.map((w, i) => (
            <li key={`${w.kind}-${w.date}-${i}`} className={`cal-warning cal-warning-${w.kind}`}>
              {w.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function StatusLegend() {
  return (
    <ul className="cal-legend" aria-label="Status colours">
      {ITEM_STATUSES.filter((s) => s !== 'cancelled').map((s) => (
        <li key={s}>
          <span className={`cal-legend-swatch status-${s}`} aria-hidden="true" />
          {ITEM_STATUS_LABELS[s]}
        </li>
      ))}
      <li>◆ International day</li>
      <li>★ National day</li>
    </ul>
  );
}
