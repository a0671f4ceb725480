// The fuses electron-builder flips in the packaged Electron binary, read the way electron-builder
// reads them: its own config loader, its schema (the installed version's), and its own mapping onto
// @electron/fuses' wire. No Electron runtime needed.
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { PlatformPackager, type Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(repoRoot, path.join(repoRoot, 'electron.builder.yml'), null);
});

const EXPECTED = [
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node that runs any script.
  ['runAsNode', FuseV1Options.RunAsNode, false],
  // --inspect / SIGUSR1 would let any local process attach a debugger to the main process.
  ['enableNodeCliInspectArguments', FuseV1Options.EnableNodeCliInspectArguments, false],
  // NODE_OPTIONS (--require) would inject code into the main process.
  ['enableNodeOptionsEnvironmentVariable', FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
  ['enableCookieEncryption', FuseV1Options.EnableCookieEncryption, true],
  ['enableEmbeddedAsarIntegrityValidation', FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
  // Without it a folder named app/ beside a tampered app.asar would be loaded instead.
  ['onlyLoadAppFromAsar', FuseV1Options.OnlyLoadAppFromAsar, true],
] as const;

describe('Electron fuses in packaging', () => {
  it('is a configuration the installed electron-builder accepts', async () => {
    await expect(validateConfiguration(config, { add: () => {}, isEnabled: false } as never)).resolves.toBeUndefined();
  });

  it.each(EXPECTED)('sets %s to %s', (name, _fuse, value) => {
    expect(config.electronFuses?.[name]).toBe(value);
  });

  it('hands each fuse to @electron/fuses as electron-builder will flip it', async () => {
    // generateFuseConfig is the mapping electron-builder applies right before signing.
    const packager = PlatformPackager.prototype as unknown as { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> };
    const wire = await packager.generateFuseConfig.call({}, config.electronFuses);
    expect(wire.version).toBe(FuseVersion.V1);
    for (const [, fuse, value] of EXPECTED) expect(wire[fuse]).toBe(value);
  });

  it('packs the app into an asar archive, which the integrity and asar-only fuses rely on', () => {
    expect(config.asar).toBe(true);
  });
});
