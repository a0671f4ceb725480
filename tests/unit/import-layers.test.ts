import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronLoadedByTests, importsOf, layerViolations, type SourceFile } from './importRules';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['src', 'electron', 'tests'];

function sourceFiles(): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        files.push({ path: path.relative(repoRoot, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') });
      }
    }
  };
  for (const folder of SCANNED) {
    if (fs.existsSync(path.join(repoRoot, folder))) walk(path.join(repoRoot, folder));
  }
  return files;
}

describe('import layers', () => {
  const files = sourceFiles();
  // Tests are not shipped in any layer; they may reach across layers to set things up.
  const shipped = files.filter((file) => !file.path.startsWith('tests/') && !/\.test\.tsx?$/.test(file.path));

  it('keeps every import pointing the allowed way', () => {
    expect(shipped.length).toBeGreaterThan(10);
    expect(layerViolations(shipped), 'each line names the file, what it imports and the rule').toEqual([]);
  });

  it('never lets a test load electron, directly or through what it imports', () => {
    expect(electronLoadedByTests(files)).toEqual([]);
  });
});

describe('import layer rules', () => {
  const check = (filePath: string, text: string) => layerViolations([{ path: filePath, text }]);

  it('stops the renderer from reaching the core, hosts, Node or SQLite', () => {
    expect(check('src/renderer/app/App.tsx', "import { openCore } from '../../core/index';")).toEqual([
      "src/renderer/app/App.tsx imports '../../core/index': the renderer reaches the core only through the contract (src/shared)",
    ]);
    expect(check('src/renderer/a.ts', "import fs from 'node:fs';")).toHaveLength(1);
    expect(check('src/renderer/a.ts', "import path from 'path';")).toHaveLength(1);
    expect(check('src/renderer/a.ts', "import Database from 'better-sqlite3';")).toHaveLength(1);
    expect(check('src/renderer/a.ts', "import { eq } from 'drizzle-orm/sql';")).toHaveLength(1);
    expect(check('src/renderer/a.ts', "const e = await import('electron');")).toHaveLength(1);
    expect(check('src/renderer/a.ts', "import { x } from '../web/server';")).toHaveLength(1);
    expect(check('src/renderer/a.ts', "import { contract } from '../shared/contract';\nimport React from 'react';")).toEqual([]);
  });

  it('keeps src/shared pure', () => {
    expect(check('src/shared/a.ts', "import { Core } from '../core/core';")).toHaveLength(1);
    expect(check('src/shared/a.ts', "import { randomUUID } from 'node:crypto';")).toHaveLength(1);
    expect(check('src/shared/a.ts', "import { useState } from 'react';")).toHaveLength(1);
    expect(check('src/shared/contract/a.ts', "import { z } from 'zod';\nimport { id } from '../validation';")).toEqual([]);
  });

  it('keeps the core free of hosts and UI', () => {
    expect(check('src/core/a.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(check('src/core/a.ts', "import { useState } from 'react';")).toHaveLength(1);
    expect(check('src/core/a.ts', "import { startWebHost } from '../web/server';")).toHaveLength(1);
    expect(check('src/core/a.ts', "export * from '../renderer/api';")).toHaveLength(1);
    expect(check('src/core/a.ts', "import fs from 'node:fs';\nimport Database from 'better-sqlite3';")).toEqual([]);
  });

  it('keeps Electron out of the web host', () => {
    expect(check('src/web/a.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(check('src/web/a.ts', "import { CALL_CHANNEL } from '../../electron/channels';")).toHaveLength(1);
  });

  it('lets a sandboxed preload load only electron at run time', () => {
    expect(check('electron/preload/index.ts', "import { z } from 'zod';")).toHaveLength(1);
    expect(check('electron/preload/index.ts', "import { contract } from '../../src/shared/contract';")).toHaveLength(1);
    expect(
      check(
        'electron/preload/index.ts',
        "import { contextBridge } from 'electron';\nimport type { ChanceryBridge } from '../../src/shared/contract';\nimport { CALL_CHANNEL } from '../channels';",
      ),
    ).toEqual([]);
  });

  it('finds electron reached by a test through a chain of imports', () => {
    const problems = electronLoadedByTests([
      { path: 'tests/unit/menu.test.ts', text: "import { buildMenu } from '../../electron/main/menu';" },
      { path: 'electron/main/menu.ts', text: "import { Menu } from 'electron';" },
      { path: 'tests/unit/urls.test.ts', text: "import { isAppUrl } from '../../electron/main/urls';" },
      { path: 'electron/main/urls.ts', text: "import type { WebContents } from 'electron';" },
      { path: 'tests/unit/mocked.test.ts', text: "vi.mock('electron', () => fake);\nconst m = await import('../../electron/main/menu');" },
    ]);
    expect(problems).toEqual([
      "tests/unit/menu.test.ts loads 'electron' through tests/unit/menu.test.ts -> electron/main/menu.ts: tests must run without the Electron binary",
    ]);
  });

  it('reads imports from syntax, not from text that looks like one', () => {
    const refs = importsOf({
      path: 'src/x.ts',
      text: "// import fs from 'node:fs'\nconst s = \"import x from 'electron'\";\nimport { type A, type B } from './types';\ntype T = import('./t').T;\nconst m = require('./cjs');",
    });
    expect(refs).toEqual([
      { specifier: './types', typeOnly: true },
      { specifier: './t', typeOnly: true },
      { specifier: './cjs', typeOnly: false },
    ]);
  });
});
