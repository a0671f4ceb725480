import { and, isNull, ne } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { workspaceCalls } from '../../shared/contract/workspace';
import type { Context, FeatureHandlers } from '../context';
import { changes, strategies } from '../db/schema';

/** Workspace-wide calls. History calls are answered by the core itself, which owns the undo stack. */
export const workspaceHandlers: Pick<FeatureHandlers<typeof workspaceCalls>, 'workspace.info'> = {
  'workspace.info': (ctx) => ({
    dataDir: ctx.dataDir,
    replicaId: ctx.replicaId,
    host: ctx.host,
    strategyCount: countLiveStrategies(ctx),
    // Nothing has been sent yet: team sync comes later, so every logged change is still local.
    pendingChanges: ctx.db.select({ n: sql<number>`count(*)` }).from(changes).get()?.n ?? 0,
  }),
};

function countLiveStrategies(ctx: Context): number {
  return (
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(strategies)
      .where(and(isNull(strategies.deletedAt), ne(strategies.status, 'archived')))
      .get()?.n ?? 0
  );
}
