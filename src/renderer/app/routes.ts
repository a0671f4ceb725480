// Where the person is, kept in the address hash so that reload and Back work:
//   #/                     the workspace (all strategies)
//   #/s/<id>/<place>       a place inside one strategy
import { useEffect, useState } from 'react';

export const PLACES = [
  'overview',
  'objectives',
  'priorities',
  'platforms',
  'audiences',
  'calendar',
  'media',
  'listening',
  'documents',
] as const;
export type Place = (typeof PLACES)[number];

export type Route = { view: 'workspace' } | { view: 'strategy'; strategyId: string; place: Place };

export const PLACE_TITLES: Record<Place, string> = {
  overview: 'Overview',
  objectives: 'Objectives & KPIs',
  priorities: 'Priorities',
  platforms: 'Platforms',
  audiences: 'Audiences',
  calendar: 'Calendar',
  media: 'Media',
  listening: 'Listening',
  documents: 'Documents',
};

function isPlace(value: string | undefined): value is Place {
  return (PLACES as readonly string[]).includes(value ?? '');
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 's' && parts[1]) {
    return { view: 'strategy', strategyId: parts[1], place: isPlace(parts[2]) ? parts[2] : 'overview' };
  }
  return { view: 'workspace' };
}

export function hrefFor(route: Route): string {
  if (route.view === 'workspace') return '#/';
  return `#/s/${encodeURIComponent(route.strategyId)}/${route.place}`;
}

export function strategyHref(strategyId: string, place: Place = 'overview'): string {
  return hrefFor({ view: 'strategy', strategyId, place });
}

export function navigate(route: Route) {
  window.location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
