// The month the calendar shows is remembered between calls; every kind of change must still show at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarItemOf } from '../../src/shared/calendar';
import { tempCore, type TempCore } from '../support/tempCore';

const clock = () => Date.parse('2027-04-01T08:00:00.000Z');
const MAY = { from: '2027-05-01T00:00:00Z', to: '2027-06-01T00:00:00Z' };

let here: TempCore;
let strategyId: string;
let xId: string;
beforeEach(async () => {
  here = tempCore({ now: clock });
  strategyId = (await here.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
  xId = (await here.core.call('platform.create', { strategyId, kind: 'x' })).id;
});
afterEach(() => here.cleanup());

const may = async (core = here.core) => (await core.call('calendar.range', { strategyId, ...MAY })).entries.map((e) => e.localDate);
const post = (title: string, date: string) =>
  here.core.call('contentItem.create', { strategyId, title, variants: [{ platformId: xId, text: title }], schedule: { date, time: '09:00', timeZone: 'UTC' } });

describe('the remembered month', () => {
  it('shows a move, an undo, a removal and a change of platforms the moment they are saved', async () => {
    const { item } = await post('First', '2027-05-03');
    expect(await may()).toEqual(['2027-05-03']);
    await here.core.call('contentItem.move', { id: item.id, to: { date: '2027-05-10' } });
    expect(await may()).toEqual(['2027-05-10']);
    await here.core.call('history.undo', {});
    expect(await may()).toEqual(['2027-05-03']);
    const facebookId = (await here.core.call('platform.create', { strategyId, kind: 'facebook' })).id;
    await here.core.call('contentItem.update', { id: item.id, patch: { variants: [{ platformId: facebookId, text: 'New words' }] } });
    expect((await here.core.call('calendar.range', { strategyId, ...MAY })).items[0]!.platformIds).toEqual([facebookId]);
    await here.core.call('contentItem.remove', { id: item.id });
    expect(await may()).toEqual([]);
  });

  it('finds series that started before the month and leaves out those that start after it', async () => {
    const series = (title: string, date: string) =>
      here.core.call('contentItem.create', {
        strategyId,
        title,
        variants: [{ platformId: xId, text: title }],
        schedule: { date, time: '09:00', timeZone: 'UTC' },
        recurrence: { freq: 'weekly', byDay: ['MO'] },
      });
    await series('Since April', '2027-04-05');
    await series('From June', '2027-06-07');
    const { items, entries } = await here.core.call('calendar.range', { strategyId, ...MAY });
    expect(items.map((i) => i.title)).toEqual(['Since April']);
    expect(entries.map((e) => e.localDate)).toEqual(['2027-05-03', '2027-05-10', '2027-05-17', '2027-05-24', '2027-05-31']);
  });

  it('shows changes applied from another laptop, and warnings agree with the range', async () => {
    const other = tempCore({ now: clock });
    try {
      await other.core.sync.apply(here.core.sync.changesSince());
      expect(await may(other.core)).toEqual([]);
      for (let i = 0; i < 8; i++) await post(`Busy ${i}`, '2027-05-04');
      await other.core.sync.apply(here.core.sync.changesSince());
      expect(await may(other.core)).toHaveLength(8);
      const warnings = await other.core.call('calendar.warnings', { strategyId, ...MAY });
      expect(warnings.some((w) => w.kind === 'platform_load')).toBe(true);
    } finally {
      other.cleanup();
    }
  });

  it('draws each post as the calendar view of the whole post, read without its texts', async () => {
    const facebookId = (await here.core.call('platform.create', { strategyId, kind: 'facebook' })).id;
    const { item: single } = await here.core.call('contentItem.create', {
      strategyId,
      title: 'Both platforms',
      // Listed Facebook first; the calendar keeps the strategy's order (X, then Facebook).
      variants: [{ platformId: facebookId, text: 'Long words '.repeat(200) }, { platformId: xId, text: 'Short' }],
      language: 'fr',
      assignee: 'Press attaché',
      tags: ['press'],
      notes: 'Not drawn',
      schedule: { date: '2027-05-12', time: '18:30', timeZone: 'America/New_York' },
    });
    const { item: series } = await here.core.call('contentItem.create', {
      strategyId,
      title: 'Weekly',
      // Over X's 280: the lean read must find it without reading every text.
      variants: [{ platformId: xId, text: 'Every Monday, our mission at work. '.repeat(9) }],
      schedule: { date: '2027-04-05', time: '09:00', timeZone: 'Asia/Tokyo' },
      recurrence: { freq: 'weekly', byDay: ['MO'], exceptions: ['2027-05-10'] },
    });
    const { items } = await here.core.call('calendar.range', { strategyId, ...MAY });
    const whole = await Promise.all([single.id, series.id].map((id) => here.core.call('contentItem.get', { id })));
    const kinds = new Map([
      [xId, 'x' as const],
      [facebookId, 'facebook' as const],
    ]);
    const lean = whole.map((item) => calendarItemOf(item, kinds));
    expect(items.sort((a, b) => a.title.localeCompare(b.title))).toEqual(lean.sort((a, b) => a.title.localeCompare(b.title)));
    expect(items.find((i) => i.id === series.id)!.overLimit).toEqual([xId]);
    expect(items.find((i) => i.id === single.id)!.platformIds).toEqual([xId, facebookId]);
  });
});
