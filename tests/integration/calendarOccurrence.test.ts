// Moving one occurrence of a recurring series: core over real SQLite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore;
let strategyId: string;
let xId: string;
let campaignId: string;
beforeEach(async () => {
  handle = tempCore({ now: () => Date.parse('2027-04-01T08:00:00.000Z') });
  strategyId = (await handle.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
  xId = (await handle.core.call('platform.create', { strategyId, kind: 'x' })).id;
  campaignId = (await handle.core.call('campaign.create', { strategyId, name: 'Spring', startDate: '2027-03-01', endDate: '2027-05-31' })).id;
});
afterEach(() => handle.cleanup());

/** A weekly Monday digest at 09:00 in Nairobi from 3 May 2027. */
const series = () =>
  handle.core.call('contentItem.create', {
    strategyId,
    title: 'Weekly digest',
    variants: [{ platformId: xId, text: 'This week on X' }],
    campaignId,
    tags: ['digest'],
    notes: 'Every Monday',
    status: 'draft',
    schedule: { date: '2027-05-03', time: '09:00', timeZone: 'Africa/Nairobi' },
    recurrence: { freq: 'weekly', byDay: ['MO'] },
  });

const may = async () => {
  const range = await handle.core.call('calendar.range', { strategyId, from: '2027-05-01T00:00:00Z', to: '2027-06-01T00:00:00Z' });
  return range.entries.map((e) => `${e.localDate} ${e.localTime} ${e.recurring ? 'series' : 'one-off'}`);
};

describe('moving one occurrence of a series', () => {
  it('adds an exception and plans a detached copy at the target, in one undoable step', async () => {
    const { core } = handle;
    const { item } = await series();
    const saved = await core.call('contentItem.moveOccurrence', { id: item.id, occurrence: '2027-05-17', to: { date: '2027-05-19', time: '14:00' } });
    expect(saved.item).toMatchObject({
      title: 'Weekly digest',
      variants: [{ platformId: xId, text: 'This week on X' }],
      campaignId,
      tags: ['digest'],
      notes: 'Every Monday',
      status: 'draft',
      timeZone: 'Africa/Nairobi',
      localDate: '2027-05-19',
      localTime: '14:00',
      recurrence: null,
    });
    expect(saved.item.id).not.toBe(item.id);
    expect(Array.isArray(saved.warnings)).toBe(true);
    expect((await core.call('contentItem.get', { id: item.id })).recurrence?.exceptions).toEqual(['2027-05-17']);
    expect(await may()).toEqual(['2027-05-03 09:00 series', '2027-05-10 09:00 series', '2027-05-19 14:00 one-off', '2027-05-24 09:00 series', '2027-05-31 09:00 series']);
    expect((await core.call('history.state', {})).undoLabel).toContain('move one occurrence of "Weekly digest" from 17 May 2027 to 19 May 2027 14:00');

    // One Undo restores the series and removes the copy.
    await core.call('history.undo', {});
    expect((await core.call('contentItem.get', { id: item.id })).recurrence?.exceptions).toEqual([]);
    await expect(core.call('contentItem.get', { id: saved.item.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await may()).toEqual(['2027-05-03 09:00 series', '2027-05-10 09:00 series', '2027-05-17 09:00 series', '2027-05-24 09:00 series', '2027-05-31 09:00 series']);

    // Redo brings both back, and they survive a restart.
    await core.call('history.redo', {});
    handle.reopen();
    expect((await handle.core.call('contentItem.get', { id: saved.item.id })).localDate).toBe('2027-05-19');
    expect((await handle.core.call('contentItem.get', { id: item.id })).recurrence?.exceptions).toEqual(['2027-05-17']);
  });

  it('keeps the occurrence time when the move names only a day', async () => {
    const { item } = await series();
    const saved = await handle.core.call('contentItem.moveOccurrence', { id: item.id, occurrence: '2027-05-10', to: { date: '2027-05-11' } });
    expect(saved.item).toMatchObject({ localDate: '2027-05-11', localTime: '09:00', timeZone: 'Africa/Nairobi', recurrence: null });
  });

  it('takes one occurrence to the backlog as an unscheduled copy with the texts, in one undoable step', async () => {
    const { core } = handle;
    const { item } = await series();
    // A scheduled series: its copy in the backlog is approved, as contentItem.move does for a post taken off the calendar.
    await core.call('contentItem.setStatus', { id: item.id, status: 'in_review' });
    await core.call('contentItem.setStatus', { id: item.id, status: 'approved', approver: 'Head of Mission' });
    await core.call('contentItem.setStatus', { id: item.id, status: 'scheduled' });
    const saved = await core.call('contentItem.moveOccurrence', { id: item.id, occurrence: '2027-05-17', to: null });
    expect(saved.item).toMatchObject({
      title: 'Weekly digest',
      variants: [{ platformId: xId, text: 'This week on X' }],
      campaignId,
      tags: ['digest'],
      notes: 'Every Monday',
      status: 'approved',
      approvedBy: 'Head of Mission',
      timeZone: 'Africa/Nairobi',
      scheduledAt: null,
      localDate: null,
      recurrence: null,
    });
    expect(saved.item.id).not.toBe(item.id);
    expect((await core.call('contentItem.backlog', { strategyId })).map((i) => i.id)).toEqual([saved.item.id]);
    const seriesNow = await core.call('contentItem.get', { id: item.id });
    expect(seriesNow).toMatchObject({ status: 'scheduled', localDate: '2027-05-03', recurrence: { exceptions: ['2027-05-17'] } });
    expect(await may()).toEqual(['2027-05-03 09:00 series', '2027-05-10 09:00 series', '2027-05-24 09:00 series', '2027-05-31 09:00 series']);
    expect((await core.call('history.state', {})).undoLabel).toContain('move one occurrence of "Weekly digest" from 17 May 2027 to the backlog');

    // One Undo restores the series and removes the copy.
    await core.call('history.undo', {});
    expect((await core.call('contentItem.get', { id: item.id })).recurrence?.exceptions).toEqual([]);
    await expect(core.call('contentItem.get', { id: saved.item.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await core.call('contentItem.backlog', { strategyId })).toEqual([]);
    expect(await may()).toEqual(['2027-05-03 09:00 series', '2027-05-10 09:00 series', '2027-05-17 09:00 series', '2027-05-24 09:00 series', '2027-05-31 09:00 series']);
  });

  it('keeps the status of a series that is not scheduled for its copy in the backlog', async () => {
    const { item } = await series();
    const saved = await handle.core.call('contentItem.moveOccurrence', { id: item.id, occurrence: '2027-05-10', to: null });
    expect(saved.item).toMatchObject({ status: 'draft', scheduledAt: null, recurrence: null });
  });

  it('refuses a date that is not an occurrence of the series, and a post that does not repeat, with clear messages', async () => {
    const { core } = handle;
    const { item } = await series();
    await expect(core.call('contentItem.moveOccurrence', { id: item.id, occurrence: '2027-05-18', to: { date: '2027-05-19' } })).rejects.toMatchObject({
      code: 'invalid_input',
      message: '"Weekly digest" has no occurrence on 18 May 2027 (in Africa/Nairobi) to move',
    });
    // An occurrence already moved is no longer one.
    await core.call('contentItem.moveOccurrence', { id: item.id, occurrence: '2027-05-17', to: { date: '2027-05-19' } });
    await expect(core.call('contentItem.moveOccurrence', { id: item.id, occurrence: '2027-05-17', to: { date: '2027-05-20' } })).rejects.toMatchObject({
      issues: [{ path: 'occurrence' }],
    });
    // Nor can a date that is not an occurrence go to the backlog: nothing changes.
    await expect(core.call('contentItem.moveOccurrence', { id: item.id, occurrence: '2027-05-12', to: null })).rejects.toMatchObject({
      code: 'invalid_input',
      message: '"Weekly digest" has no occurrence on 12 May 2027 (in Africa/Nairobi) to move',
    });
    expect(await core.call('contentItem.backlog', { strategyId })).toEqual([]);
    const single = (await core.call('contentItem.create', { strategyId, title: 'Once', schedule: { date: '2027-05-03', time: '09:00', timeZone: 'UTC' } })).item;
    await expect(core.call('contentItem.moveOccurrence', { id: single.id, occurrence: '2027-05-03', to: { date: '2027-05-04' } })).rejects.toMatchObject({
      message: '"Once" does not repeat; move the post itself instead',
    });
    expect((await core.call('contentItem.get', { id: item.id })).recurrence?.exceptions).toEqual(['2027-05-17']);
  });
});
