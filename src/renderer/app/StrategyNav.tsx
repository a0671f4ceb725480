import { PLACE_TITLES, strategyHref, type Place } from './routes';

const GROUPS: { title: string; places: Place[] }[] = [
  { title: 'Strategy', places: ['overview', 'objectives', 'priorities', 'platforms'] },
  { title: 'Audiences & messages', places: ['audiences', 'audience-map', 'relationships', 'messages', 'channel-plan'] },
  { title: 'Planning', places: ['calendar', 'media', 'listening', 'documents'] },
];

/** The places of one strategy. */
export function StrategyNav({ strategyId, place }: { strategyId: string; place: Place }) {
  return (
    <nav className="side-nav" aria-label="Strategy sections">
      {GROUPS.map((group) => (
        <div key={group.title} className="side-nav-group">
          <p className="side-nav-heading" id={navId(group.title)}>
            {group.title}
          </p>
          <ul aria-labelledby={navId(group.title)}>
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

const navId = (title: string) => `nav-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
