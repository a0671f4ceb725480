// An approval covers what goes out: changing it sends the post back to review, on this laptop and
// after a merge from another; a date move keeps it; a published post's content cannot change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore;
let strategyId: string;
let xId: string;
let facebookId: string;
beforeEach(async () => {
  handle = tempCore({ now: () => Date.parse('2027-04-01T08:00:00.000Z') });
  strategyId = (await handle.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
  xId = (await handle.core.call('platform.create', { strategyId, kind: 'x', handle: '@embassy' })).id;
  facebookId = (await handle.core.call('platform.create', { strategyId, kind: 'facebook' })).id;
});
afterEach(() => handle.cleanup());

const texts = (x: string, facebook = 'On Facebook') => [
  { platformId: xId, text: x },
  { platformId: facebookId, text: facebook },
];

async function approvedPost(status: 'approved' | 'scheduled' = 'approved') {
  const { core } = handle;
  const { item } = await core.call('contentItem.create', {
    strategyId,
    title: 'Press freedom',
    variants: texts('On X'),
    schedule: { date: '2027-05-03', time: '09:00', timeZone: 'Africa/Nairobi' },
    hashtags: ['PressFreedom'],
  });
  await core.call('contentItem.setStatus', { id: item.id, status: 'draft' });
  await core.call('contentItem.setStatus', { id: item.id, status: 'in_review' });
  await core.call('contentItem.setStatus', { id: item.id, status: 'approved', approver: 'Amira Haddad' });
  if (status === 'scheduled') await core.call('contentItem.setStatus', { id: item.id, status: 'scheduled' });
  return item.id;
}

describe('approval covers what is published', () => {
  it('sends an approved post back to review when a platform text changes, and says why', async () => {
    const id = await approvedPost();
    const saved = await handle.core.call('contentItem.update', { id, patch: { variants: texts('On X, reworded') } });
    expect(saved.item).toMatchObject({ status: 'in_review', approvedBy: null, approvedAt: null });
    expect(saved.item.reviewReason).toBe('Back in review: the X (@embassy) text changed after Amira Haddad approved it.');
    expect(saved.warnings.map((w) => w.kind)).toContain('back_in_review');
    // Approving again settles it.
    const again = await handle.core.call('contentItem.setStatus', { id, status: 'approved', approver: 'Amira Haddad' });
    expect(again.item).toMatchObject({ status: 'approved', reviewReason: '' });
  });

  it('withdraws a scheduled post too, for a platform added or removed, links, hashtags and language', async () => {
    const instagramId = (await handle.core.call('platform.create', { strategyId, kind: 'instagram' })).id;
    const changes: [string, Record<string, unknown>][] = [
      ['a text for Instagram was added', { variants: [...texts('On X'), { platformId: instagramId, text: 'On Instagram' }] }],
      ['the Facebook text was removed', { variants: [{ platformId: xId, text: 'On X' }] }],
      ['the links changed', { links: ['https://example.org/press'] }],
      ['the hashtags changed', { hashtags: ['PressFreedom', 'WPFD'] }],
      ['the language changed', { language: 'fr' }],
    ];
    for (const [reason, patch] of changes) {
      const id = await approvedPost('scheduled');
      const saved = await handle.core.call('contentItem.update', { id, patch });
      expect(saved.item.status, reason).toBe('in_review');
      expect(saved.item.reviewReason).toBe(`Back in review: ${reason} after Amira Haddad approved it.`);
    }
  });

  it('keeps the approval for a date move, a new title, notes, tags and audiences', async () => {
    const id = await approvedPost('scheduled');
    const { core } = handle;
    await core.call('contentItem.move', { id, to: { date: '2027-05-04', time: '10:00' } });
    const saved = await core.call('contentItem.update', { id, patch: { title: 'Press freedom day', notes: 'Check with the desk', tags: ['press'], variants: texts('On X') } });
    expect(saved.item).toMatchObject({ status: 'scheduled', approvedBy: 'Amira Haddad', reviewReason: '' });
  });

  it('refuses to change what a published post said, and keeps it as it was', async () => {
    const id = await approvedPost('scheduled');
    const { core } = handle;
    await core.call('contentItem.setStatus', { id, status: 'published' });
    await expect(core.call('contentItem.update', { id, patch: { variants: texts('Rewritten') } })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('is published'),
    });
    const item = await core.call('contentItem.get', { id });
    expect(item.variants.find((v) => v.platformId === xId)?.text).toBe('On X');
    expect(item.status).toBe('published');
  });

  it('withdraws an approval that a merge from another laptop no longer covers', async () => {
    const id = await approvedPost();
    const other = tempCore({ now: () => Date.parse('2027-04-01T08:00:00.000Z') });
    try {
      // The other laptop holds the same post and edits its X text without seeing the approval.
      await other.core.sync.apply(handle.core.sync.changesSince());
      const before = other.core.sync.changesSince();
      await other.core.call('contentItem.update', { id, patch: { variants: texts('Edited elsewhere') } });
      const edits = other.core.sync.changesSince().filter((c) => !before.some((b) => b.hlc === c.hlc));
      await handle.core.sync.apply(edits);
      const merged = await handle.core.call('contentItem.get', { id });
      expect(merged.variants.find((v) => v.platformId === xId)?.text).toBe('Edited elsewhere');
      expect(merged.status).toBe('in_review');
      expect(merged.reviewReason).toContain('after Amira Haddad approved it');
    } finally {
      other.cleanup();
    }
  });
});

describe('texts over a platform limit', () => {
  it('are flagged in the warnings and on the calendar item, and cannot be scheduled even by override', async () => {
    const { core } = handle;
    const long = 'A'.repeat(281);
    const { item, warnings } = await core.call('contentItem.create', {
      strategyId,
      title: 'Too long',
      variants: texts(long),
      schedule: { date: '2027-05-03', time: '09:00', timeZone: 'Africa/Nairobi' },
    });
    expect(warnings).toContainEqual(expect.objectContaining({ kind: 'over_limit', message: '"Too long" is too long for X (@embassy): shorten the text before it goes out' }));
    const month = await core.call('calendar.range', { strategyId, from: '2027-05-01T00:00:00Z', to: '2027-06-01T00:00:00Z' });
    expect(month.items.find((i) => i.id === item.id)?.overLimit).toEqual([xId]);
    const panel = await core.call('calendar.warnings', { strategyId, from: '2027-05-01T00:00:00Z', to: '2027-06-01T00:00:00Z' });
    expect(panel.map((w) => w.kind)).toContain('over_limit');
    await expect(core.call('contentItem.setStatus', { id: item.id, status: 'scheduled', override: true })).rejects.toMatchObject({
      message: 'The text for X (@embassy) (281 of 280) is over the platform’s limit; shorten it before scheduling',
    });
  });
});
