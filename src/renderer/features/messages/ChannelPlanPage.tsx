import { useId, useMemo, useState } from 'react';
import { AUDIENCE_PRIORITIES, type AudienceMessage, type AudiencePriority } from '../../../shared/audiences';
import type { StrategyDetail } from '../../../shared/domain';
import { useCall } from '../../api';
import { strategyHref } from '../../app/routes';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { PageHeader } from '../../ui/PageHeader';
import { PRIORITY_LABELS, byPriorityThenName } from '../audiences/model';
import '../audiences/audiences.css';
import './messages.css';
import { LoadState } from '../../ui/LoadState';
import { CoverageNote } from './CoverageNote';

const ROW_LIMIT = 100;
const GAP_PREVIEW = 8;

/** Audiences by platforms: which messages go where, and the priority audiences nothing reaches. */
export function ChannelPlanPage({ strategy }: { strategy: StrategyDetail }) {
  const { data: plan, error } = useCall('channelPlan.get', { strategyId: strategy.id });
  const [priority, setPriority] = useState<AudiencePriority | ''>('');
  const [showAll, setShowAll] = useState(false);
  const [allGaps, setAllGaps] = useState(false);
  const [gapsOnly, setGapsOnly] = useState(false);
  const id = useId();

  const messagesById = useMemo(() => new Map((plan?.messages ?? []).map((m) => [m.id, m])), [plan]);
  const cells = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const c of plan?.cells ?? []) map.set(`${c.audienceId}|${c.platformId}`, c.messageIds);
    return map;
  }, [plan]);
  const gapsByAudience = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const g of plan?.gaps ?? []) map.set(g.audienceId, [...(map.get(g.audienceId) ?? []), g.message]);
    return map;
  }, [plan]);
  const names = useMemo(() => new Map((plan?.audiences ?? []).map((a) => [a.id, a.name])), [plan]);
  const rows = useMemo(
    () =>
      [...(plan?.audiences ?? [])]
        .filter((a) => (!priority || a.priority === priority) && (!gapsOnly || gapsByAudience.has(a.id)))
        .sort(byPriorityThenName),
    [plan, priority, gapsOnly, gapsByAudience],
  );

  const header = (
    <PageHeader
      title="Channel plan"
      lede="Each audience against each platform, with the key messages planned there. Priority audiences that no message or no platform reaches are flagged."
      actions={
        <a className="btn btn-secondary btn-small" href={strategyHref(strategy.id, 'messages')}>
          Edit messages
        </a>
      }
    />
  );

  if (!plan) {
    return (
      <div className="page page-wide">
        {header}
        <LoadState error={error} loading="Building the channel plan…" />
      </div>
    );
  }

  return (
    <div className="page page-wide">
      {header}
      {plan.gaps.length > 0 ? (
        <section className="gaps" aria-labelledby={`${id}-gaps`}>
          <h2 id={`${id}-gaps`} className="gaps-heading">
            <Icon name="alert" size={18} />
            {plan.gaps.length === 1 ? '1 gap in the channel plan' : `${plan.gaps.length} gaps in the channel plan`}
          </h2>
          <ul className="gaps-list">
            {(allGaps ? plan.gaps : plan.gaps.slice(0, GAP_PREVIEW)).map((g) => (
              <li key={`${g.audienceId}-${g.reason}`}>
                {g.message.replace(/\.$/, '')} —{' '}
                <a href={strategyHref(strategy.id, 'messages', g.audienceId)}>
                  Write a message<span className="sr-only"> for {names.get(g.audienceId) ?? 'this audience'}</span>
                </a>
              </li>
            ))}
          </ul>
          {plan.gaps.length > GAP_PREVIEW ? (
            <p className="gaps-more">
              {allGaps ? null : `…and ${plan.gaps.length - GAP_PREVIEW} more, marked in the table below. `}
              <button type="button" className="link-button" onClick={() => setAllGaps((v) => !v)} aria-expanded={allGaps}>
                {allGaps ? 'Show fewer' : `Show all ${plan.gaps.length} gaps`}
              </button>
            </p>
          ) : null}
        </section>
      ) : plan.audiences.length > 0 ? (
        <CoverageNote coverage={plan.coverage} />
      ) : null}

      {plan.audiences.length === 0 || plan.platforms.length === 0 ? (
        <EmptyState title={plan.audiences.length === 0 ? 'No audiences yet' : 'No platforms yet'} icon="info">
          <p>
            The channel plan sets audiences against platforms. Add{' '}
            {plan.audiences.length === 0 ? <a href={strategyHref(strategy.id, 'audiences')}>audiences</a> : <a href={strategyHref(strategy.id, 'platforms')}>platforms</a>}{' '}
            first.
          </p>
        </EmptyState>
      ) : (
        <section aria-labelledby={`${id}-matrix`}>
          <div className="audience-list-tools">
            <h2 id={`${id}-matrix`} className="section-heading">
              Audiences and platforms
            </h2>
            <div className="filter-bar">
            <label className="check-line" htmlFor={`${id}-gaps-only`}>
              <input id={`${id}-gaps-only`} type="checkbox" checked={gapsOnly} onChange={(e) => setGapsOnly(e.target.checked)} />
              Only audiences with gaps
            </label>
            <div className="filter-field">
              <label htmlFor={`${id}-priority`}>Priority</label>
              <div className="select-wrap">
                <select id={`${id}-priority`} className="inline-input inline-select" value={priority} onChange={(e) => setPriority(e.target.value as AudiencePriority | '')}>
                  <option value="">All</option>
                  {AUDIENCE_PRIORITIES.map((p) => (
                    <option key={p} value={p}>
                      {PRIORITY_LABELS[p]}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            </div>
          </div>
          <div className="panel plan-wrap">
            <table className="plan-table">
              <caption className="sr-only">Key messages per audience and platform</caption>
              <thead>
                <tr>
                  <th scope="col" className="plan-corner">
                    Audience
                  </th>
                  {plan.platforms.map((p) => (
                    <th key={p.id} scope="col">
                      {p.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(showAll ? rows : rows.slice(0, ROW_LIMIT)).map((a) => {
                  const gaps = gapsByAudience.get(a.id);
                  return (
                    <tr key={a.id} className={gaps ? 'plan-gap-row' : undefined}>
                      <th scope="row">
                        <a href={strategyHref(strategy.id, 'messages', a.id)}>{a.name}</a>
                        <span className="plan-row-meta">
                          {PRIORITY_LABELS[a.priority]} priority
                          {gaps ? (
                            <span className="plan-gap-flag">
                              <Icon name="alert" size={12} /> {gaps.join(' ')}
                            </span>
                          ) : null}
                        </span>
                      </th>
                      {plan.platforms.map((p) => {
                        const ids = cells.get(`${a.id}|${p.id}`) ?? [];
                        const uses = a.platformIds.includes(p.id);
                        return (
                          <td key={p.id} className={uses ? 'plan-uses' : undefined}>
                            {ids.length > 0 ? (
                              <ul className="plan-messages">
                                {ids.map((mid) => {
                                  const m = messagesById.get(mid);
                                  return m ? <PlanMessage key={mid} message={m} /> : null;
                                })}
                              </ul>
                            ) : (
                              <span className="plan-empty">{uses ? 'Uses it; no message' : '–'}</span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {!showAll && rows.length > ROW_LIMIT ? (
              <div className="list-more">
                <Button size="small" onClick={() => setShowAll(true)}>
                  Show all {rows.length} audiences
                </Button>
              </div>
            ) : null}
          </div>
          <p className="plan-key muted">Shaded cells: platforms the audience is known to use.</p>
        </section>
      )}
    </div>
  );
}

function PlanMessage({ message }: { message: AudienceMessage }) {
  const languages = message.versions.map((v) => v.language);
  return (
    <li title={message.text}>
      <span className="plan-message-text">{message.text}</span>
      {languages.length > 0 ? <span className="plan-message-langs">+ {languages.join(', ')}</span> : null}
    </li>
  );
}
