// Runs before `npm test`: the end-to-end tests drive Debian's Chromium, and document tests read
// PDFs with poppler. Installs them where we may (root with apt), otherwise says exactly what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = process.env.CHANCERY_CHROMIUM ?? '/usr/bin/chromium';
const missing = [];
if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
if (spawnSync('pdftotext', ['-v']).error) missing.push('poppler-utils');

if (missing.length > 0) {
  const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canApt) {
    console.error(`The end-to-end tests need ${missing.join(' and ')}. Install with:\n  sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} for the end-to-end tests...`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
