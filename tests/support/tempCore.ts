// A real core over a real SQLite file in a temporary folder, for integration tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core, type OpenCoreOptions } from '../../src/core';

export function tempDir(prefix = 'chancery-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TempCore {
  core: Core;
  dataDir: string;
  reopen(options?: Partial<OpenCoreOptions>): Core;
  cleanup(): void;
}

export function tempCore(options: Partial<OpenCoreOptions> = {}): TempCore {
  const dataDir = options.dataDir ?? tempDir();
  const handle: TempCore = {
    core: openCore({ host: 'web', ...options, dataDir }),
    dataDir,
    reopen(more = {}) {
      handle.core.close();
      handle.core = openCore({ host: 'web', ...options, ...more, dataDir });
      return handle.core;
    },
    cleanup() {
      handle.core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}
