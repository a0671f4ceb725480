import { PLACE_TITLES, strategyHref, type Place } from './routes';

const GROUPS: { title: string; places: Place[] }[] = [
  { title: 'Strategy', places: ['overview', 'objectives', 'priorities', 'platforms'] },
  { title: 'Planning', places: ['audiences', 'calendar', 'media', 'listening', 'documents'] },
];

/** The places of one strategy. */
export function StrategyNav({ strategyId, place }: { strategyId: string; place: Place }) {
  return (
    <nav className="side-nav" aria-label="Strategy sections">
      {GROUPS.map((group) => (
        <div key={group.title} className="side-nav-group">
          <p className="side-nav-heading" id={`nav-${group.title}`}>
            {group.title}
          </p>
          <ul aria-labelledby={`nav-${group.title}`}>
            {group.places.map((p) => (
              <li key={p}>
                <a href={strategyHref(strategyId, p)} aria-current={p === place ? 'page' : undefined} className="side-nav-link">
                  {PLACE_TITLES[p]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
