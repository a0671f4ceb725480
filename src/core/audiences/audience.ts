// audience.* calls: create, edit, move on the map, arrange in the graph, remove (with what hangs off it).
import type { Audience } from '../../shared/audiences';
import type { audienceCalls } from '../../shared/contract/audiences';
import type { Context, FeatureHandlers } from '../context';
import { audienceMessages, audiences, engagements, messageVersions, relationships, strategies } from '../db/schema';
import { audienceMessageDependents } from '../messages/queries';
import { keyAfter } from '../ordering';
import { findStrategy } from '../strategy/rows';
import { audienceDependents, audienceRow, findAudience, getAudienceDetail, lastAudienceSortKey, listAudiences, postsAimedAt } from './queries';
import { DEFAULT_SCORE, mapPosition, readMapPosition } from './rows';
import { assertUniqueName, checkPlatformIds, cleanLanguages, cleanList } from './rules';

type AudienceCalls = Pick<typeof audienceCalls, `audience.${string}` & keyof typeof audienceCalls>;
type Fields = Partial<Omit<Audience, 'id' | 'strategyId' | 'sortKey' | 'latestContact' | 'graphX' | 'graphY'>>;

export const audienceHandlers: FeatureHandlers<AudienceCalls> = {
  'audience.list': (ctx, { strategyId }) => {
    findStrategy(ctx, strategyId);
    return listAudiences(ctx, strategyId);
  },
  'audience.get': (ctx, { id }) => getAudienceDetail(ctx, id),
  'audience.create': (ctx, { strategyId, ...fields }) => {
    findStrategy(ctx, strategyId);
    assertUniqueName(ctx, strategyId, fields.name);
    const values = columnValues(ctx, strategyId, fields, { influence: DEFAULT_SCORE, interest: DEFAULT_SCORE });
    const sortKey = keyAfter(lastAudienceSortKey(ctx, strategyId));
    const id = ctx.write('add audience', (w) => {
      w.touch(strategies, strategyId);
      return w.insert(audiences, { strategyId, ...values, sortKey });
    });
    return findAudience(ctx, id);
  },
  'audience.update': (ctx, { id, patch }) => {
    const row = audienceRow(ctx, id);
    if (patch.name !== undefined) assertUniqueName(ctx, row.strategyId, patch.name, id);
    const values = columnValues(ctx, row.strategyId, patch, readMapPosition(row.mapPosition));
    const onlyMoved = Object.keys(patch).every((key) => key === 'influence' || key === 'interest');
    ctx.write(onlyMoved ? `move ${row.name} on the map` : `edit ${row.name}`, (w) => {
      w.update(audiences, id, values);
      w.touch(strategies, row.strategyId);
    });
    return findAudience(ctx, id);
  },
  'audience.place': (ctx, { id, influence, interest }) => {
    const row = audienceRow(ctx, id);
    const position = mapPosition(influence, interest);
    // Dropping a card back where it was is not an edit: nothing to save, sync or undo.
    if (position !== row.mapPosition) {
      ctx.write(`move ${row.name} on the map`, (w) => {
        w.update(audiences, id, { mapPosition: position });
        w.touch(strategies, row.strategyId);
      });
    }
    return findAudience(ctx, id);
  },
  'audience.position': (ctx, { id, x, y }) => {
    const row = audienceRow(ctx, id);
    const position = JSON.stringify([x, y]);
    if (position !== row.graphPosition) {
      ctx.write(`arrange ${row.name} in the graph`, (w) => {
        w.update(audiences, id, { graphPosition: position });
        w.touch(strategies, row.strategyId);
      });
    }
    return findAudience(ctx, id);
  },
  'audience.removal': (ctx, { id }) => {
    const row = audienceRow(ctx, id);
    const dependents = audienceDependents(ctx, row);
    return {
      engagements: dependents.engagements.length,
      relationships: dependents.relationships.length,
      messages: audienceMessageDependents(ctx, id).messages.length,
      posts: postsAimedAt(ctx, row),
    };
  },
  'audience.remove': (ctx, { id }) => {
    const row = audienceRow(ctx, id);
    const { engagements: engagementIds, relationships: relationshipIds } = audienceDependents(ctx, row);
    const { messages, versions } = audienceMessageDependents(ctx, id);
    // One transaction, one undo step: undoing restores the audience with its log, links and messages.
    // Rows already removed before are left alone, so the undo does not bring them back.
    ctx.write(`remove ${row.name}`, (w) => {
      for (const versionId of versions) w.tombstone(messageVersions, versionId);
      for (const messageId of messages) w.tombstone(audienceMessages, messageId);
      for (const relationshipId of relationshipIds) w.tombstone(relationships, relationshipId);
      for (const engagementId of engagementIds) w.tombstone(engagements, engagementId);
      w.tombstone(audiences, id);
      w.touch(strategies, row.strategyId);
    });
    return { id };
  },
};

/** The columns an audience create or patch sets, in stored form; absent fields stay untouched. */
function columnValues(ctx: Context, strategyId: string, fields: Fields, current: { influence: number; interest: number }) {
  const json = (list: string[] | undefined) => (list === undefined ? undefined : JSON.stringify(list));
  const moved = fields.influence !== undefined || fields.interest !== undefined;
  return {
    name: fields.name,
    kind: fields.kind,
    regions: json(fields.regions && cleanList(fields.regions)),
    languages: json(fields.languages && cleanLanguages(fields.languages)),
    platformIds: json(fields.platformIds && checkPlatformIds(ctx, strategyId, fields.platformIds)),
    mapPosition: moved ? mapPosition(fields.influence ?? current.influence, fields.interest ?? current.interest) : undefined,
    stance: fields.stance,
    priority: fields.priority,
    needs: fields.needs,
    notes: fields.notes,
    tags: json(fields.tags && cleanList(fields.tags)),
    lawfulBasis: fields.lawfulBasis,
    reviewDate: fields.reviewDate,
  };
}
