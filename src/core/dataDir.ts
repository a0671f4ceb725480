// Where Chancery keeps its workspace. Pure Node (no electron) so the web host, scripts and tests
// find the same folder Electron's app.getPath('userData') gives for productName "Chancery".
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Chancery';
export const DATA_DIR_ENV = 'CHANCERY_DATA_DIR';
const DATA_FLAG = '--data';

type Env = Record<string, string | undefined>;

/** The per-user application-data folder, as Electron computes appData + app name. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: Env = process.env, home = os.homedir()): string {
  if (platform === 'win32') {
    // Windows paths are built with win32 rules even when this runs elsewhere (tests).
    const roaming = nonEmpty(env.APPDATA) ?? path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(roaming, APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  // Chromium takes any non-empty XDG_CONFIG_HOME as given, so we do too.
  const configHome = nonEmpty(env.XDG_CONFIG_HOME) ?? path.posix.join(home, '.config');
  return path.posix.join(configHome, APP_FOLDER_NAME);
}

/**
 * `--data DIR` or `--data=DIR` wins, then $CHANCERY_DATA_DIR, then `fallback` (the OS default, or
 * Electron's userData path in the desktop host). Relative folders are taken from the working directory.
 */
export function resolveDataDir(argv: readonly string[], env: Env = process.env, fallback: () => string = () => defaultDataDir()): string {
  const fromFlag = dataFlagValue(argv);
  if (fromFlag !== undefined) return path.resolve(fromFlag);
  const fromEnv = nonEmpty(env[DATA_DIR_ENV]);
  if (fromEnv !== undefined) return path.resolve(fromEnv);
  return fallback();
}

/** The last `--data` on the command line, so a wrapper's default can be overridden by appending. */
function dataFlagValue(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith(`${DATA_FLAG}=`)) {
      found = requireFolder(arg.slice(DATA_FLAG.length + 1));
    } else if (arg === DATA_FLAG) {
      const next = argv[i + 1];
      found = requireFolder(next !== undefined && !next.startsWith('--') ? next : '');
      i++;
    }
  }
  return found;
}

function requireFolder(value: string): string {
  if (value.trim() === '') throw new Error(`${DATA_FLAG} needs a folder, for example ${DATA_FLAG} ./my-workspace`);
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}
