import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { STANCE_LABELS, type Audience } from '../../../../shared/audiences';
import type { StrategyDetail } from '../../../../shared/domain';
import { mutate, saveFile } from '../../../api';
import { strategyHref } from '../../../app/routes';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { errorText } from '../../../ui/errorText';
import { PageHeader } from '../../../ui/PageHeader';
import { useToast } from '../../../ui/Toast';
import { DIMENSION_LABELS, colouringFor, matches, type Dimension, type Filters } from '../colouring';
import { FilterBar } from '../FilterBar';
import { Legend } from '../Legend';
import { PRIORITY_LABELS, kindLabel, quadrantLabel, useAudiences } from '../model';
import { describeCell, type Cell } from './grid';
import { InfluenceMap } from './InfluenceMap';
import { buildMapSvg, fileSafe, svgToPng } from './exportMap';
import '../audiences.css';
import './map.css';

/** Marks for the render benchmark (tests/bench/audienceMap.bench.ts). */
const MARK_RENDERED = 'audience-map:rendered';
const MEASURE_SAVE = 'audience-map:save';
const MEASURE_CONFIRMED = 'audience-map:confirmed';

export function AudienceMapPage({ strategy }: { strategy: StrategyDetail }) {
  const { data, error } = useAudiences(strategy.id);
  const { notify } = useToast();
  const [filters, setFilters] = useState<Filters>({});
  const [colourBy, setColourBy] = useState<Dimension>('kind');
  const [pending, setPending] = useState<Record<string, Cell>>({});
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [saved, setSaved] = useState('');

  const dropped = useRef(new Map<string, number>());
  // A move shows at once and stays until the stored list says the same.
  useEffect(() => {
    if (!data) return;
    const now = performance.now();
    for (const a of data) {
      const started = dropped.current.get(a.id);
      const to = pendingRef.current[a.id];
      if (started !== undefined && to && a.influence === to.influence && a.interest === to.interest) {
        performance.measure(MEASURE_CONFIRMED, { start: started, end: now });
        dropped.current.delete(a.id);
      }
    }
    setPending((current) => {
      const ids = Object.keys(current);
      if (ids.length === 0) return current;
      const byId = new Map(data.map((a) => [a.id, a]));
      const next = { ...current };
      for (const id of ids) {
        const a = byId.get(id);
        if (!a || (a.influence === current[id]!.influence && a.interest === current[id]!.interest)) delete next[id];
      }
      return next;
    });
  }, [data]);

  const audiences = useMemo(() => {
    if (!data) return [];
    if (Object.keys(pending).length === 0) return data;
    return data.map((a) => (pending[a.id] ? { ...a, ...pending[a.id] } : a));
  }, [data, pending]);
  const shown = useMemo(() => audiences.filter((a) => matches(a, filters)), [audiences, filters]);
  const colouring = useMemo(() => colouringFor(shown, colourBy), [shown, colourBy]);
  // Cards re-render only when the colours themselves change, not with every refetch.
  const colourKey = `${colouring.dimension}|${colouring.categories.map((c) => `${c.value}=${c.colour}`).join('|')}`;
  const colourOf = useMemo(() => colouring.colourOf, [colourKey]);

  const rendered = useRef(false);
  useEffect(() => {
    if (data && !rendered.current) {
      rendered.current = true;
      performance.mark(MARK_RENDERED);
    }
  }, [data]);

  const place = useCallback(
    async (audience: Audience, to: Cell) => {
      const started = performance.now();
      dropped.current.set(audience.id, started);
      setPending((p) => ({ ...p, [audience.id]: to }));
      setSaved('');
      try {
        await mutate('audience.place', { id: audience.id, influence: to.influence, interest: to.interest });
        performance.measure(MEASURE_SAVE, { start: started, end: performance.now() });
        setSaved(`${audience.name} moved to ${describeCell(to)}. Saved.`);
      } catch (e) {
        dropped.current.delete(audience.id);
        setPending((p) => {
          const next = { ...p };
          delete next[audience.id];
          return next;
        });
        notify({ kind: 'error', message: `${audience.name} could not be moved: ${errorText(e)}` });
      }
    },
    [notify],
  );

  const selected = selectedId ? audiences.find((a) => a.id === selectedId) : undefined;

  function picture() {
    const filterText = Object.entries(filters)
      .filter(([, v]) => v)
      .map(([d, v]) => `${DIMENSION_LABELS[d as Dimension]}: ${v}`)
      .join(', ');
    return buildMapSvg({
      title: `Influence-interest map · ${strategy.mission || strategy.title}`,
      subtitle: `${strategy.title} (${strategy.year}) · ${shown.length} audience${shown.length === 1 ? '' : 's'}${filterText ? ` · ${filterText}` : ''} · exported ${new Date().toLocaleDateString('en-GB')}`,
      audiences: shown,
      colouring,
    });
  }
  const fileName = `influence-map-${fileSafe(strategy.mission || strategy.title)}`;
  async function exportAs(kind: 'svg' | 'png') {
    try {
      const p = picture();
      const outcome =
        kind === 'svg'
          ? await saveFile({ fileName: `${fileName}.svg`, mimeType: 'image/svg+xml', data: p.svg })
          : await saveFile({ fileName: `${fileName}.png`, mimeType: 'image/png', data: await svgToPng(p) });
      if (outcome.saved) notify({ kind: 'success', message: outcome.message });
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  const header = (
    <PageHeader
      title="Influence map"
      lede="Who can shape the outcome (influence), and who cares about it (interest)."
      actions={
        data && data.length > 0 ? (
          <>
            <Button size="small" onClick={() => void exportAs('svg')}>
              Export SVG
            </Button>
            <Button size="small" onClick={() => void exportAs('png')}>
              Export PNG
            </Button>
          </>
        ) : null
      }
    />
  );

  if (!data) {
    return (
      <div className="page page-wide">
        {header}
        {error ? (
          <p className="dialog-error" role="alert">
            {error.message}
          </p>
        ) : (
          <p className="loading" role="status">
            Loading the audiences…
          </p>
        )}
      </div>
    );
  }

  if (data.length === 0) {
    return (
      <div className="page page-wide">
        {header}
        <EmptyState
          title="No audiences to place yet"
          icon="info"
          actions={
            <a className="btn btn-primary" href={strategyHref(strategy.id, 'audiences')}>
              Add audiences
            </a>
          }
        >
          <p>Add the publics, journalists, institutions and people the strategy speaks to; each then appears here as a card.</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page page-wide page-map">
      {header}
      <div className="map-toolbar">
        <FilterBar audiences={audiences} filters={filters} onFilters={setFilters} colourBy={colourBy} onColourBy={setColourBy} />
        <p className="map-count" aria-live="polite">
          {shown.length === audiences.length
            ? `${audiences.length} audience${audiences.length === 1 ? '' : 's'}`
            : `Showing ${shown.length} of ${audiences.length} audiences`}
        </p>
      </div>
      <section className="map-panel panel" aria-labelledby="map-heading">
        <h2 id="map-heading" className="sr-only">
          Influence-interest grid
        </h2>
        <Legend colouring={colouring} inline />
        <InfluenceMap
          audiences={shown}
          colourOf={colourOf}
          preview={shown.length > DENSE ? 3 : 4}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onPlace={place}
        />
        <div className="map-foot">
          <SelectedAudience strategyId={strategy.id} audience={selected} />
          <p className="map-saved">{saved}</p>
        </div>
      </section>
      <p className="map-help muted">
        Keyboard: move to a card with Tab, press Space to pick it up, use the arrow keys (up and down for influence, left and right for
        interest) and press Space to put it down, or Escape to cancel. Bold names are high priority; each cell lists its highest-priority
        audiences first. Moves can be undone with Undo in the top bar.
      </p>
    </div>
  );
}

/** Above this many audiences on the map, cells show fewer cards before "+N more" so the grid fits a screen. */
const DENSE = 100;

function SelectedAudience({ strategyId, audience }: { strategyId: string; audience: Audience | undefined }) {
  if (!audience) {
    return <p className="selected-bar muted">Click a card, or move focus to it, to see its details here.</p>;
  }
  const facts = [
    kindLabel(audience),
    quadrantLabel(audience),
    `influence ${audience.influence}, interest ${audience.interest}`,
    STANCE_LABELS[audience.stance].toLowerCase(),
    `${PRIORITY_LABELS[audience.priority].toLowerCase()} priority`,
    audience.regions.join(', '),
    audience.languages.join(', '),
  ].filter(Boolean);
  return (
    <div className="selected-bar" aria-label="Selected audience" role="group">
      <span className="selected-name">{audience.name}</span>
      <span className="selected-facts">{facts.join(' · ')}</span>
      <a href={strategyHref(strategyId, 'audiences', audience.id)} className="btn btn-secondary btn-small">
        Open
        <span className="sr-only"> {audience.name}</span>
      </a>
    </div>
  );
}
