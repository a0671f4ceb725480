// Duplicating a post to reuse it: core over real SQLite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore;
let strategyId: string;
let xId: string;
let facebookId: string;
beforeEach(async () => {
  handle = tempCore({ now: () => Date.parse('2027-04-01T08:00:00.000Z') });
  strategyId = (await handle.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
  xId = (await handle.core.call('platform.create', { strategyId, kind: 'x' })).id;
  facebookId = (await handle.core.call('platform.create', { strategyId, kind: 'facebook' })).id;
});
afterEach(() => handle.cleanup());

/** A fully filled post at 09:00 on Monday 3 May 2027 in Nairobi, approved and scheduled. */
async function approvedPost(options: { recurring?: boolean } = {}) {
  const { core } = handle;
  const audience = await core.call('audience.create', { strategyId, name: 'Students', kind: 'public_segment' });
  const message = await core.call('audienceMessage.create', { audienceId: audience.id, text: 'Free press, free people' });
  const objective = await core.call('objective.create', { strategyId, title: 'Defend press freedom' });
  const campaign = await core.call('campaign.create', { strategyId, name: 'Spring', startDate: '2027-03-01', endDate: '2027-05-31' });
  const { item } = await core.call('contentItem.create', {
    strategyId,
    title: 'Press freedom day',
    variants: [
      { platformId: xId, text: 'Short text for X' },
      { platformId: facebookId, text: 'A longer text for Facebook' },
    ],
    language: 'fr',
    audienceIds: [audience.id],
    keyMessageId: message.id,
    objectiveId: objective.id,
    campaignId: campaign.id,
    assignee: 'Amina',
    tags: ['press'],
    links: ['https://example.org/press'],
    hashtags: ['#PressFreedom'],
    notes: 'Check the quote',
    status: 'draft',
    schedule: { date: '2027-05-03', time: '09:00', timeZone: 'Africa/Nairobi' },
    recurrence: options.recurring ? { freq: 'weekly', byDay: ['MO'] } : null,
  });
  await core.call('contentItem.setStatus', { id: item.id, status: 'in_review' });
  await core.call('contentItem.setStatus', { id: item.id, status: 'approved', approver: 'Head of mission' });
  const scheduled = await core.call('contentItem.setStatus', { id: item.id, status: 'scheduled' });
  return { item: scheduled.item, audienceId: audience.id, keyMessageId: message.id, objectiveId: objective.id, campaignId: campaign.id };
}

describe('duplicating a post', () => {
  it('copies texts and fields to the same day as a new unapproved draft, in one undoable step', async () => {
    const { core } = handle;
    const { item, audienceId, keyMessageId, objectiveId, campaignId } = await approvedPost();
    expect(item).toMatchObject({ status: 'scheduled', approvedBy: 'Head of mission' });

    const saved = await core.call('contentItem.duplicate', { id: item.id });
    expect(saved.item.id).not.toBe(item.id);
    expect(saved.item).toMatchObject({
      title: 'Press freedom day',
      variants: [
        { platformId: xId, text: 'Short text for X' },
        { platformId: facebookId, text: 'A longer text for Facebook' },
      ],
      language: 'fr',
      audienceIds: [audienceId],
      keyMessageId,
      objectiveId,
      campaignId,
      assignee: 'Amina',
      tags: ['press'],
      links: ['https://example.org/press'],
      hashtags: ['#PressFreedom'],
      notes: 'Check the quote',
      mediaIds: [],
      timeZone: 'Africa/Nairobi',
      localDate: '2027-05-03',
      localTime: '09:00',
      scheduledAt: item.scheduledAt,
      recurrence: null,
      status: 'draft',
      approvedBy: null,
      approvedAt: null,
    });
    expect(Array.isArray(saved.warnings)).toBe(true);
    // The original is untouched.
    expect(await core.call('contentItem.get', { id: item.id })).toEqual(item);
    expect((await core.call('history.state', {})).undoLabel).toContain('duplicate post "Press freedom day"');

    // One Undo removes the copy (texts and all); the original stays.
    await core.call('history.undo', {});
    await expect(core.call('contentItem.get', { id: saved.item.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await core.call('contentItem.get', { id: item.id })).toEqual(item);
    const range = await core.call('calendar.range', { strategyId, from: '2027-05-01T00:00:00Z', to: '2027-06-01T00:00:00Z' });
    expect(range.entries.map((e) => e.itemId)).toEqual([item.id]);

    // Redo brings it back, texts included, and it survives a restart.
    await core.call('history.redo', {});
    handle.reopen();
    expect((await handle.core.call('contentItem.get', { id: saved.item.id })).variants).toHaveLength(2);
  });

  it('copies to another day, keeping the local time unless one is given', async () => {
    const { core } = handle;
    const { item } = await approvedPost();
    const sameTime = await core.call('contentItem.duplicate', { id: item.id, to: { date: '2027-05-10' } });
    expect(sameTime.item).toMatchObject({ localDate: '2027-05-10', localTime: '09:00', timeZone: 'Africa/Nairobi', status: 'draft' });
    const otherTime = await core.call('contentItem.duplicate', { id: item.id, to: { date: '2027-06-01', time: '17:30' } });
    expect(otherTime.item).toMatchObject({ localDate: '2027-06-01', localTime: '17:30', timeZone: 'Africa/Nairobi' });
    expect(otherTime.item.scheduledAt).toBe('2027-06-01T14:30:00.000Z');
    const range = await core.call('calendar.range', { strategyId, from: '2027-05-01T00:00:00Z', to: '2027-07-01T00:00:00Z' });
    expect(range.entries.map((e) => `${e.localDate} ${e.localTime}`)).toEqual(['2027-05-03 09:00', '2027-05-10 09:00', '2027-06-01 17:30']);
  });

  it('puts the copy in the backlog with to: null', async () => {
    const { core } = handle;
    const { item } = await approvedPost();
    const saved = await core.call('contentItem.duplicate', { id: item.id, to: null });
    expect(saved.item).toMatchObject({ scheduledAt: null, localDate: null, status: 'draft', approvedBy: null, timeZone: 'Africa/Nairobi' });
    expect(saved.item.variants).toHaveLength(2);
    expect(saved.warnings).toEqual([]);
    expect((await core.call('contentItem.backlog', { strategyId })).map((i) => i.id)).toEqual([saved.item.id]);
  });

  it('makes a one-off copy of a series, on its first day', async () => {
    const { core } = handle;
    const { item } = await approvedPost({ recurring: true });
    expect(item.recurrence).not.toBeNull();
    const saved = await core.call('contentItem.duplicate', { id: item.id });
    expect(saved.item).toMatchObject({ recurrence: null, localDate: '2027-05-03', localTime: '09:00', status: 'draft' });
    expect((await core.call('contentItem.get', { id: item.id })).recurrence).toEqual(item.recurrence);
  });

  it('keeps an idea an idea, and copies a backlog post into the backlog', async () => {
    const { core } = handle;
    const { item } = await core.call('contentItem.create', { strategyId, title: 'Someday', variants: [{ platformId: xId, text: 'Maybe' }], timeZone: 'Europe/Paris' });
    expect(item.status).toBe('idea');
    const saved = await core.call('contentItem.duplicate', { id: item.id });
    expect(saved.item).toMatchObject({ status: 'idea', scheduledAt: null, timeZone: 'Europe/Paris', variants: [{ platformId: xId, text: 'Maybe' }] });
    // A day for a backlog post takes the usual hour, in the post's zone.
    const planned = await core.call('contentItem.duplicate', { id: item.id, to: { date: '2027-05-04' } });
    expect(planned.item).toMatchObject({ localDate: '2027-05-04', localTime: '09:00', timeZone: 'Europe/Paris' });
  });

  it('lets a published post be reused as a new draft', async () => {
    const { core } = handle;
    const { item } = await approvedPost();
    await core.call('contentItem.setStatus', { id: item.id, status: 'published' });
    const saved = await core.call('contentItem.duplicate', { id: item.id, to: { date: '2028-05-03' } });
    expect(saved.item).toMatchObject({ status: 'draft', approvedBy: null, approvedAt: null, localDate: '2028-05-03' });
  });

  it('says clearly when the post is gone, and checks the target', async () => {
    const { core } = handle;
    await expect(core.call('contentItem.duplicate', { id: 'no-such-post' })).rejects.toMatchObject({ code: 'not_found', message: 'That item no longer exists' });
    const { item } = await core.call('contentItem.create', { strategyId, title: 'Gone soon' });
    await core.call('contentItem.remove', { id: item.id });
    await expect(core.call('contentItem.duplicate', { id: item.id })).rejects.toMatchObject({ code: 'not_found' });
    const { item: kept } = await core.call('contentItem.create', { strategyId, title: 'Kept' });
    await expect(core.call('contentItem.duplicate', { id: kept.id, to: { date: '2027-02-30' } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await core.call('contentItem.backlog', { strategyId })).toHaveLength(1);
  });
});
