import { useId } from 'react';
import type { Audience } from '../../../shared/audiences';
import { ITEM_STATUSES, ITEM_STATUS_LABELS, type Campaign, type CalendarItem } from '../../../shared/calendar';
import { PLATFORM_KIND_LABELS, type Platform } from '../../../shared/domain';
import { Button } from '../../ui/Button';

export interface Filters {
  platform?: string;
  campaign?: string;
  status?: string;
  audience?: string;
  language?: string;
  assignee?: string;
}

export function matches(item: CalendarItem, f: Filters): boolean {
  if (f.platform && !item.platformIds.includes(f.platform)) return false;
  if (f.campaign && item.campaignId !== f.campaign) return false;
  if (f.status && item.status !== f.status) return false;
  if (f.audience && !item.audienceIds.includes(f.audience)) return false;
  if (f.language && item.language !== f.language) return false;
  if (f.assignee && item.assignee !== f.assignee) return false;
  return true;
}

/** Filters by platform, campaign, status, audience, language and assignee; kept with the view. */
export function FiltersBar({
  filters,
  onFilters,
  platforms,
  campaigns,
  audiences,
  items,
}: {
  filters: Filters;
  onFilters: (next: Filters) => void;
  platforms: Platform[];
  campaigns: Campaign[];
  audiences: Audience[];
  items: CalendarItem[];
}) {
  const id = useId();
  const languages = [...new Set(items.map((i) => i.language).filter(Boolean))].sort();
  const assignees = [...new Set(items.map((i) => i.assignee).filter(Boolean))].sort();
  const fields: { key: keyof Filters; label: string; options: { value: string; label: string }[] }[] = [
    { key: 'platform', label: 'Platform', options: platforms.map((p) => ({ value: p.id, label: p.name || PLATFORM_KIND_LABELS[p.kind] })) },
    { key: 'campaign', label: 'Campaign', options: campaigns.map((c) => ({ value: c.id, label: c.name })) },
    { key: 'status', label: 'Status', options: ITEM_STATUSES.map((s) => ({ value: s, label: ITEM_STATUS_LABELS[s] })) },
    { key: 'audience', label: 'Audience', options: audiences.map((a) => ({ value: a.id, label: a.name })) },
    { key: 'language', label: 'Language', options: languages.map((l) => ({ value: l, label: l })) },
    { key: 'assignee', label: 'Assignee', options: assignees.map((a) => ({ value: a, label: a })) },
  ];
  const active = Object.values(filters).some(Boolean);
  return (
    <div className="cal-filters" role="group" aria-label="Filters">
      {fields.map((f) => (
        <div key={f.key} className="cal-filter">
          <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
          <select
            id={`${id}-${f.key}`}
            className="inline-input inline-select"
            value={filters[f.key] ?? ''}
            onChange={(e) => onFilters({ ...filters, [f.key]: e.target.value || undefined })}
          >
            <option value="">All</option>
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
            {filters[f.key] && !f.options.some((o) => o.value === filters[f.key]) ? <option value={filters[f.key]}>{filters[f.key]}</option> : null}
          </select>
        </div>
      ))}
      {active ? (
        <Button size="small" variant="quiet" icon="close" onClick={() => onFilters({})}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
