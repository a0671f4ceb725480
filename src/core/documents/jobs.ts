// Running exports, per core: each reports its steps through the `progress` event and may be cancelled
// between steps. A cancelled or failed export returns nothing, so nothing gets written.
import { ChanceryError } from '../../shared/errors';
import type { Context } from '../context';

export interface ExportJob {
  /** Reports step `done` of `total` (done counts finished steps), then checks for a cancel. */
  step(done: number, label: string): Promise<void>;
  /** Throws if the planner cancelled; call it between steps of work that cannot report. */
  checkCancelled(): void;
}

const running = new WeakMap<Context, Map<string, { cancelled: boolean }>>();

function jobsOf(ctx: Context): Map<string, { cancelled: boolean }> {
  let jobs = running.get(ctx);
  if (!jobs) {
    jobs = new Map();
    running.set(ctx, jobs);
  }
  return jobs;
}

export const CANCELLED_MESSAGE = 'The export was cancelled; no file was written.';

/** Runs `work` as the export `id` of `total` steps; the last progress event (done = total) comes after it. */
export async function runExport<T>(ctx: Context, id: string, title: string, total: number, work: (job: ExportJob) => Promise<T>): Promise<T> {
  const jobs = jobsOf(ctx);
  if (jobs.has(id)) throw new ChanceryError('conflict', `An export with id "${id}" is already running.`);
  const state = { cancelled: false };
  jobs.set(id, state);
  const checkCancelled = () => {
    if (state.cancelled) throw new ChanceryError('conflict', CANCELLED_MESSAGE);
  };
  const job: ExportJob = {
    checkCancelled,
    async step(done, label) {
      checkCancelled();
      ctx.progress({ task: id, label: `${title}: ${label}`, done: Math.min(done, total - 1), total });
      // Let other calls (a cancel) in before the next step.
      await new Promise((resolve) => setImmediate(resolve));
      checkCancelled();
    },
  };
  try {
    const result = await work(job);
    checkCancelled();
    ctx.progress({ task: id, label: `${title}: done`, done: total, total });
    return result;
  } catch (error) {
    // Close the task in every window, so no progress bar is left hanging.
    ctx.progress({ task: id, label: `${title}: ${state.cancelled ? 'cancelled' : 'failed'}`, done: total, total });
    throw error;
  } finally {
    jobs.delete(id);
  }
}

/** Marks the export `id` cancelled; false when no such export is running. */
export function cancelExport(ctx: Context, id: string): boolean {
  const state = jobsOf(ctx).get(id);
  if (!state) return false;
  state.cancelled = true;
  return true;
}
