import { useId, useMemo, useState } from 'react';
import { RELATIONSHIP_KINDS, RELATIONSHIP_KIND_LABELS, type Relationship } from '../../../../shared/audiences';
import type { StrategyDetail } from '../../../../shared/domain';
import { mutate, useCall } from '../../../api';
import { strategyHref } from '../../../app/routes';
import { IconButton } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { errorText } from '../../../ui/errorText';
import { keepFocusWhenRemoved } from '../../../ui/focusFallback';
import { PageHeader } from '../../../ui/PageHeader';
import { useToast } from '../../../ui/Toast';
import { colouringFor, matches, type Filters } from '../colouring';
import { FilterBar } from '../FilterBar';
import { Legend } from '../Legend';
import { relationText, useAudiences } from '../model';
import { useOfferUndoOfLatest } from '../undo';
import { RelationshipForm } from './RelationshipForm';
import { RelationshipGraph } from './RelationshipGraph';
import '../../../ui/forms.css';
import '../audiences.css';
import './graph.css';
import { LoadState } from '../../../ui/LoadState';

const GRAPH_FILTERS = ['kind', 'region'] as const;
/** Above this many audiences the graph starts with only the linked ones. */
const LINKED_ONLY_FROM = 60;

export function RelationshipsPage({ strategy }: { strategy: StrategyDetail }) {
  const { data: audiences, error } = useAudiences(strategy.id);
  const { data: relationships } = useCall('relationship.list', { strategyId: strategy.id });
  const [filters, setFilters] = useState<Filters>({});
  const [linkedOnly, setLinkedOnly] = useState<boolean | null>(null);
  const id = useId();

  const linked = useMemo(() => {
    const ids = new Set<string>();
    for (const r of relationships ?? []) {
      ids.add(r.fromId);
      ids.add(r.toId);
    }
    return ids;
  }, [relationships]);
  const onlyLinked = linkedOnly ?? (audiences?.length ?? 0) > LINKED_ONLY_FROM;
  const shown = useMemo(
    () => (audiences ?? []).filter((a) => matches(a, filters) && (!onlyLinked || linked.has(a.id))),
    [audiences, filters, onlyLinked, linked],
  );
  const colouring = useMemo(() => colouringFor(audiences ?? [], 'kind'), [audiences]);
  const colourOf = colouring.colourOf;
  const shownColouring = useMemo(() => colouringFor(shown, 'kind'), [shown]);

  const header = (
    <PageHeader
      title="Relationships"
      lede="Who works for, partners with, influences or opposes whom. Drag to pan, scroll to zoom, drag an audience to rearrange; double-click opens it."
    />
  );

  if (!audiences || !relationships) {
    return (
      <div className="page page-wide">
        {header}
        <LoadState error={error} loading="Loading the relationships…" />
      </div>
    );
  }

  if (audiences.length < 2) {
    return (
      <div className="page page-wide">
        {header}
        <EmptyState
          title="Add at least two audiences first"
          icon="info"
          actions={
            <a className="btn btn-primary" href={strategyHref(strategy.id, 'audiences')}>
              Add audiences
            </a>
          }
        >
          <p>Relationships link audiences: a journalist works for an outlet, an NGO influences a ministry.</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page page-wide">
      {header}
      <div className="map-toolbar">
        <div className="filter-bar">
          <FilterBar audiences={audiences} filters={filters} onFilters={setFilters} dimensions={GRAPH_FILTERS} />
          <label className="check-line" htmlFor={`${id}-linked`}>
            <input id={`${id}-linked`} type="checkbox" checked={onlyLinked} onChange={(e) => setLinkedOnly(e.target.checked)} />
            Only audiences with relationships
          </label>
        </div>
        <p className="map-count" aria-live="polite">
          {shown.length} of {audiences.length} audiences · {relationships.length} relationship{relationships.length === 1 ? '' : 's'}
        </p>
      </div>
      <section className="panel graph-panel" aria-labelledby={`${id}-graph`}>
        <h2 id={`${id}-graph`} className="sr-only">
          Relationship graph
        </h2>
        <div className="graph-legends">
          <Legend colouring={shownColouring} inline />
          <section className="legend legend-inline" aria-labelledby={`${id}-arrows`}>
            <h3 id={`${id}-arrows`} className="legend-heading">
              Arrows
            </h3>
            <ul className="legend-list">
              {RELATIONSHIP_KINDS.map((k) => (
                <li key={k}>
                  <span className={`edge-swatch edge-${k}`} aria-hidden="true" />
                  <span className="legend-label">{RELATIONSHIP_KIND_LABELS[k]}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
        {shown.length === 0 ? (
          <p className="empty-line graph-empty">No audience matches these filters{onlyLinked ? ' and has relationships' : ''}.</p>
        ) : (
          <RelationshipGraph strategyId={strategy.id} all={audiences} audiences={shown} relationships={relationships} colourOf={colourOf} />
        )}
      </section>
      <section className="panel detail-section rel-section" aria-labelledby={`${id}-add`}>
        <h2 id={`${id}-add`}>Add a relationship</h2>
        <RelationshipForm audiences={audiences} heading="Add a relationship" />
      </section>
      <RelationshipList relationships={relationships} names={new Map(audiences.map((a) => [a.id, a.name]))} strategyId={strategy.id} />
    </div>
  );
}

function RelationshipList({ relationships, names, strategyId }: { relationships: Relationship[]; names: Map<string, string>; strategyId: string }) {
  const { notify } = useToast();
  const offerUndo = useOfferUndoOfLatest();
  const sorted = [...relationships].sort((a, b) => (names.get(a.fromId) ?? '').localeCompare(names.get(b.fromId) ?? ''));
  async function remove(rel: Relationship) {
    keepFocusWhenRemoved();
    try {
      await mutate('relationship.remove', { id: rel.id });
      await offerUndo('Relationship removed');
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }
  return (
    <section className="panel detail-section rel-section" aria-labelledby="all-rel-heading">
      <h2 id="all-rel-heading">All relationships</h2>
      {sorted.length === 0 ? (
        <p className="empty-line">None yet. Link two audiences with the form above.</p>
      ) : (
        <table className="audience-table rel-table">
          <caption className="sr-only">All relationships between audiences</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="sort-button">From</span>
              </th>
              <th scope="col">
                <span className="sort-button">Relationship</span>
              </th>
              <th scope="col">
                <span className="sort-button">To</span>
              </th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={strategyHref(strategyId, 'audiences', r.fromId)}>{names.get(r.fromId) ?? 'A removed audience'}</a>
                </td>
                <td className="rel-kind">{relationText(r)}</td>
                <td>
                  <a href={strategyHref(strategyId, 'audiences', r.toId)}>{names.get(r.toId) ?? 'A removed audience'}</a>
                </td>
                <td className="actions">
                  <IconButton
                    icon="trash"
                    variant="danger"
                    label={`Remove relationship: ${names.get(r.fromId)} ${relationText(r)} ${names.get(r.toId)}`}
                    onClick={() => void remove(r)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
