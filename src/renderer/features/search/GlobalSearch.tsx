// The search box in the top bar: full-text search (the core's SQLite FTS5 index) over audiences,
// engagements, notes and messages, with results grouped by kind, each leading to where it lives.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { SearchHit } from '../../../shared/audiences';
import { api } from '../../api';
import { strategyHref } from '../../app/routes';
import { errorText } from '../../ui/errorText';
import { Icon } from '../../ui/Icon';
import './search.css';

const GROUPS: { kind: SearchHit['kind']; title: string }[] = [
  { kind: 'audience', title: 'Audiences' },
  { kind: 'engagement', title: 'Engagement log' },
  { kind: 'message', title: 'Key messages' },
  { kind: 'message_version', title: 'Language versions' },
  { kind: 'house_message', title: 'Message house' },
];
const DEBOUNCE_MS = 180;

export function hrefForHit(hit: SearchHit): string {
  switch (hit.kind) {
    case 'audience':
      return strategyHref(hit.strategyId, 'audiences', hit.id);
    case 'engagement':
      return hit.audienceId ? strategyHref(hit.strategyId, 'audiences', hit.audienceId) : strategyHref(hit.strategyId, 'audiences');
    case 'message':
    case 'message_version':
      return strategyHref(hit.strategyId, 'messages', hit.audienceId ?? undefined);
    case 'house_message':
      return strategyHref(hit.strategyId, 'messages');
  }
}

/** "a [[match]] b" with the matched words marked. */
function Snippet({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  const re = /\[\[(.*?)\]\]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(text))) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(<mark key={n++}>{m[1]}</mark>);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

export function GlobalSearch({ strategyId }: { strategyId?: string }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const ticket = useRef(0);
  const root = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setHits(null);
      setError(null);
      return;
    }
    const mine = ++ticket.current;
    setBusy(true);
    const timer = setTimeout(() => {
      api.call('search.query', { query: text, ...(strategyId ? { strategyId } : {}), limit: 40 }).then(
        (found) => {
          if (mine !== ticket.current) return;
          setHits(found);
          setError(null);
          setBusy(false);
        },
        (e: unknown) => {
          if (mine !== ticket.current) return;
          setError(errorText(e));
          setBusy(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, strategyId]);

  // Ctrl+K (⌘K) puts the cursor in the search box from anywhere.
  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Leaving the search (focus or click elsewhere) closes the results.
  useEffect(() => {
    if (!open) return;
    function onDown(event: PointerEvent) {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const links = () => Array.from(root.current?.querySelectorAll<HTMLAnchorElement>('.search-result') ?? []);
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
        input.current?.focus();
      }
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    if (all.length === 0) return;
    event.preventDefault();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') all[Math.min(at + 1, all.length - 1)]?.focus();
    else if (at <= 0) input.current?.focus();
    else all[at - 1]?.focus();
  }

  const showPanel = open && query.trim() !== '';
  const grouped = GROUPS.map((g) => ({ ...g, hits: (hits ?? []).filter((h) => h.kind === g.kind) })).filter((g) => g.hits.length > 0);
  const statusText = busy
    ? 'Searching…'
    : error
      ? error
      : hits && hits.length === 0
        ? `Nothing found for “${query.trim()}”`
        : hits
          ? `${hits.length} result${hits.length === 1 ? '' : 's'}`
          : '';

  return (
    <form
      ref={root}
      role="search"
      aria-label="Search audiences and messages"
      className="global-search"
      onSubmit={(e) => {
        e.preventDefault();
        links()[0]?.focus();
      }}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-q`} className="sr-only">
        Search audiences and messages
      </label>
      <span className="search-icon" aria-hidden="true">
        <Icon name="search" size={15} />
      </span>
      <input dir="auto"
        ref={input}
        id={`${id}-q`}
        type="search"
        className="search-input"
        value={query}
        placeholder={strategyId ? 'Search this strategy' : 'Search all strategies'}
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="Control+K"
        // A searchbox may not say it is expanded (axe: aria-allowed-attr); it names the results it controls.
        aria-controls={showPanel ? `${id}-results` : undefined}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
      />
      {showPanel ? (
        <div id={`${id}-results`} className="search-panel">
          <p className="search-status" role="status">
            {statusText}
          </p>
          {grouped.map((g) => (
            <section key={g.kind} className="search-group" aria-labelledby={`${id}-${g.kind}`}>
              <h2 id={`${id}-${g.kind}`} className="search-group-title">
                {g.title}
              </h2>
              <ul>
                {g.hits.map((hit) => (
                  <li key={`${hit.kind}-${hit.id}`}>
                    <a className="search-result" href={hrefForHit(hit)} onClick={() => setOpen(false)}>
                      <span className="search-result-title">{hit.title}</span>
                      {hit.snippet ? (
                        <span className="search-result-snippet">
                          <Snippet text={hit.snippet} />
                        </span>
                      ) : null}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
    </form>
  );
}
