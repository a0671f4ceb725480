import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore;
let strategyId: string;
beforeEach(async () => {
  handle = tempCore();
  strategyId = (await handle.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
});
afterEach(() => handle.cleanup());

const house = () => handle.core.call('messageHouse.get', { strategyId });
const texts = async () => (await house()).pillars.map((p) => [p.text, p.proofs.map((q) => q.text)]);

describe('the message house', () => {
  it('has one core message, written then edited, and pillars with proof points in order', async () => {
    const { core } = handle;
    expect(await house()).toEqual({ core: null, pillars: [] });
    const first = await core.call('messageHouse.setCore', { strategyId, text: ' Aurelia is a reliable partner. ' });
    expect(first).toMatchObject({ kind: 'core', text: 'Aurelia is a reliable partner.', parentId: null });
    expect(await core.call('history.state', {})).toMatchObject({ undoLabel: 'Undo write core message' });
    const second = await core.call('messageHouse.setCore', { strategyId, text: 'Aurelia is a partner for a greener future.' });
    expect(second.id).toBe(first.id);
    expect(await core.call('history.state', {})).toMatchObject({ undoLabel: 'Undo edit core message' });

    const green = await core.call('pillar.create', { strategyId, text: 'Green transition' });
    const education = await core.call('pillar.create', { strategyId, text: 'Education' });
    await core.call('proof.create', { pillarId: green.id, text: 'Emissions down 38%' });
    await core.call('proof.create', { pillarId: green.id, text: '1.2 GW offshore wind' });
    await core.call('proof.create', { pillarId: education.id, text: '120 scholarships' });
    expect(await texts()).toEqual([
      ['Green transition', ['Emissions down 38%', '1.2 GW offshore wind']],
      ['Education', ['120 scholarships']],
    ]);
    expect((await house()).core?.text).toBe('Aurelia is a partner for a greener future.');
  });

  it('refuses empty messages and proof points that are not under a pillar', async () => {
    const { core } = handle;
    await expect(core.call('messageHouse.setCore', { strategyId, text: '   ' })).rejects.toMatchObject({
      issues: [{ path: 'text', message: 'The core message cannot be empty' }],
    });
    const pillar = await core.call('pillar.create', { strategyId, text: 'Green' });
    const proof = await core.call('proof.create', { pillarId: pillar.id, text: 'Fact' });
    await expect(core.call('proof.create', { pillarId: proof.id, text: 'Nested' })).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path: 'pillarId' }] });
    await expect(core.call('houseMessage.update', { id: proof.id, text: '' })).rejects.toMatchObject({ code: 'invalid_input' });
    await core.call('houseMessage.remove', { id: pillar.id });
    await expect(core.call('proof.create', { pillarId: pillar.id, text: 'Late' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('removes a pillar with its proof points in one undo step; key messages lose and regain the link', async () => {
    const { core } = handle;
    const pillar = await core.call('pillar.create', { strategyId, text: 'Green' });
    const kept = await core.call('proof.create', { pillarId: pillar.id, text: 'Kept' });
    const earlier = await core.call('proof.create', { pillarId: pillar.id, text: 'Removed earlier' });
    await core.call('houseMessage.remove', { id: earlier.id });
    const students = await core.call('audience.create', { strategyId, name: 'Students', kind: 'public_segment' });
    const message = await core.call('audienceMessage.create', { audienceId: students.id, text: 'Go green', pillarId: pillar.id });
    expect(message.pillarId).toBe(pillar.id);

    await core.call('houseMessage.remove', { id: pillar.id });
    expect((await house()).pillars).toEqual([]);
    expect((await core.call('audienceMessage.list', { strategyId }))[0]!.pillarId).toBeNull();
    expect(await core.call('history.state', {})).toMatchObject({ undoLabel: 'Undo remove pillar' });
    await expect(core.call('houseMessage.update', { id: kept.id, text: 'Changed' })).rejects.toMatchObject({ code: 'not_found' });

    await core.call('history.undo', {});
    expect(await texts()).toEqual([['Green', ['Kept']]]);
    expect((await core.call('audienceMessage.list', { strategyId }))[0]!.pillarId).toBe(pillar.id);
  });

  it('reorders pillars, and moves proof points within and between pillars', async () => {
    const { core } = handle;
    const a = await core.call('pillar.create', { strategyId, text: 'A' });
    const b = await core.call('pillar.create', { strategyId, text: 'B' });
    const a1 = await core.call('proof.create', { pillarId: a.id, text: 'a1' });
    const a2 = await core.call('proof.create', { pillarId: a.id, text: 'a2' });
    const b1 = await core.call('proof.create', { pillarId: b.id, text: 'b1' });
    await core.call('houseMessage.move', { id: b.id, to: { beforeId: a.id } });
    expect(await texts()).toEqual([['B', ['b1']], ['A', ['a1', 'a2']]]);
    await core.call('houseMessage.move', { id: a2.id, to: { beforeId: a1.id } });
    expect(await texts()).toEqual([['B', ['b1']], ['A', ['a2', 'a1']]]);
    // Next to another pillar's proof point: it goes under that pillar.
    await core.call('houseMessage.move', { id: a1.id, to: { afterId: b1.id } });
    expect(await texts()).toEqual([['B', ['b1', 'a1']], ['A', ['a2']]]);
    // Right after a pillar: first under it.
    await core.call('houseMessage.move', { id: a1.id, to: { afterId: a.id } });
    expect(await texts()).toEqual([['B', ['b1']], ['A', ['a1', 'a2']]]);
    expect(await core.call('history.state', {})).toMatchObject({ undoLabel: 'Undo move proof point' });
    await core.call('history.undo', {});
    expect(await texts()).toEqual([['B', ['b1', 'a1']], ['A', ['a2']]]);

    const coreMessage = await core.call('messageHouse.setCore', { strategyId, text: 'Core' });
    await expect(core.call('houseMessage.move', { id: a2.id, to: { afterId: coreMessage.id } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(core.call('houseMessage.move', { id: a2.id, to: { afterId: b1.id, beforeId: a.id } })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('key messages for audiences', () => {
  let x: string;
  let instagram: string;
  let students: string;
  beforeEach(async () => {
    const { core } = handle;
    x = (await core.call('platform.create', { strategyId, kind: 'x' })).id;
    instagram = (await core.call('platform.create', { strategyId, kind: 'instagram' })).id;
    students = (await core.call('audience.create', { strategyId, name: 'Students', kind: 'public_segment', platformIds: [instagram] })).id;
  });

  it('writes a message with its pillar and platforms, and language versions with their direction', async () => {
    const { core } = handle;
    const pillar = await core.call('pillar.create', { strategyId, text: 'Education' });
    const message = await core.call('audienceMessage.create', { audienceId: students, text: 'Study in Aurelia', pillarId: pillar.id, platformIds: [instagram, instagram] });
    expect(message).toMatchObject({ audienceId: students, pillarId: pillar.id, platformIds: [instagram], versions: [] });
    expect(await core.call('history.state', {})).toMatchObject({ undoLabel: 'Undo add key message for Students' });

    const arabic = await core.call('messageVersion.create', { audienceMessageId: message.id, language: 'AR', text: 'ادرس في أوريليا' });
    expect(arabic).toMatchObject({ language: 'ar', direction: 'rtl' });
    expect(await core.call('history.state', {})).toMatchObject({ undoLabel: 'Undo add Arabic version' });
    const french = await core.call('messageVersion.create', { audienceMessageId: message.id, language: 'fr', text: 'Étudiez en Aurelia' });
    expect(french.direction).toBe('ltr');
    await expect(core.call('messageVersion.create', { audienceMessageId: message.id, language: 'ar', text: 'مرة أخرى' })).rejects.toMatchObject({
      issues: [{ path: 'language', message: 'This message already has a version in Arabic' }],
    });
    await expect(core.call('messageVersion.create', { audienceMessageId: message.id, language: 'Arabic', text: 'x' })).rejects.toMatchObject({
      issues: [{ path: 'language', message: 'Languages must be BCP 47 tags such as en, ar or zh-Hant' }],
    });
    await expect(core.call('messageVersion.update', { id: french.id, patch: { language: 'ar' } })).rejects.toMatchObject({ issues: [{ path: 'language' }] });
    expect(await core.call('messageVersion.update', { id: french.id, patch: { language: 'fa', text: 'در اورلیا تحصیل کنید' } })).toMatchObject({ direction: 'rtl' });
    const [listed] = await core.call('audienceMessage.list', { strategyId });
    expect(listed!.versions.map((v) => v.language)).toEqual(['ar', 'fa']);
  });

  it('refuses an empty message, a pillar that is not one, and platforms of another strategy', async () => {
    const { core } = handle;
    await expect(core.call('audienceMessage.create', { audienceId: students, text: ' ' })).rejects.toMatchObject({
      issues: [{ path: 'text', message: 'A key message cannot be empty' }],
    });
    const pillar = await core.call('pillar.create', { strategyId, text: 'Education' });
    const proof = await core.call('proof.create', { pillarId: pillar.id, text: 'Fact' });
    await expect(core.call('audienceMessage.create', { audienceId: students, text: 'Hi', pillarId: proof.id })).rejects.toMatchObject({ issues: [{ path: 'pillarId' }] });
    const other = await core.call('strategy.create', { title: 'Other', year: 2027 });
    const foreignPillar = await core.call('pillar.create', { strategyId: other.id, text: 'Elsewhere' });
    const foreignPlatform = await core.call('platform.create', { strategyId: other.id, kind: 'tiktok' });
    await expect(core.call('audienceMessage.create', { audienceId: students, text: 'Hi', pillarId: foreignPillar.id })).rejects.toMatchObject({ issues: [{ path: 'pillarId' }] });
    await expect(core.call('audienceMessage.create', { audienceId: students, text: 'Hi', platformIds: [x, foreignPlatform.id] })).rejects.toMatchObject({
      issues: [{ path: 'platformIds.1' }],
    });
    const message = await core.call('audienceMessage.create', { audienceId: students, text: 'Hi' });
    await expect(core.call('audienceMessage.update', { id: message.id, patch: { text: '' } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await core.call('audienceMessage.update', { id: message.id, patch: { pillarId: pillar.id, platformIds: [x] } }))).toMatchObject({ text: 'Hi', pillarId: pillar.id, platformIds: [x] });
    expect((await core.call('audienceMessage.update', { id: message.id, patch: { pillarId: null } })).pillarId).toBeNull();
  });

  it('lists messages by audience order, then message order', async () => {
    const { core } = handle;
    const teachers = (await core.call('audience.create', { strategyId, name: 'Teachers', kind: 'public_segment' })).id;
    await core.call('audienceMessage.create', { audienceId: teachers, text: 'T1' });
    await core.call('audienceMessage.create', { audienceId: students, text: 'S1' });
    await core.call('audienceMessage.create', { audienceId: teachers, text: 'T2' });
    await core.call('audienceMessage.create', { audienceId: students, text: 'S2' });
    expect((await core.call('audienceMessage.list', { strategyId })).map((m) => m.text)).toEqual(['S1', 'S2', 'T1', 'T2']);
  });

  it('removes a message with its versions in one undo step', async () => {
    const { core } = handle;
    const message = await core.call('audienceMessage.create', { audienceId: students, text: 'Study in Aurelia' });
    await core.call('messageVersion.create', { audienceMessageId: message.id, language: 'ar', text: 'ادرس في أوريليا' });
    await core.call('audienceMessage.remove', { id: message.id });
    expect(await core.call('audienceMessage.list', { strategyId })).toEqual([]);
    await expect(core.call('messageVersion.create', { audienceMessageId: message.id, language: 'fr', text: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await core.call('history.undo', {});
    expect((await core.call('audienceMessage.list', { strategyId }))[0]!.versions.map((v) => v.language)).toEqual(['ar']);
  });
});

describe('the channel plan', () => {
  it('shows which messages go where, and flags high-priority audiences without a message or a channel', async () => {
    const { core } = handle;
    const x = (await core.call('platform.create', { strategyId, kind: 'x' })).id;
    const instagram = (await core.call('platform.create', { strategyId, kind: 'instagram' })).id;
    const linkedin = (await core.call('platform.create', { strategyId, kind: 'linkedin' })).id;
    const students = await core.call('audience.create', { strategyId, name: 'Students in Nordhaven', kind: 'public_segment', priority: 'high', platformIds: [instagram, x] });
    const ministry = await core.call('audience.create', { strategyId, name: 'Foreign ministry', kind: 'foreign_ministry', priority: 'high' });
    const outlets = await core.call('audience.create', { strategyId, name: 'Outlets', kind: 'news_outlet', priority: 'high', platformIds: [x] });
    await core.call('audience.create', { strategyId, name: 'Tourists', kind: 'interest_group', priority: 'low' });
    const onInstagram = await core.call('audienceMessage.create', { audienceId: students.id, text: 'Scholarships', platformIds: [instagram] });
    // Planned on LinkedIn, which the students do not use: still shown.
    const onLinkedin = await core.call('audienceMessage.create', { audienceId: students.id, text: 'Careers', platformIds: [linkedin, instagram] });
    await core.call('audienceMessage.create', { audienceId: students.id, text: 'Not placed yet' });

    const plan = await core.call('channelPlan.get', { strategyId });
    expect(plan.platforms.map((p) => p.name)).toEqual(['X', 'Instagram', 'LinkedIn']);
    expect(plan.audiences.map((a) => a.name)).toEqual(['Students in Nordhaven', 'Foreign ministry', 'Outlets', 'Tourists']);
    expect(plan.messages).toHaveLength(3);
    expect(plan.cells).toEqual([
      { audienceId: students.id, platformId: x, messageIds: [] },
      { audienceId: students.id, platformId: instagram, messageIds: [onInstagram.id, onLinkedin.id] },
      { audienceId: students.id, platformId: linkedin, messageIds: [onLinkedin.id] },
      { audienceId: outlets.id, platformId: x, messageIds: [] },
    ]);
    expect(plan.gaps).toEqual([
      { audienceId: ministry.id, reason: 'no_message', message: 'Foreign ministry is a high-priority audience with no key message yet' },
      { audienceId: ministry.id, reason: 'no_platform', message: 'Foreign ministry is a high-priority audience with no platform to reach them on yet' },
      { audienceId: outlets.id, reason: 'no_message', message: 'Outlets is a high-priority audience with no key message yet' },
    ]);
    // Over every audience, the low-priority tourists too: what the gaps alone do not tell.
    expect(plan.coverage).toEqual({ audiences: 4, highPriority: 3, withoutMessage: 3, withoutPlatform: 2 });

    // A message planned on a platform is a channel, even if the audience's own list is empty.
    await core.call('audienceMessage.create', { audienceId: ministry.id, text: 'Early consultation', platformIds: [linkedin] });
    await core.call('platform.remove', { id: x });
    const after = await core.call('channelPlan.get', { strategyId });
    expect(after.platforms.map((p) => p.name)).toEqual(['Instagram', 'LinkedIn']);
    expect(after.gaps.map((g) => [g.audienceId, g.reason])).toEqual([
      [outlets.id, 'no_message'],
      [outlets.id, 'no_platform'],
    ]);
  });

  it('is empty for a strategy with nothing in it, and refuses a strategy that does not exist', async () => {
    const { core } = handle;
    expect(await core.call('channelPlan.get', { strategyId })).toEqual({
      audiences: [],
      platforms: [],
      messages: [],
      cells: [],
      gaps: [],
      coverage: { audiences: 0, highPriority: 0, withoutMessage: 0, withoutPlatform: 0 },
    });
    await expect(core.call('channelPlan.get', { strategyId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
