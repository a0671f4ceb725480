// A copy of the app's migrations folder with one more migration, as after an update of Chancery.
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './tempCore';

export function appRootWithExtraMigration(sql: string): string {
  const root = tempDir('chancery-app-');
  const repo = path.resolve(__dirname, '../..');
  fs.cpSync(path.join(repo, 'drizzle'), path.join(root, 'drizzle'), { recursive: true });
  fs.symlinkSync(path.join(repo, 'resources'), path.join(root, 'resources'));
  const journalFile = path.join(root, 'drizzle', 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  const last = journal.entries.at(-1);
  const tag = `${String(last.idx + 1).padStart(4, '0')}_test_upgrade`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(root, 'drizzle', `${tag}.sql`), sql);
  return root;
}
