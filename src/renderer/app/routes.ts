// Where the person is, kept in the address hash so that reload and Back work:
//   #/                     the workspace (all strategies)
//   #/s/<id>/<place>       a place inside one strategy
//   #/s/<id>/<place>/<item> one thing in that place (an audience, the messages of an audience)
import { useEffect, useState } from 'react';

export const PLACES = [
  'overview',
  'objectives',
  'priorities',
  'platforms',
  'audiences',
  'audience-map',
  'relationships',
  'messages',
  'channel-plan',
  'calendar',
  'media',
  'listening',
  'documents',
] as const;
export type Place = (typeof PLACES)[number];

export type Route = { view: 'workspace' } | { view: 'strategy'; strategyId: string; place: Place; item?: string };

export const PLACE_TITLES: Record<Place, string> = {
  overview: 'Overview',
  objectives: 'Objectives & KPIs',
  priorities: 'Priorities',
  platforms: 'Platforms',
  audiences: 'Audiences',
  'audience-map': 'Influence map',
  relationships: 'Relationships',
  messages: 'Messages',
  'channel-plan': 'Channel plan',
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
    const place = isPlace(parts[2]) ? parts[2] : 'overview';
    return { view: 'strategy', strategyId: parts[1], place, ...(place === parts[2] && parts[3] ? { item: parts[3] } : {}) };
  }
  return { view: 'workspace' };
}

export function hrefFor(route: Route): string {
  if (route.view === 'workspace') return '#/';
  const base = `#/s/${encodeURIComponent(route.strategyId)}/${route.place}`;
  return route.item ? `${base}/${encodeURIComponent(route.item)}` : base;
}

export function strategyHref(strategyId: string, place: Place = 'overview', item?: string): string {
  return hrefFor({ view: 'strategy', strategyId, place, ...(item ? { item } : {}) });
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
