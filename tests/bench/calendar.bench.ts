// Calendar figures: `npm run bench:calendar`. For 5,000 and 20,000 items over a year, prints the
// time to query a month (calendar.range) and to save a move (contentItem.move, drop to saved in the
// core); then the same scales in Chromium (calendarView.bench.ts): month render, week switch and drop
// to saved measured in the page. Targets (issue 5): month render < 100 ms, drop to saved < 16 ms.
// CALENDAR_SHOTS=<folder> saves screenshots of the month and week views at 5,000 items there.
// Prints figures; it is not a timed test.
import fs from 'node:fs';
import path from 'node:path';
import { tempCore } from '../support/tempCore';
import { benchCalendarView, printCalendarViewFigures } from './calendarView.bench';
import { fmt, msSince, removeAllTempDirs, summarize } from './stats';

const ZONES = ['Africa/Nairobi', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo'];

async function bench(count: number): Promise<void> {
  const handle = tempCore();
  try {
    const { core } = handle;
    const strategyId = (await core.call('strategy.create', { title: 'Bench', year: 2027 })).id;
    for (const kind of ['x', 'facebook', 'instagram'] as const) await core.call('platform.create', { strategyId, kind });
    const rows = ['title,status,date,time,time_zone,text: X,text: Facebook,text: Instagram'];
    for (let i = 0; i < count; i++) {
      const day = new Date(Date.UTC(2027, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
      const time = `${String(8 + (i % 10)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`;
      rows.push(`Post ${i},draft,${day},${time},${ZONES[i % ZONES.length]},Text ${i} on X https://example.org/${i},Facebook text ${i},Instagram caption ${i}`);
    }
    let start = process.hrtime.bigint();
    await core.call('calendar.importCsv', { strategyId, content: rows.join('\n') });
    const importMs = msSince(start);

    const monthMs: number[] = [];
    let itemsInMonth = 0;
    for (let i = 0; i < 20; i++) {
      const month = (i % 12) + 1;
      const from = `2027-${String(month).padStart(2, '0')}-01T00:00:00Z`;
      const to = month === 12 ? '2028-01-01T00:00:00Z' : `2027-${String(month + 1).padStart(2, '0')}-01T00:00:00Z`;
      start = process.hrtime.bigint();
      const range = await core.call('calendar.range', { strategyId, from, to });
      monthMs.push(msSince(start));
      itemsInMonth = range.items.length;
    }
    const may = await core.call('calendar.range', { strategyId, from: '2027-05-01T00:00:00Z', to: '2027-06-01T00:00:00Z' });
    const moveMs: number[] = [];
    for (let i = 0; i < 50; i++) {
      const item = may.items[i]!;
      start = process.hrtime.bigint();
      await core.call('contentItem.move', { id: item.id, to: { date: `2027-05-${String((i % 28) + 1).padStart(2, '0')}` } });
      moveMs.push(msSince(start));
    }
    const m = summarize(monthMs);
    const v = summarize(moveMs);
    console.log(`${count} items: import ${fmt(importMs, 0)} ms; month query (~${itemsInMonth} items) median ${fmt(m.median)} ms, p95 ${fmt(m.p95)} ms; move saved median ${fmt(v.median, 2)} ms, p95 ${fmt(v.p95, 2)} ms`);
  } finally {
    handle.cleanup();
  }
}

process.on('exit', removeAllTempDirs);
for (const count of [5_000, 20_000]) await bench(count);

if (fs.existsSync(path.resolve(import.meta.dirname, '../../out/renderer/index.html'))) {
  for (const count of [5_000, 20_000]) {
    printCalendarViewFigures(await benchCalendarView(count, { shots: count === 5_000 ? process.env.CALENDAR_SHOTS : undefined }));
  }
} else {
  console.log('\nChromium figures skipped: no built UI in out/renderer (run "npx electron-vite build" first).');
}
