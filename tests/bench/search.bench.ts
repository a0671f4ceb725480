// Search at the scale of the audience map: 1,000 sample audiences plus 500 written in Chinese, Japanese,
// Arabic, Hebrew and Russian. Prints, beside each other, the word index alone (the search as it was
// before drizzle/0007_search_scripts.sql: unicode61 only) and the search now (word index, then the
// trigram index for words inside text): hits found and time per query, the cost of a write that
// keeps both indexes current, and the size of each index.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openCore } from '../../src/core/index';
import type { Core } from '../../src/core/core';
import { toFtsQuery } from '../../src/core/search/ftsQuery';
import { searchStatement } from '../../src/core/search/queries';
import { fmt, msSince, printTable, removeTempDir, summarize, tempDir } from './stats';

// The search before the scripts migration, as src/core/search/queries.ts ran it over the word index.
const WORDS_ONLY_SQL = `
SELECT kind, id, strategy_id AS strategyId, audience_id AS audienceId,
  snippet(search_index, -1, '[[', ']]', '…', 12) AS snippet
FROM search_index
WHERE search_index MATCH @words
  AND EXISTS (SELECT 1 FROM strategies st WHERE st.id = search_index.strategy_id AND st.deleted_at IS NULL)
  AND (audience_id IS NULL OR EXISTS (SELECT 1 FROM audiences a WHERE a.id = search_index.audience_id AND a.deleted_at IS NULL))
ORDER BY bm25(search_index, 0, 0, 0, 0, 0, 4.0, 1.0), id
LIMIT @limit`;

const WRITTEN: Record<string, string[]> = {
  zh: ['我们支持外交政策的公开对话', '中国高校学生关注气候变化与文化交流', '驻外使馆举办新闻发布会'],
  ja: ['日本の外交政策について説明します', '記者会見は大使館で行われます', '留学生のための奨学金制度'],
  ar: ['نؤمن بالحوار والتعاون للسلام', 'الإعلاميون في آسيا والشرق الأوسط', 'فالمستقبل للشباب والطلاب'],
  he: ['והשלום בירושלים ולמשפחות', 'שיתוף פעולה בין השגרירויות', 'מהצפון ועד הדרום'],
  ru: ['Посольство в Москве ещё раз о ёлках', 'Студенты и журналисты на встрече', 'Культурный обмен и диалог'],
};
const QUERIES = ['climate', 'nordhav', 'ordhav', 'art', 'a', '外交', '外交政策', 'について', 'الحوار', 'السلام', 'اعلاميون', 'שלום', 'ירושלים', 'еще', 'ёлках', 'посольство'];
const EXTRA = 500;
const LIMIT = 40;

/** A copy of the app without the scripts migration (drizzle applies only what its journal lists). */
function appBeforeScripts(): string {
  const repo = path.resolve(import.meta.dirname, '../..');
  const root = tempDir('search-app');
  fs.cpSync(path.join(repo, 'drizzle'), path.join(root, 'drizzle'), { recursive: true });
  fs.symlinkSync(path.join(repo, 'resources'), path.join(root, 'resources'));
  const journalFile = path.join(root, 'drizzle', 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === '0007_search_scripts'));
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return root;
}

async function fill(core: Core): Promise<{ strategyId: string; extra: string[]; writeMs: number[]; editMs: number[] }> {
  const strategy = await core.call('strategy.createSample', { audiences: 1_000 });
  const languages = Object.keys(WRITTEN);
  const extra: string[] = [];
  const writeMs: number[] = [];
  for (let i = 0; i < EXTRA; i++) {
    const sentences = WRITTEN[languages[i % languages.length]!]!;
    const start = process.hrtime.bigint();
    const audience = await core.call('audience.create', {
      strategyId: strategy.id,
      name: `${sentences[i % 3]!.slice(0, 8)} ${i}`,
      kind: 'public_segment',
      notes: `${sentences[(i + 1) % 3]} ${sentences[(i + 2) % 3]}`,
    });
    writeMs.push(msSince(start));
    extra.push(audience.id);
  }
  const editMs: number[] = [];
  for (let i = 0; i < 300; i++) {
    const start = process.hrtime.bigint();
    await core.call('audience.update', { id: extra[i % extra.length]!, patch: { notes: `${WRITTEN.zh![i % 3]} ${i}` } });
    editMs.push(msSince(start));
  }
  return { strategyId: strategy.id, extra, writeMs, editMs };
}

function time(runs: number, fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(msSince(start));
  }
  return summarize(samples).median;
}

export async function benchSearch(runs = 30): Promise<void> {
  const beforeRoot = appBeforeScripts();
  const dirs = [tempDir('search-before'), tempDir('search-now')];
  const cores: Core[] = [];
  try {
    cores.push(openCore({ dataDir: dirs[0]!, host: 'web', appRoot: beforeRoot }));
    const before = await fill(cores[0]!);
    cores.push(openCore({ dataDir: dirs[1]!, host: 'web' }));
    const now = await fill(cores[1]!);
    const core = cores[1]!;
    const raw = new Database(path.join(dirs[1]!, 'chancery.sqlite'), { readonly: true });
    const wordsOnly = raw.prepare(WORDS_ONLY_SQL);

    const rows: string[][] = [];
    for (const query of QUERIES) {
      const statement = searchStatement(query, null, LIMIT)!;
      const words = toFtsQuery(query)!;
      const oldHits = wordsOnly.all({ words, limit: LIMIT }).length;
      const newHits = (await core.call('search.query', { query, limit: LIMIT })).length;
      const oldMs = time(runs, () => wordsOnly.all({ words, limit: LIMIT }));
      const newSqlMs = time(runs, () => raw.prepare(statement.sql).all(statement.params));
      let callMs = 0;
      {
        const samples: number[] = [];
        for (let i = 0; i < runs; i++) {
          const start = process.hrtime.bigint();
          await core.call('search.query', { query, limit: LIMIT });
          samples.push(msSince(start));
        }
        callMs = summarize(samples).median;
      }
      rows.push([query, fmt(oldHits, 0), fmt(oldMs, 2), fmt(newHits, 0), fmt(newSqlMs, 2), fmt(callMs, 2)]);
    }
    const size = (table: string) => (raw.prepare(`SELECT coalesce(sum(length(block)), 0) AS n FROM ${table}_data`).get() as { n: number }).n;
    const indexed = (raw.prepare('SELECT count(*) AS n FROM search_index').get() as { n: number }).n;
    printTable(
      `6. Search over ${fmt(indexed, 0)} indexed rows (1,000 sample audiences with their messages, plus ${EXTRA} in zh/ja/ar/he/ru); ` +
        `median of ${runs} runs, limit ${LIMIT}`,
      ['query', 'word index alone: hits', 'ms', 'word + trigram: hits', 'ranking SQL ms', 'search.query ms'],
      rows,
    );
    const med = (samples: number[]) => fmt(summarize(samples).median, 3);
    printTable(
      'Writes that keep the index current (through openCore().call) and index size',
      ['', 'word index only', 'word + trigram index'],
      [
        ['audience.create, median ms', med(before.writeMs), med(now.writeMs)],
        ['audience.update of notes, median ms', med(before.editMs), med(now.editMs)],
        ['index data, KiB', fmt(size('search_index') / 1024, 0), fmt((size('search_index') + size('search_grams')) / 1024, 0)],
      ],
    );
    raw.close();
  } finally {
    for (const core of cores) core.close();
    for (const dir of [...dirs, beforeRoot]) removeTempDir(dir);
  }
}
