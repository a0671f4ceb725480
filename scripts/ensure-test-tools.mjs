// Runs before `npm test`: the end-to-end tests drive Debian's Chromium, document tests read PDFs
// with poppler and open the DOCX with LibreOffice. Installs them where we may (root with apt),
// otherwise says exactly what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = process.env.CHANCERY_CHROMIUM ?? '/usr/bin/chromium';
const missing = [];
if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
if (spawnSync('pdftotext', ['-v']).error) missing.push('poppler-utils');
// LibreOffice's recommended packages (Java, extra fonts, a GUI) are not needed to convert documents.
const lean = [];
if (spawnSync('soffice', ['--version']).error) lean.push('libreoffice-writer-nogui');

if (missing.length + lean.length > 0) {
  const all = [...missing, ...lean];
  const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canApt) {
    console.error(`The tests need ${all.join(', ')}. Install with:\n  sudo apt-get install -y ${all.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${all.join(', ')} for the tests...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  if (missing.length > 0) execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  if (lean.length > 0) execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...lean], { stdio: 'inherit', env });
}
