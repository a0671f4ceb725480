// Where an empty calendar opens: the first post at or after the shown period, else the last before it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore;
let strategyId: string;
beforeEach(async () => {
  handle = tempCore();
  strategyId = (await handle.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
});
afterEach(() => handle.cleanup());

describe('calendar.nearestPost', () => {
  it('finds the next live post, else the last one, else nothing', async () => {
    const { core } = handle;
    const nearest = async (from: string) => (await core.call('calendar.nearestPost', { strategyId, from })).scheduledAt;
    expect(await nearest('2027-01-01T00:00:00Z')).toBeNull();

    const platformId = (await core.call('platform.create', { strategyId, kind: 'x' })).id;
    const post = (title: string, date: string) =>
      core.call('contentItem.create', { strategyId, title, variants: [{ platformId, text: title }], schedule: { date, time: '09:00', timeZone: 'UTC' } });
    await post('March', '2027-03-10');
    const may = await post('May', '2027-05-02');
    await core.call('contentItem.create', { strategyId, title: 'Backlog idea', variants: [{ platformId, text: 'later' }] });

    expect(await nearest('2027-01-01T00:00:00Z')).toBe('2027-03-10T09:00:00.000Z');
    expect(await nearest('2027-04-01T00:00:00Z')).toBe('2027-05-02T09:00:00.000Z');
    // Past the last post: the last one before.
    expect(await nearest('2027-09-01T00:00:00Z')).toBe('2027-05-02T09:00:00.000Z');
    // Removed posts do not count.
    await core.call('contentItem.remove', { id: may.item.id });
    expect(await nearest('2027-04-01T00:00:00Z')).toBe('2027-03-10T09:00:00.000Z');
    await expect(core.call('calendar.nearestPost', { strategyId: 'nope', from: '2027-01-01T00:00:00Z' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
