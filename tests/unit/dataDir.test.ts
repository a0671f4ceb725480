import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_ENV, defaultDataDir, resolveDataDir } from '../../src/core/dataDir';

describe('defaultDataDir', () => {
  it('uses ~/.config/Chancery on Linux without XDG_CONFIG_HOME', () => {
    expect(defaultDataDir('linux', {}, '/home/amal')).toBe('/home/amal/.config/Chancery');
  });

  it('follows XDG_CONFIG_HOME on Linux, as Electron does', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/srv/cfg' }, '/home/amal')).toBe('/srv/cfg/Chancery');
  });

  it('ignores an empty XDG_CONFIG_HOME', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '' }, '/home/amal')).toBe('/home/amal/.config/Chancery');
  });

  it('treats other Unix-likes like Linux', () => {
    expect(defaultDataDir('freebsd', {}, '/home/amal')).toBe('/home/amal/.config/Chancery');
  });

  it('uses ~/Library/Application Support/Chancery on macOS', () => {
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/ignored' }, '/Users/amal')).toBe(
      '/Users/amal/Library/Application Support/Chancery',
    );
  });

  it('uses %APPDATA%\\Chancery on Windows', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\amal\\AppData\\Roaming' }, 'C:\\Users\\amal')).toBe(
      'C:\\Users\\amal\\AppData\\Roaming\\Chancery',
    );
  });

  it('falls back to the roaming folder under the profile when APPDATA is missing', () => {
    expect(defaultDataDir('win32', {}, 'C:\\Users\\amal')).toBe('C:\\Users\\amal\\AppData\\Roaming\\Chancery');
  });
});

describe('resolveDataDir', () => {
  const fallback = () => '/default/Chancery';

  it('takes --data DIR first', () => {
    expect(resolveDataDir(['node', 'start.ts', '--data', '/tmp/ws'], { [DATA_DIR_ENV]: '/env/ws' }, fallback)).toBe('/tmp/ws');
  });

  it('takes --data=DIR', () => {
    expect(resolveDataDir(['--demo', '--data=/tmp/ws2'], {}, fallback)).toBe('/tmp/ws2');
  });

  it('lets a later --data override an earlier one', () => {
    expect(resolveDataDir(['--data', '/first', '--data=/second'], {}, fallback)).toBe('/second');
  });

  it('resolves a relative --data against the working directory', () => {
    expect(resolveDataDir(['--data', 'rel/ws'], {}, fallback)).toBe(path.resolve('rel/ws'));
  });

  it('uses CHANCERY_DATA_DIR when there is no flag', () => {
    expect(resolveDataDir(['--demo'], { [DATA_DIR_ENV]: '/env/ws' }, fallback)).toBe('/env/ws');
  });

  it('ignores an empty CHANCERY_DATA_DIR', () => {
    expect(resolveDataDir([], { [DATA_DIR_ENV]: '  ' }, fallback)).toBe('/default/Chancery');
  });

  it('falls back to the default last', () => {
    expect(resolveDataDir(['--port', '4000'], {}, fallback)).toBe('/default/Chancery');
  });

  it('defaults to the OS folder when no fallback is given', () => {
    expect(resolveDataDir([], {})).toBe(defaultDataDir());
  });

  it('refuses --data without a folder rather than guessing', () => {
    expect(() => resolveDataDir(['--data'], {}, fallback)).toThrow(/--data needs a folder/);
    expect(() => resolveDataDir(['--data', '--demo'], {}, fallback)).toThrow(/--data needs a folder/);
    expect(() => resolveDataDir(['--data='], {}, fallback)).toThrow(/--data needs a folder/);
  });
});
