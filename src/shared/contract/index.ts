// The one contract between the UI and the core. Every host forwards exactly these calls;
// the core's router validates each input against its schema before dispatching.
import type { z } from 'zod';
import type { HistoryState } from '../domain';
import type { SerializedError } from '../errors';
import { audienceCalls } from './audiences';
import { calendarCalls } from './calendar';
import { mergeCalls } from './define';
import { documentCalls } from './documents';
import { messageCalls } from './messages';
import { objectiveCalls } from './objectives';
import { platformCalls } from './platforms';
import { priorityCalls } from './priorities';
import { strategyCalls } from './strategy';
import { workspaceCalls } from './workspace';

export const contract = mergeCalls(workspaceCalls, strategyCalls, objectiveCalls, priorityCalls, platformCalls, audienceCalls, messageCalls, calendarCalls, documentCalls);

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (before defaults and trimming). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = NonNullable<Contract[M]['output']>;
/** What a handler returns: the output itself, or a promise of it for the few calls that wait (printing). */
export type HandlerOutput<M extends Method> = Contract[M] extends { awaits: true } ? Promise<Output<M>> : Output<M>;

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events pushed from the core to every window. */
export interface Events {
  /** Data changed: which tables, so screens can refetch what they show. */
  changed: { tables: string[]; origin: 'local' | 'undo' | 'redo' | 'remote' };
  history: HistoryState;
  progress: { task: string; label: string; done: number; total: number };
}
export type EventName = keyof Events;

/** A file the renderer asks the host to save: text is written as UTF-8, bytes as they are. */
export interface FileToSave {
  /** A bare file name (no folders), e.g. "Aurelia-2027-brief.pdf"; its extension sets the dialog's filter. */
  fileName: string;
  mimeType: string;
  data: Uint8Array | string;
}

/** saved:false when the planner cancelled the dialog; path is where the file now is. */
export interface SaveFileResult {
  saved: boolean;
  path?: string;
}

/** What every host exposes to the renderer (window.chancery in Electron). */
export interface ChanceryBridge {
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /**
   * Saves a file where the planner chooses (a save dialog). Only hosts with one offer it (Electron);
   * without it the renderer falls back to a browser download. Rejects with a serialized error.
   */
  saveFile?(file: FileToSave): Promise<SaveFileResult>;
}

/** Wire shape of a call's answer, identical over IPC and HTTP. */
export type CallResult<T = unknown> = { ok: true; value: T } | { ok: false; error: SerializedError };

export type { StrategyPatch } from './strategy';
export type { PlatformPatch } from './platforms';
