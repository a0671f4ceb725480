// A straight (or gently bent, when two audiences are linked both ways) arrow from the edge of one
// node to the edge of the other, so links read in every direction, with the relationship as label.
import { BaseEdge, useInternalNode, type Edge, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';

export type FloatingEdgeData = { bend: number };
export type FloatingEdgeType = Edge<FloatingEdgeData, 'floating'>;

function centre(node: InternalNode) {
  const w = node.measured.width ?? 0;
  const h = node.measured.height ?? 0;
  return { x: node.internals.positionAbsolute.x + w / 2, y: node.internals.positionAbsolute.y + h / 2, w: w / 2, h: h / 2 };
}

/** Where the line from the node's centre towards `toward` leaves the node's box. */
function border(from: ReturnType<typeof centre>, toward: { x: number; y: number }) {
  const dx = toward.x - from.x;
  const dy = toward.y - from.y;
  if (dx === 0 && dy === 0) return { x: from.x, y: from.y };
  const scale = 1 / Math.max(Math.abs(dx) / (from.w + 3), Math.abs(dy) / (from.h + 3));
  return { x: from.x + dx * scale, y: from.y + dy * scale };
}

export const FloatingEdge = memo(function FloatingEdge(props: EdgeProps<FloatingEdgeType>) {
  const { id, source, target, markerEnd, style, label, labelStyle, labelBgStyle, labelBgPadding, labelBgBorderRadius, data } = props;
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  if (!s || !t) return null;
  const a = centre(s);
  const b = centre(t);
  const bend = data?.bend ?? 0;
  // Control point off the middle of the line, to one side, for links that run both ways.
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const len = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
  const cx = mx + (-(b.y - a.y) / len) * bend;
  const cy = my + ((b.x - a.x) / len) * bend;
  const start = border(a, bend ? { x: cx, y: cy } : b);
  const end = border(b, bend ? { x: cx, y: cy } : a);
  const path = bend ? `M${start.x},${start.y} Q${cx},${cy} ${end.x},${end.y}` : `M${start.x},${start.y} L${end.x},${end.y}`;
  const labelX = bend ? (start.x + 2 * cx + end.x) / 4 : (start.x + end.x) / 2;
  const labelY = bend ? (start.y + 2 * cy + end.y) / 4 : (start.y + end.y) / 2;
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      style={style}
      label={label}
      labelX={labelX}
      labelY={labelY}
      labelStyle={labelStyle}
      labelShowBg
      labelBgStyle={labelBgStyle}
      labelBgPadding={labelBgPadding}
      labelBgBorderRadius={labelBgBorderRadius}
    />
  );
});
