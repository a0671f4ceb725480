// The core refuses what the contract refuses, whichever way it arrives: a call or a CSV file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATE_YEAR_MAX } from '../../src/shared/dates';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore;
let strategyId: string;
beforeEach(async () => {
  handle = tempCore({ now: () => Date.parse('2027-04-01T08:00:00.000Z') });
  strategyId = (await handle.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
});
afterEach(() => handle.cleanup());

const csv = (rows: string[]) => ['title,status,date,time,time_zone,links,approved_by,approved_at,tags', ...rows].join('\n');

describe('the core', () => {
  it('refuses a post dated 9999-12-31 and stores the zone under its canonical name', async () => {
    await expect(
      handle.core.call('contentItem.create', { strategyId, title: 'Far', schedule: { date: '9999-12-31', time: '09:00', timeZone: 'Europe/Paris' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    const saved = await handle.core.call('contentItem.create', { strategyId, title: 'Near', schedule: { date: '2027-05-03', time: '09:00', timeZone: 'europe/PARIS' } });
    expect(saved.item.timeZone).toBe('Europe/Paris');
  });

  it('exports iCalendar quickly whatever the distance between posts', async () => {
    for (const date of ['2027-05-03', `${DATE_YEAR_MAX}-12-31`]) {
      await handle.core.call('contentItem.create', { strategyId, title: date, schedule: { date, time: '09:00', timeZone: 'America/New_York' } });
    }
    const started = performance.now();
    const ics = await handle.core.call('calendar.exportIcs', { strategyId });
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(ics.content.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect((ics.content.match(/BEGIN:(STANDARD|DAYLIGHT)/g) ?? []).length).toBeLessThan(20);
  });

  it('imports from CSV only what the contract would accept', async () => {
    const bad = csv([
      'Far,idea,9999-12-31,09:00,UTC,,,,',
      'Script,idea,,,UTC,javascript:alert(1),,,',
      'Stamp,approved,2027-05-03,09:00,UTC,,Ana,yesterday,',
    ]);
    const error = await handle.core.call('calendar.importCsv', { strategyId, content: bad }).catch((e: unknown) => e);
    const issues = (error as { issues: { path: string; message: string }[] }).issues;
    expect(issues.map((i) => i.path)).toEqual(['row 2.date', 'row 3.links', 'row 4.approved_at']);
    expect(issues[0]!.message).toMatch(/between the years 1900 and 2200/);

    const good = csv(['"Press\u0000 brief\u202E",idea,2027-05-03,09:00,europe/paris,https://example.org,,,"tag\u0007one"']);
    const imported = await handle.core.call('calendar.importCsv', { strategyId, content: good });
    expect(imported.items[0]).toMatchObject({ title: 'Press brief', timeZone: 'Europe/Paris', links: ['https://example.org'], tags: ['tagone'] });
  });
});
