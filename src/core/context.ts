// What every feature handler receives: read access, the single write path, and the app's resources.
import type Database from 'better-sqlite3';
import type { Events, HandlerOutput, Method, ParsedInput } from '../shared/contract';
import type { PdfPrinter } from './documents/printer';
import type { Db } from './db/open';
import type { Writer } from './db/writePath';

export interface Context {
  db: Db;
  sqlite: Database.Database;
  /** Runs one user command through the write path; `label` names it for Undo ("Undo rename strategy"). */
  write<T>(label: string, work: (writer: Writer) => T): T;
  resourcesDir: string;
  dataDir: string;
  /** DATA/tmp, private and emptied at each start, for scratch files such as the HTML being printed. */
  tempDir: string;
  host: 'electron' | 'web';
  replicaId: string;
  now(): number;
  /** Prints HTML to PDF with the host's Chromium; absent where the host cannot print. */
  printPdf?: PdfPrinter;
  /** Tells every window how far a long task (an export) has come, through the `progress` event. */
  progress(report: Events['progress']): void;
}

export type Handler<M extends Method> = (ctx: Context, input: ParsedInput<M>) => HandlerOutput<M>;
export type Handlers = { [M in Method]: Handler<M> };
/** A feature's handlers: exactly the calls it declares in the contract. */
export type FeatureHandlers<Calls> = { [M in keyof Calls & Method]: Handler<M> };
