// relationship.* calls: links between two audiences of a strategy, drawn as the relationship graph.
import { and, eq, isNull } from 'drizzle-orm';
import { RELATIONSHIP_KIND_LABELS, type RelationshipKind } from '../../shared/audiences';
import type { audienceCalls } from '../../shared/contract/audiences';
import { ChanceryError } from '../../shared/errors';
import type { Context, FeatureHandlers } from '../context';
import { relationships, strategies } from '../db/schema';
import { findStrategy } from '../strategy/rows';
import { audienceRow, findRelationship, listRelationships } from './queries';
import type { AudienceRow } from './rows';
import { invalid } from './rules';

type RelationshipCalls = Pick<typeof audienceCalls, `relationship.${string}` & keyof typeof audienceCalls>;

/** Kinds that read the same both ways: "A partners with B" is "B partners with A". */
const SYMMETRIC: readonly RelationshipKind[] = ['partners_with', 'opposes'];

export const relationshipHandlers: FeatureHandlers<RelationshipCalls> = {
  'relationship.list': (ctx, { strategyId }) => {
    findStrategy(ctx, strategyId);
    return listRelationships(ctx, strategyId);
  },
  'relationship.create': (ctx, { fromId, toId, kind, label }) => {
    const from = end(ctx, fromId, 'fromId', 'The audience to link from no longer exists');
    const to = end(ctx, toId, 'toId', 'The audience to link to no longer exists');
    if (from.id === to.id) throw invalid('toId', 'An audience cannot have a relationship with itself');
    if (from.strategyId !== to.strategyId) throw invalid('toId', 'Both audiences must belong to the same strategy');
    assertNoDuplicate(ctx, from, to, kind);
    const id = ctx.write(`link ${from.name} and ${to.name}`, (w) => {
      w.touch(strategies, from.strategyId);
      return w.insert(relationships, { strategyId: from.strategyId, fromId, toId, kind, label: label ?? '' });
    });
    return findRelationship(ctx, id);
  },
  'relationship.update': (ctx, { id, patch }) => {
    const relationship = findRelationship(ctx, id);
    const from = audienceRow(ctx, relationship.fromId);
    const to = audienceRow(ctx, relationship.toId);
    if (patch.kind !== undefined && patch.kind !== relationship.kind) assertNoDuplicate(ctx, from, to, patch.kind, id);
    ctx.write(`edit link between ${from.name} and ${to.name}`, (w) => {
      w.update(relationships, id, patch);
      w.touch(strategies, relationship.strategyId);
    });
    return findRelationship(ctx, id);
  },
  'relationship.remove': (ctx, { id }) => {
    const relationship = findRelationship(ctx, id);
    ctx.write('remove link', (w) => {
      w.tombstone(relationships, id);
      w.touch(strategies, relationship.strategyId);
    });
    return { id };
  },
};

/** A live audience at one end of a link; a missing one is a field error, not a missing link. */
function end(ctx: Context, id: string, path: string, message: string): AudienceRow {
  try {
    return audienceRow(ctx, id);
  } catch (error) {
    if (error instanceof ChanceryError && error.code === 'not_found') throw invalid(path, message);
    throw error;
  }
}

function assertNoDuplicate(ctx: Context, from: AudienceRow, to: AudienceRow, kind: RelationshipKind, exceptId?: string): void {
  if (kind === 'custom') return; // custom links differ by their label
  const same = ctx.db
    .select({ id: relationships.id, fromId: relationships.fromId, toId: relationships.toId })
    .from(relationships)
    .where(and(eq(relationships.strategyId, from.strategyId), eq(relationships.kind, kind), isNull(relationships.deletedAt)))
    .all()
    .find(
      (r) =>
        r.id !== exceptId &&
        ((r.fromId === from.id && r.toId === to.id) || (SYMMETRIC.includes(kind) && r.fromId === to.id && r.toId === from.id)),
    );
  if (same) throw invalid('kind', `${from.name} already ${RELATIONSHIP_KIND_LABELS[kind]} ${to.name}`);
}
