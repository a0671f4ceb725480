import {
  Background,
  Controls,
  Handle,
  MarkerType,
  MiniMap,
  Position,
  ReactFlow,
  applyNodeChanges,

  type Node,
  type NodeChange,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Audience, Relationship, RelationshipKind } from '../../../../shared/audiences';
import { mutate } from '../../../api';
import { navigate } from '../../../app/routes';
import { errorText } from '../../../ui/errorText';
import { useToast } from '../../../ui/Toast';
import { kindLabel, relationText } from '../model';
import { FloatingEdge, type FloatingEdgeType } from './FloatingEdge';
import { defaultPositions, layeredLayout } from './layout';

type AudienceNodeData = { name: string; kind: string; colour: string };
type AudienceNode = Node<AudienceNodeData, 'audience'>;

const EDGE_COLOURS: Record<RelationshipKind, string> = {
  works_for: '#5f6978',
  partners_with: '#2e8b57',
  influences: '#1f6fb2',
  opposes: '#c0392b',
  custom: '#7d4fb0',
};

const AudienceNodeView = memo(function AudienceNodeView({ data }: NodeProps<AudienceNode>) {
  return (
    <div className="graph-node" style={{ borderLeftColor: data.colour }}>
      <Handle type="target" position={Position.Left} isConnectable={false} className="graph-handle" />
      <span className="graph-node-name">{data.name}</span>
      <span className="graph-node-kind">{data.kind}</span>
      <Handle type="source" position={Position.Right} isConnectable={false} className="graph-handle" />
    </div>
  );
});
const nodeTypes = { audience: AudienceNodeView };
const edgeTypes = { floating: FloatingEdge };
/** Up to this many audiences are laid out along their links; beyond it, the unlinked ones follow the map. */
const FORCE_LIMIT = 250;

const ARIA = {
  'node.a11yDescription.default':
    'Press Enter or Space to select this audience, then move it with the arrow keys (hold Shift for bigger steps). Its place is saved when you stop. Double-click opens it.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter or Space to select this audience.',
  'node.a11yDescription.ariaLiveMessage': ({ direction }: { direction: string; x: number; y: number }) => `Moved ${direction}.`,
  'edge.a11yDescription.default': 'A relationship between two audiences.',
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit the whole graph',
  'controls.interactive.ariaLabel': 'Lock or unlock moving',
  'minimap.ariaLabel': 'Overview of the graph',
};

const SAVE_AFTER_MS = 350;

export interface RelationshipGraphProps {
  strategyId: string;
  /** Every audience of the strategy: the starting layout is worked out for all, so filters do not move anyone. */
  all: Audience[];
  /** The audiences shown. */
  audiences: Audience[];
  relationships: Relationship[];
  colourOf: (a: Audience) => string;
}

/** Audiences as nodes and relationships as labelled arrows; pan, zoom and move nodes to rearrange. */
export function RelationshipGraph({ strategyId, all, audiences, relationships, colourOf }: RelationshipGraphProps) {
  const { notify } = useToast();
  const [nodes, setNodes] = useState<AudienceNode[]>([]);
  // Moves not yet reflected in the stored audiences, so a refetch does not throw a node back.
  const moved = useRef(new Map<string, { x: number; y: number }>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const defaults = useStartingLayout(all, relationships);

  useEffect(() => {
    for (const a of audiences) {
      const m = moved.current.get(a.id);
      if (m && a.graphX === m.x && a.graphY === m.y) moved.current.delete(a.id);
    }
    setNodes((previous) => {
      const before = new Map(previous.map((n) => [n.id, n]));
      return audiences.map((a) => {
        const prior = before.get(a.id);
        const position =
          moved.current.get(a.id) ?? (a.graphX !== null && a.graphY !== null ? { x: a.graphX, y: a.graphY } : defaults.get(a.id)!);
        return {
          ...(prior ?? {}),
          id: a.id,
          type: 'audience',
          position,
          ariaLabel: `${a.name}, ${kindLabel(a)}`,
          data: { name: a.name, kind: kindLabel(a), colour: colourOf(a) },
        } as AudienceNode;
      });
    });
  }, [audiences, defaults, colourOf]);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const t of pending.values()) clearTimeout(t);
    };
  }, []);

  const save = useCallback(
    (id: string, position: { x: number; y: number }) => {
      const x = Math.round(position.x);
      const y = Math.round(position.y);
      moved.current.set(id, { x, y });
      mutate('audience.position', { id, x, y }).catch((e: unknown) => {
        moved.current.delete(id);
        notify({ kind: 'error', message: `The new place could not be saved: ${errorText(e)}` });
      });
    },
    [notify],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<AudienceNode>[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      for (const change of changes) {
        if (change.type !== 'position' || !change.position) continue;
        const position = change.position;
        moved.current.set(change.id, position);
        if (change.dragging) continue;
        // Keyboard moves come one step at a time: save once the planner pauses.
        clearTimeout(timers.current.get(change.id));
        timers.current.set(
          change.id,
          setTimeout(() => save(change.id, position), SAVE_AFTER_MS),
        );
      }
    },
    [save],
  );

  const visible = useMemo(() => new Set(audiences.map((a) => a.id)), [audiences]);
  const names = useMemo(() => new Map(audiences.map((a) => [a.id, a.name])), [audiences]);
  const edges = useMemo<FloatingEdgeType[]>(
    () => {
      const shown = relationships.filter((r) => visible.has(r.fromId) && visible.has(r.toId));
      const pairs = new Map<string, number>();
      for (const r of shown) {
        const key = [r.fromId, r.toId].sort().join('|');
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
      const seen = new Map<string, number>();
      return shown.map((r) => {
          const colour = EDGE_COLOURS[r.kind];
          // Two or more links between the same audiences bend apart so both labels can be read.
          const key = [r.fromId, r.toId].sort().join('|');
          const nth = seen.get(key) ?? 0;
          seen.set(key, nth + 1);
          const bend = (pairs.get(key) ?? 1) > 1 ? (nth + 1) * 34 * (r.fromId < r.toId ? 1 : -1) : 0;
          return {
            id: r.id,
            type: 'floating' as const,
            data: { bend },
            source: r.fromId,
            target: r.toId,
            label: relationText(r),
            ariaLabel: `${names.get(r.fromId)} ${relationText(r)} ${names.get(r.toId)}`,
            markerEnd: { type: MarkerType.ArrowClosed, color: colour, width: 16, height: 16 },
            style: { stroke: colour, strokeWidth: 1.6, ...(r.kind === 'opposes' ? { strokeDasharray: '6 4' } : {}) },
            labelStyle: { fill: colour, fontSize: 11.5, fontWeight: 600 },
            labelBgStyle: { fill: '#ffffff', fillOpacity: 0.92 },
            labelBgPadding: [5, 3] as [number, number],
            labelBgBorderRadius: 4,
          };
        });
    },
    [relationships, visible, names],
  );

  return (
    <div className="graph-canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDoubleClick={(_, node) => navigate({ view: 'strategy', strategyId, place: 'audiences', item: node.id })}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        minZoom={0.1}
        maxZoom={2}
        fitView
        fitViewOptions={{ padding: 0.08, maxZoom: 1.1, minZoom: 0.3 }}
        onlyRenderVisibleElements={audiences.length > 150}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={ARIA}
        aria-label="Relationship graph"
      >
        <Background gap={24} size={1} color="#dde1e7" />
        <Controls showInteractive={false} position="top-right" />
        {audiences.length > 40 ? <MiniMap pannable zoomable position="bottom-right" nodeColor={(n) => (n.data as AudienceNodeData).colour} /> : null}
      </ReactFlow>
    </div>
  );
}

/**
 * Where audiences start before the planner moves them. Worked out once for the strategy's set of
 * audiences and links (not again when a position is saved), so moving one never moves the others.
 */
function useStartingLayout(all: Audience[], relationships: Relationship[]) {
  const ids = all.map((a) => a.id).join();
  const links = relationships.map((r) => `${r.fromId}>${r.toId}`).join();
  const latest = useRef({ all, relationships });
  latest.current = { all, relationships };
  return useMemo(() => {
    const { all: audiences, relationships: rels } = latest.current;
    const fixed = new Map<string, { x: number; y: number }>();
    for (const a of audiences) if (a.graphX !== null && a.graphY !== null) fixed.set(a.id, { x: a.graphX, y: a.graphY });
    if (audiences.length <= FORCE_LIMIT) return layeredLayout(audiences, rels, fixed);
    // Large strategies: the linked audiences by force, the rest in the map's arrangement below them.
    const linked = new Set(rels.flatMap((r) => [r.fromId, r.toId]));
    const inForce = audiences.filter((a) => linked.has(a.id));
    const out = inForce.length <= FORCE_LIMIT ? layeredLayout(inForce, rels, fixed) : new Map<string, { x: number; y: number }>();
    const rest = audiences.filter((a) => !out.has(a.id));
    const bottom = Math.max(0, ...[...out.values()].map((p) => p.y)) + 240;
    const left = Math.min(0, ...[...out.values()].map((p) => p.x));
    for (const [id, p] of defaultPositions(rest)) out.set(id, { x: left + p.x, y: bottom + p.y });
    return out;
  }, [ids, links]);
}
