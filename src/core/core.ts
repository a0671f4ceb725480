// The public face of the core that hosts use. Hosts never touch SQLite or feature modules directly.
import type { EventName, Events, Method, Output } from '../shared/contract';
import type { PdfPrinter } from './documents/printer';
import type { ApplyOptions, ApplyResult } from './sync/apply';
import type { Change } from './sync/changes';

export interface OpenCoreOptions {
  /** Folder holding chancery.sqlite, its backups and (later) media. Created (private) if missing; one process at a time. */
  dataDir: string;
  host: 'electron' | 'web';
  /** How a second process refused by the folder's lock names this one; a description of `host` by default. */
  processName?: string;
  /** Create the fictional sample strategy if the workspace is empty. */
  demo?: boolean;
  /** Folder holding drizzle/ and resources/; found automatically when omitted. */
  appRoot?: string;
  /** Injectable wall clock for tests. */
  now?: () => number;
  /** The host's Chromium printer for document.exportPdf (playwright-core in the web host, printToPDF in Electron). */
  printPdf?: PdfPrinter;
}

export interface Core {
  readonly dataDir: string;
  readonly databasePath: string;
  /**
   * Validates `input` against the contract and runs the call. Rejects with a ChanceryError
   * (code invalid_input, unknown_method, not_found, ...) that hosts serialise as-is.
   */
  call<M extends Method>(method: M | string, input: unknown): Promise<Output<M>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /** The replica side of sync, for the (future) network transport and for tests; not a UI call. */
  readonly sync: {
    replicaId: string;
    changesSince(hlc?: string): Change[];
    /**
     * Field-level last-writer-wins merge of another replica's changes. The whole batch is checked
     * first (a bad change refuses it all); it is then applied in chunks, each its own transaction,
     * yielding between them so the host stays responsive.
     */
    apply(changes: readonly Change[], options?: ApplyOptions): Promise<ApplyResult>;
  };
  close(): void;
}
