import { meanProgress, kpiProgress } from '../../../shared/progress';
import type { StrategyDetail } from '../../../shared/domain';
import { strategyHref } from '../../app/routes';
import { ProgressBar, percentText } from '../../ui/ProgressBar';
import { platformName, setupCompleteness } from '../platforms/completeness';

const LIST_LIMIT = 8;

/** Three figures at the top of the overview. */
export function GlanceStats({ strategy }: { strategy: StrategyDetail }) {
  const kpis = strategy.objectives.flatMap((o) => o.kpis);
  const withTarget = kpis.filter((k) => k.target !== null).length;
  const mean = meanProgress(kpis);
  const fullySetUp = strategy.platforms.filter((p) => setupCompleteness(p).ratio === 1).length;
  const objectivesWithKpis = strategy.objectives.filter((o) => o.kpis.length > 0).length;

  return (
    <section className="glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading" className="section-heading">
        At a glance
      </h2>
      <div className="glance-grid">
        <a className="stat" href={strategyHref(strategy.id, 'objectives')}>
          <span className="stat-label">Objectives</span>
          <span className="stat-value">{strategy.objectives.length}</span>
          <span className="stat-note">
            {strategy.objectives.length === 0 ? 'None yet' : `${objectivesWithKpis} with KPIs`}
          </span>
        </a>
        <a className="stat" href={strategyHref(strategy.id, 'objectives')}>
          <span className="stat-label">KPIs</span>
          <span className="stat-value">
            {kpis.length}
            {mean !== null ? <span className="stat-value-aside">{percentText(mean)} on average</span> : null}
          </span>
          <span className="stat-note">
            {kpis.length === 0 ? 'None yet' : `${withTarget} of ${kpis.length} with a target`}
          </span>
        </a>
        <a className="stat" href={strategyHref(strategy.id, 'platforms')}>
          <span className="stat-label">Platforms</span>
          <span className="stat-value">{strategy.platforms.length}</span>
          <span className="stat-note">
            {strategy.platforms.length === 0 ? 'None yet' : `${fullySetUp} of ${strategy.platforms.length} fully set up`}
          </span>
        </a>
      </div>
    </section>
  );
}

/** Each KPI's progress and each platform's set-up, side by side. */
export function GlanceLists({ strategy }: { strategy: StrategyDetail }) {
  const kpis = strategy.objectives.flatMap((o) => o.kpis);
  return (
    <div className="glance-lists">
      <section className="panel glance-panel" aria-labelledby="glance-kpis">
        <h2 id="glance-kpis" className="section-heading">
          KPI progress
        </h2>
        {kpis.length === 0 ? (
          <p className="muted">
            No KPIs yet. Add them under <a href={strategyHref(strategy.id, 'objectives')}>Objectives &amp; KPIs</a>.
          </p>
        ) : (
          <ul className="glance-list">
            {kpis.slice(0, LIST_LIMIT).map((kpi) => (
              <li key={kpi.id}>
                <span className="glance-item-name">{kpi.metric}</span>
                <ProgressBar value={kpiProgress(kpi)} label={`Progress of ${kpi.metric}`} size="small" />
              </li>
            ))}
          </ul>
        )}
        {kpis.length > LIST_LIMIT ? (
          <p className="glance-more">
            <a href={strategyHref(strategy.id, 'objectives')}>All {kpis.length} KPIs</a>
          </p>
        ) : null}
      </section>
      <section className="panel glance-panel" aria-labelledby="glance-platforms">
        <h2 id="glance-platforms" className="section-heading">
          Platform set-up
        </h2>
        {strategy.platforms.length === 0 ? (
          <p className="muted">
            No platforms yet. Add them under <a href={strategyHref(strategy.id, 'platforms')}>Platforms</a>.
          </p>
        ) : (
          <ul className="glance-list">
            {strategy.platforms.slice(0, LIST_LIMIT).map((platform) => {
              const c = setupCompleteness(platform);
              return (
                <li key={platform.id}>
                  <span className="glance-item-name">
                    {platformName(platform)}
                    {platform.handle ? <span className="muted"> · {platform.handle}</span> : null}
                  </span>
                  <ProgressBar
                    value={c.ratio}
                    label={`Set-up of ${platformName(platform)}`}
                    size="small"
                    showText={false}
                  />
                  <span className="glance-count">
                    {c.done} of {c.total}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {strategy.platforms.length > LIST_LIMIT ? (
          <p className="glance-more">
            <a href={strategyHref(strategy.id, 'platforms')}>All {strategy.platforms.length} platforms</a>
          </p>
        ) : null}
      </section>
    </div>
  );
}
