import { useMemo, useState } from 'react';
import { STANCE_LABELS, quadrantOf, type Audience } from '../../../shared/audiences';
import { strategyHref } from '../../app/routes';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { PRIORITY_LABELS, kindLabel, personalDataProblem, PERSONAL_DATA_PROBLEM_TEXT, quadrantLabel } from './model';
import { formatDay } from './dates';

type SortKey = 'name' | 'kind' | 'quadrant' | 'stance' | 'priority' | 'influence' | 'interest' | 'latestContact';
const COLUMNS: { key: SortKey | null; label: string; num?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Kind' },
  { key: 'quadrant', label: 'Quadrant' },
  { key: 'stance', label: 'Stance' },
  { key: 'priority', label: 'Priority' },
  { key: 'influence', label: 'Influence', num: true },
  { key: 'interest', label: 'Interest', num: true },
  { key: null, label: 'Regions' },
  { key: null, label: 'Languages' },
  { key: 'latestContact', label: 'Latest contact' },
];
const PAGE = 200;
const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 };
const QUADRANT_ORDER = { manage_closely: 0, keep_satisfied: 1, keep_informed: 2, monitor: 3 };
const STANCE_ORDER = { supportive: 0, neutral: 1, critical: 2, hostile: 3, unknown: 4 };

function compare(key: SortKey, a: Audience, b: Audience): number {
  switch (key) {
    case 'name':
      return a.name.localeCompare(b.name);
    case 'kind':
      return kindLabel(a).localeCompare(kindLabel(b));
    case 'quadrant':
      return QUADRANT_ORDER[quadrantOf(a.influence, a.interest)] - QUADRANT_ORDER[quadrantOf(b.influence, b.interest)];
    case 'stance':
      return STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance];
    case 'priority':
      return PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority];
    case 'influence':
      return a.influence - b.influence;
    case 'interest':
      return a.interest - b.interest;
    case 'latestContact':
      return (a.latestContact ?? '').localeCompare(b.latestContact ?? '');
  }
}

/** The strategy's audiences in a table that sorts by any column; names lead to each audience. */
export function AudienceTable({ strategyId, audiences }: { strategyId: string; audiences: Audience[] }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'priority', descending: false });
  const [limit, setLimit] = useState(PAGE);
  const sorted = useMemo(() => {
    const list = [...audiences];
    list.sort((a, b) => {
      const c = compare(sort.key, a, b);
      return (sort.descending ? -c : c) || a.name.localeCompare(b.name);
    });
    return list;
  }, [audiences, sort]);

  function sortBy(key: SortKey) {
    setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: key === 'influence' || key === 'interest' || key === 'latestContact' }));
  }

  return (
    <div className="panel audience-table-wrap">
      <table className="audience-table">
        <caption className="sr-only">Audiences of this strategy, sorted by {COLUMNS.find((c) => c.key === sort.key)?.label.toLowerCase()}</caption>
        <thead>
          <tr>
            {COLUMNS.map((col) => (
              <th
                key={col.label}
                scope="col"
                className={col.num ? 'num' : undefined}
                aria-sort={col.key && col.key === sort.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
              >
                {col.key ? (
                  <button type="button" className="sort-button" data-active={col.key === sort.key} onClick={() => sortBy(col.key!)}>
                    {col.label}
                    {col.key === sort.key ? <Icon name={sort.descending ? 'arrowDown' : 'arrowUp'} size={12} /> : null}
                  </button>
                ) : (
                  <span className="sort-button">{col.label}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, limit).map((a) => (
            <AudienceRow key={a.id} strategyId={strategyId} audience={a} />
          ))}
        </tbody>
      </table>
      {sorted.length > limit ? (
        <div className="list-more">
          <Button size="small" onClick={() => setLimit(sorted.length)}>
            Show all {sorted.length} audiences
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function AudienceRow({ strategyId, audience: a }: { strategyId: string; audience: Audience }) {
  const problem = personalDataProblem(a);
  return (
    <tr>
      <td className="audience-name-cell">
        <a href={strategyHref(strategyId, 'audiences', a.id)}>{a.name}</a>
        {problem ? (
          <span className="pd-flag" title={PERSONAL_DATA_PROBLEM_TEXT[problem]}>
            <Icon name="alert" size={14} />
            <span className="sr-only">Personal data needs attention: {PERSONAL_DATA_PROBLEM_TEXT[problem]}</span>
          </span>
        ) : null}
      </td>
      <td>{kindLabel(a)}</td>
      <td>
        <span className={`quadrant-tag q-${quadrantOf(a.influence, a.interest)}`}>{quadrantLabel(a)}</span>
      </td>
      <td>
        <span className={`stance stance-${a.stance}`}>{STANCE_LABELS[a.stance]}</span>
      </td>
      <td>{PRIORITY_LABELS[a.priority]}</td>
      <td className="num">{a.influence}</td>
      <td className="num">{a.interest}</td>
      <td className="tags">{a.regions.join(', ') || <span className="muted">–</span>}</td>
      <td className="tags">{a.languages.join(', ') || <span className="muted">–</span>}</td>
      <td className="nowrap">{a.latestContact ? formatDay(a.latestContact) : <span className="muted">None yet</span>}</td>
    </tr>
  );
}
