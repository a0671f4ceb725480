// Opens the core: the only code that touches SQLite, files and clocks. Hosts call `openCore`
// and talk to it only through `call` and `on`.
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { EventName, Events } from '../shared/contract';
import { ChanceryError } from '../shared/errors';
import { findAppRoot } from './appRoot';
import type { Context, Handlers } from './context';
import type { Core, OpenCoreOptions } from './core';
import { prepareDataFolder } from './dataFolder/folder';
import { lockDataFolder, type DataFolderLock } from './dataFolder/lock';
import { resetTempFolder } from './dataFolder/tempFolder';
import { DATABASE_FILE, openDatabase } from './db/open';
import { loadClock } from './db/replica';
import { contentVariants } from './db/schema';
import { WritePath } from './db/writePath';
import { audienceMapHandlers } from './audiences/handlers';
import { itemsTouchedBy, recheckApproval } from './calendar/approval';
import { calendarHandlers } from './calendar/handlers';
import { documentHandlers } from './documents/handlers';
import { History } from './history';
import { messageHandlers } from './messages/handlers';
import { objectiveHandlers } from './objectives/handlers';
import { platformHandlers } from './platforms/handlers';
import { priorityHandlers } from './priorities/handlers';
import { createRouter } from './router';
import { searchHandlers } from './search/handlers';
import { strategyHandlers } from './strategy/handlers';
import { applyChanges } from './sync/apply';
import { changesSince } from './sync/changes';
import { workspaceHandlers } from './workspace/handlers';

export type { Core, OpenCoreOptions } from './core';

const PROCESS_NAMES: Record<OpenCoreOptions['host'], string> = {
  electron: 'the Chancery desktop app',
  web: 'the Chancery web host (npm run web)',
};

/**
 * Checks the data folder, takes its lock (one process per folder) and opens the workspace in it.
 * Every refusal is a ChanceryError whose message says what is wrong and what to do.
 */
export function openCore(options: OpenCoreOptions): Core {
  prepareDataFolder(options.dataDir, DATABASE_FILE);
  const lock = lockDataFolder(options.dataDir, options.processName ?? PROCESS_NAMES[options.host]);
  try {
    return openLockedCore(options, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

function openLockedCore(options: OpenCoreOptions, lock: DataFolderLock): Core {
  const now = options.now ?? Date.now;
  const appRoot = options.appRoot ?? findAppRoot();
  const tempDir = resetTempFolder(options.dataDir);
  const { sqlite, db, migrated } = openDatabase(options.dataDir, path.join(appRoot, 'drizzle'));
  const clock = loadClock(sqlite, now);
  const writePath = new WritePath(sqlite, clock, now);
  // 0004 turned each post's JSON platform texts into content_variants rows; log them so they sync.
  if (migrated) writePath.logUnloggedRows(contentVariants);
  const history = new History();
  const events = new EventEmitter();
  const emit = <E extends EventName>(event: E, payload: Events[E]) => events.emit(event, payload);

  const ctx: Context = {
    db,
    sqlite,
    dataDir: options.dataDir,
    tempDir,
    resourcesDir: path.join(appRoot, 'resources'),
    host: options.host,
    replicaId: clock.node,
    now,
    printPdf: options.printPdf,
    progress: (report) => emit('progress', report),
    write(label, work) {
      const { result, changes, tables } = writePath.transaction(work);
      history.record(label, changes);
      if (tables.size > 0) emit('changed', { tables: [...tables], origin: 'local' });
      emit('history', history.state());
      return result;
    },
  };

  const replay = (direction: 'undo' | 'redo') => {
    history[direction]((work) => {
      const { tables } = writePath.transaction(work);
      if (tables.size > 0) emit('changed', { tables: [...tables], origin: direction });
    });
    emit('history', history.state());
    return history.state();
  };

  const handlers: Handlers = {
    ...workspaceHandlers,
    'history.state': () => history.state(),
    'history.undo': () => replay('undo'),
    'history.redo': () => replay('redo'),
    ...strategyHandlers,
    ...objectiveHandlers,
    ...priorityHandlers,
    ...platformHandlers,
    ...audienceMapHandlers,
    ...messageHandlers,
    ...calendarHandlers,
    ...searchHandlers,
    ...documentHandlers,
  };
  const dispatch = createRouter(handlers);

  if (options.demo && (handlers['strategy.list'](ctx, { includeArchived: true }).length === 0)) {
    handlers['strategy.createSample'](ctx, {});
    history.clear();
  }

  let closed = false;
  return {
    dataDir: options.dataDir,
    databasePath: path.join(options.dataDir, DATABASE_FILE),
    async call(method, input) {
      if (closed) throw new ChanceryError('internal', 'Chancery is closing');
      try {
        // Awaited here so a failing asynchronous call (printing) is reported like any other.
        return (await dispatch(ctx, method, input)) as never;
      } catch (error) {
        if (error instanceof ChanceryError) throw error;
        console.error(`[core] ${String(method)} failed:`, error);
        throw new ChanceryError('internal', 'Something went wrong and the change was not saved. Nothing already saved was lost.');
      }
    },
    sync: {
      replicaId: clock.node,
      changesSince: (hlc) => changesSince(sqlite, hlc),
      async apply(incoming, options) {
        const tables = new Set<string>();
        try {
          const result = await applyChanges(sqlite, clock, incoming, { ...options, committed: (chunk) => chunk.forEach((t) => tables.add(t)) });
          if (result.refused.length > 0) {
            console.warn(`[sync] ${result.refused.length} change(s) from another laptop set aside; first: ${result.refused[0]!.reason}`);
          }
          return result;
        } finally {
          // Also after an interruption, over what the committed chunks brought: a merge can join an
          // approval to a text its approver never saw, and such posts go back to review. Not an
          // undoable step of this planner's: every laptop reaches the same result after the merge.
          const touched = itemsTouchedBy(ctx, incoming);
          if (touched.length > 0) {
            const recheck = writePath.transaction((w) => touched.forEach((id) => recheckApproval(ctx, w, id)));
            recheck.tables.forEach((t) => tables.add(t));
          }
          // The chunks already committed are on screen.
          if (tables.size > 0) emit('changed', { tables: [...tables], origin: 'remote' });
        }
      },
    },
    on(event, listener) {
      events.on(event, listener as (payload: unknown) => void);
      return () => events.off(event, listener as (payload: unknown) => void);
    },
    close() {
      if (closed) return;
      closed = true;
      events.removeAllListeners();
      sqlite.close();
      lock.release();
    },
  };
}
