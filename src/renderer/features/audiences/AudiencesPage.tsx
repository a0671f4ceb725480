import { useId, useMemo, useState } from 'react';
import type { StrategyDetail } from '../../../shared/domain';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { AudienceTable } from './AudienceTable';
import { matches, type Filters } from './colouring';
import { AudienceDetailPage } from './detail/AudienceDetailPage';
import { FilterBar } from './FilterBar';
import { useAudiences } from './model';
import { QuickAddAudience } from './QuickAddAudience';
import '../../ui/forms.css';
import './audiences.css';
import { LoadState } from '../../ui/LoadState';

/** The list of audiences, or one audience when the address names it. */
export function AudiencesPage({ strategy, item }: { strategy: StrategyDetail; item?: string }) {
  if (item) return <AudienceDetailPage key={item} strategy={strategy} audienceId={item} />;
  return <AudienceListPage strategy={strategy} />;
}

function AudienceListPage({ strategy }: { strategy: StrategyDetail }) {
  const { data, error } = useAudiences(strategy.id);
  const [filters, setFilters] = useState<Filters>({});
  const [text, setText] = useState('');
  const id = useId();
  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return (data ?? []).filter(
      (a) =>
        matches(a, filters) &&
        (!needle || a.name.toLowerCase().includes(needle) || a.tags.some((t) => t.toLowerCase().includes(needle))),
    );
  }, [data, filters, text]);

  return (
    <div className="page page-wide">
      <PageHeader
        title="Audiences"
        lede="Whom the strategy speaks to: publics, communities, media, institutions and the people who matter, with how much each can shape the outcome and how much they care."
      />
      <QuickAddAudience strategyId={strategy.id} />
      {!data ? (
        <LoadState error={error} loading="Loading the audiences…" />
      ) : data.length === 0 ? (
        <EmptyState title="No audiences yet" icon="info">
          <p>
            Start with the groups the mission most needs to reach: for example students, business chambers, the foreign
            desk of a national paper, a ministry counterpart. Type a name, choose its kind and press Enter; add the next
            one straight away.
          </p>
          <p>Then place them on the influence map and write the messages each should hear.</p>
        </EmptyState>
      ) : (
        <section aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`} className="sr-only">
            All audiences
          </h2>
          <div className="audience-list-tools">
            <div className="filter-bar">
              <div className="filter-field filter-search">
                <label htmlFor={`${id}-find`}>Find</label>
                <input dir="auto"
                  id={`${id}-find`}
                  type="search"
                  className="inline-input"
                  value={text}
                  placeholder="Name or tag"
                  autoComplete="off"
                  onChange={(e) => setText(e.target.value)}
                />
              </div>
              <FilterBar audiences={data} filters={filters} onFilters={setFilters} />
            </div>
            <p className="audience-count" aria-live="polite">
              {shown.length === data.length ? `${data.length} audience${data.length === 1 ? '' : 's'}` : `${shown.length} of ${data.length} audiences`}
            </p>
          </div>
          {shown.length === 0 ? (
            <p className="empty-line">No audience matches these filters.</p>
          ) : (
            <AudienceTable strategyId={strategy.id} audiences={shown} />
          )}
        </section>
      )}
    </div>
  );
}
