// Removing an audience: the core says beforehand what goes with it and which posts are aimed at it,
// so the confirm dialog can name them; the posts themselves stay on the calendar.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore;
let strategyId: string;
beforeEach(async () => {
  handle = tempCore();
  strategyId = (await handle.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
});
afterEach(() => handle.cleanup());

describe('what removing an audience takes with it', () => {
  it('counts its log, links and messages, and lists the live posts aimed at it in date order', async () => {
    const { core } = handle;
    const platformId = (await core.call('platform.create', { strategyId, kind: 'x' })).id;
    const students = await core.call('audience.create', { strategyId, name: 'Students', kind: 'public_segment' });
    const press = await core.call('audience.create', { strategyId, name: 'Press', kind: 'news_outlet' });
    await core.call('relationship.create', { fromId: students.id, toId: press.id, kind: 'influences' });
    const post = (title: string, audienceIds: string[], date?: string) =>
      core.call('contentItem.create', {
        strategyId,
        title,
        audienceIds,
        variants: [{ platformId, text: `${title} text` }],
        ...(date ? { schedule: { date, time: '23:30', timeZone: 'America/Los_Angeles' } } : {}),
      });
    await post('Campus debate', [students.id, press.id], '2027-03-14');
    await post('Scholarship call', [students.id], '2027-02-01');
    await post('Idea for later', [students.id]);
    await post('Press briefing', [press.id], '2027-02-02');
    const gone = await post('Removed post', [students.id], '2027-01-05');
    await core.call('contentItem.remove', { id: gone.item.id });

    const removal = await core.call('audience.removal', { id: students.id });
    expect(removal).toMatchObject({ engagements: 0, relationships: 1, messages: 0 });
    // Dates as the post's own zone has them (23:30 in Los Angeles is the next day in UTC).
    expect(removal.posts.map((p) => `${p.title} ${p.localDate ?? 'backlog'}`)).toEqual([
      'Scholarship call 2027-02-01',
      'Campus debate 2027-03-14',
      'Idea for later backlog',
    ]);

    await core.call('audience.remove', { id: students.id });
    await expect(core.call('audience.removal', { id: students.id })).rejects.toMatchObject({ code: 'not_found' });
  });
});
