import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quadrantOf } from '../../src/shared/audiences';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore;
let strategyId: string;
beforeEach(async () => {
  handle = tempCore();
  strategyId = (await handle.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
});
afterEach(() => handle.cleanup());

const audience = (name: string, more: Record<string, unknown> = {}) =>
  handle.core.call('audience.create', { strategyId, name, kind: 'public_segment', ...more });

describe('audiences', () => {
  it('creates audiences of several kinds and lists them in order, with tidy lists and defaults', async () => {
    const { core } = handle;
    const x = await core.call('platform.create', { strategyId, kind: 'x' });
    const students = await audience('  Students in Nordhaven ', {
      regions: ['Nordhaven', ' nordhaven ', 'North Coast'],
      languages: ['AR', 'en', 'zh-hant-tw', 'ar'],
      platformIds: [x.id, x.id],
      tags: ['youth', ' Youth'],
    });
    expect(students).toMatchObject({
      name: 'Students in Nordhaven',
      kind: 'public_segment',
      regions: ['Nordhaven', 'North Coast'],
      languages: ['ar', 'en', 'zh-Hant-TW'],
      platformIds: [x.id],
      tags: ['youth'],
      influence: 3,
      interest: 3,
      stance: 'unknown',
      priority: 'medium',
      latestContact: null,
      graphX: null,
    });
    const journalist = await audience('Lena Varga', {
      kind: 'journalist',
      influence: 4,
      interest: 2,
      lawfulBasis: 'Legitimate interest: public role as a journalist',
      reviewDate: '2027-12-31',
    });
    expect(journalist).toMatchObject({ kind: 'journalist', lawfulBasis: 'Legitimate interest: public role as a journalist', reviewDate: '2027-12-31' });
    await audience('Foreign ministry', { kind: 'foreign_ministry', influence: 5, interest: 5 });
    const list = await core.call('audience.list', { strategyId });
    expect(list.map((a) => a.name)).toEqual(['Students in Nordhaven', 'Lena Varga', 'Foreign ministry']);
    expect(list.map((a) => quadrantOf(a.influence, a.interest))).toEqual(['manage_closely', 'keep_satisfied', 'manage_closely']);
  });

  it('refuses a name another audience of the strategy has, however it is spelt', async () => {
    const { core } = handle;
    const students = await audience('Students');
    await expect(audience('  STUDENTS ')).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'There is already an audience named "Students" in this strategy',
      issues: [{ path: 'name' }],
    });
    const other = await audience('Teachers');
    await expect(core.call('audience.update', { id: other.id, patch: { name: 'students' } })).rejects.toMatchObject({ issues: [{ path: 'name' }] });
    // Renaming itself (a change of case) is fine, and so is reusing the name of a removed audience.
    expect((await core.call('audience.update', { id: students.id, patch: { name: 'students' } })).name).toBe('students');
    await core.call('audience.remove', { id: students.id });
    expect((await audience('Students')).name).toBe('Students');
    // Another strategy may have its own "Students".
    const second = await core.call('strategy.create', { title: 'Other plan', year: 2027 });
    await expect(core.call('audience.create', { strategyId: second.id, name: 'Teachers', kind: 'custom' })).resolves.toMatchObject({ name: 'Teachers' });
  });

  it('explains bad input with the field it concerns and keeps what was saved', async () => {
    const { core } = handle;
    const students = await audience('Students', { influence: 2 });
    await expect(core.call('audience.update', { id: students.id, patch: { influence: 6 } })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'influence', message: 'Influence must be from 1 to 5' }],
    });
    await expect(core.call('audience.place', { id: students.id, influence: 2.5, interest: 3 })).rejects.toMatchObject({
      issues: [{ path: 'influence', message: 'Influence must be a whole number from 1 to 5' }],
    });
    await expect(core.call('audience.update', { id: students.id, patch: { languages: ['Arabic'] } })).rejects.toMatchObject({
      issues: [{ path: 'languages.0', message: 'Languages must be BCP 47 tags such as en, ar or zh-Hant' }],
    });
    await expect(audience('   ')).rejects.toMatchObject({ issues: [{ path: 'name', message: 'Name cannot be empty' }] });
    await expect(audience('Pirates', { kind: 'pirates' })).rejects.toMatchObject({ issues: [{ path: 'kind', message: 'Unknown audience kind' }] });
    expect(await core.call('audience.get', { id: students.id })).toMatchObject({ influence: 2, languages: [] });
  });

  it('only takes platforms of the strategy, and drops a removed platform until its removal is undone', async () => {
    const { core } = handle;
    const x = await core.call('platform.create', { strategyId, kind: 'x' });
    const other = await core.call('strategy.create', { title: 'Other', year: 2027 });
    const foreign = await core.call('platform.create', { strategyId: other.id, kind: 'instagram' });
    await expect(audience('Students', { platformIds: [x.id, foreign.id] })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'platformIds.1' }],
    });
    const students = await audience('Students', { platformIds: [x.id] });
    await core.call('platform.remove', { id: x.id });
    expect((await core.call('audience.get', { id: students.id })).platformIds).toEqual([]);
    await expect(core.call('audience.update', { id: students.id, patch: { platformIds: [x.id] } })).rejects.toMatchObject({ issues: [{ path: 'platformIds.0' }] });
    await core.call('history.undo', {});
    expect((await core.call('audience.get', { id: students.id })).platformIds).toEqual([x.id]);
  });

  it('saves a move on the map as one undoable step, and a drop in the same cell as nothing', async () => {
    let wall = Date.UTC(2027, 0, 1);
    handle.cleanup();
    handle = tempCore({ now: () => wall });
    const { core } = handle;
    strategyId = (await core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
    const students = await audience('Students', { influence: 2, interest: 4 });
    wall += 60_000;
    const moved = await core.call('audience.place', { id: students.id, influence: 5, interest: 1 });
    expect(moved).toMatchObject({ influence: 5, interest: 1 });
    expect(quadrantOf(moved.influence, moved.interest)).toBe('keep_satisfied');
    expect((await core.call('strategy.get', { id: strategyId })).updatedAt).toBe(new Date(wall).toISOString());
    expect(await core.call('history.state', {})).toMatchObject({ undoLabel: 'Undo move Students on the map' });

    const changes = core.sync.changesSince().length;
    await core.call('audience.place', { id: students.id, influence: 5, interest: 1 });
    expect(core.sync.changesSince().length).toBe(changes);

    await core.call('history.undo', {});
    expect(await core.call('audience.get', { id: students.id })).toMatchObject({ influence: 2, interest: 4 });
    await core.call('history.redo', {});
    expect(await core.call('audience.get', { id: students.id })).toMatchObject({ influence: 5, interest: 1 });
    // A form edit of one score keeps the other.
    await core.call('audience.update', { id: students.id, patch: { interest: 3 } });
    expect(await core.call('audience.get', { id: students.id })).toMatchObject({ influence: 5, interest: 3 });
    expect(await core.call('history.state', {})).toMatchObject({ undoLabel: 'Undo move Students on the map' });
  });

  it('keeps where the planner put an audience in the relationship graph', async () => {
    const { core } = handle;
    const students = await audience('Students');
    const placed = await core.call('audience.position', { id: students.id, x: 120.5, y: -40 });
    expect(placed).toMatchObject({ graphX: 120.5, graphY: -40 });
    expect(await core.call('history.state', {})).toMatchObject({ undoLabel: 'Undo arrange Students in the graph' });
    await expect(core.call('audience.position', { id: students.id, x: Number.POSITIVE_INFINITY, y: 0 })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('engagement log', () => {
  it('shows the latest contact, lists the log latest first and keeps it current', async () => {
    const { core } = handle;
    const students = await audience('Students');
    await core.call('engagement.create', { audienceId: students.id, date: '2027-02-01', kind: 'event', summary: 'Study fair' });
    const latest = await core.call('engagement.create', { audienceId: students.id, date: '2027-03-15', kind: 'meeting', summary: ' Student union ', outcome: 'Agreed a Q&A' });
    await core.call('engagement.create', { audienceId: students.id, date: '2026-11-20', kind: 'reply', summary: 'Answered a visa question' });
    expect(latest).toMatchObject({ summary: 'Student union', outcome: 'Agreed a Q&A', kind: 'meeting' });
    expect(await core.call('history.state', {})).toMatchObject({ undoLabel: 'Undo log reply with Students' });

    const detail = await core.call('audience.get', { id: students.id });
    expect(detail.latestContact).toBe('2027-03-15');
    expect(detail.engagements.map((e) => e.date)).toEqual(['2027-03-15', '2027-02-01', '2026-11-20']);
    expect((await core.call('audience.list', { strategyId }))[0]!.latestContact).toBe('2027-03-15');

    await core.call('engagement.remove', { id: latest.id });
    expect((await core.call('audience.get', { id: students.id })).latestContact).toBe('2027-02-01');
    const [first] = (await core.call('audience.get', { id: students.id })).engagements;
    await core.call('engagement.update', { id: first!.id, patch: { date: '2027-04-01' } });
    expect((await core.call('audience.list', { strategyId }))[0]!.latestContact).toBe('2027-04-01');
  });

  it('refuses an empty summary, a bad date and an audience that is gone', async () => {
    const { core } = handle;
    const students = await audience('Students');
    await expect(core.call('engagement.create', { audienceId: students.id, date: '2027-02-01', kind: 'event', summary: '  ' })).rejects.toMatchObject({
      issues: [{ path: 'summary', message: 'Summary cannot be empty' }],
    });
    await expect(core.call('engagement.create', { audienceId: students.id, date: '1 Feb', kind: 'event', summary: 'Fair' })).rejects.toMatchObject({
      issues: [{ path: 'date', message: 'Dates must be written as YYYY-MM-DD' }],
    });
    await core.call('audience.remove', { id: students.id });
    await expect(core.call('engagement.create', { audienceId: students.id, date: '2027-02-01', kind: 'event', summary: 'Fair' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('relationships', () => {
  it('links two audiences and lists, edits and removes the link', async () => {
    const { core } = handle;
    const lena = await audience('Lena Varga', { kind: 'journalist' });
    const courier = await audience('The Courier', { kind: 'news_outlet' });
    const link = await core.call('relationship.create', { fromId: lena.id, toId: courier.id, kind: 'works_for' });
    expect(link).toMatchObject({ strategyId, fromId: lena.id, toId: courier.id, kind: 'works_for', label: '' });
    expect(await core.call('history.state', {})).toMatchObject({ undoLabel: 'Undo link Lena Varga and The Courier' });
    expect((await core.call('audience.get', { id: courier.id })).relationships.map((r) => r.id)).toEqual([link.id]);
    await core.call('relationship.update', { id: link.id, patch: { kind: 'custom', label: 'freelances for' } });
    expect(await core.call('relationship.list', { strategyId })).toMatchObject([{ kind: 'custom', label: 'freelances for' }]);
    await core.call('relationship.remove', { id: link.id });
    expect(await core.call('relationship.list', { strategyId })).toEqual([]);
  });

  it('refuses a link to itself, to a missing or removed audience, across strategies, and twice', async () => {
    const { core } = handle;
    const a = await audience('A');
    const b = await audience('B');
    const gone = await audience('Gone');
    await core.call('audience.remove', { id: gone.id });
    const other = await core.call('strategy.create', { title: 'Other', year: 2027 });
    const elsewhere = await core.call('audience.create', { strategyId: other.id, name: 'Elsewhere', kind: 'custom' });
    const refusal = (toId: string, path = 'toId') => expect(core.call('relationship.create', { fromId: a.id, toId, kind: 'influences' })).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path }] });
    await refusal(a.id);
    await expect(core.call('relationship.create', { fromId: a.id, toId: a.id, kind: 'influences' })).rejects.toMatchObject({
      message: 'An audience cannot have a relationship with itself',
    });
    await refusal(gone.id);
    await refusal('no-such-audience');
    await expect(core.call('relationship.create', { fromId: gone.id, toId: a.id, kind: 'influences' })).rejects.toMatchObject({ issues: [{ path: 'fromId' }] });
    await refusal(elsewhere.id);
    await core.call('relationship.create', { fromId: a.id, toId: b.id, kind: 'influences' });
    await expect(core.call('relationship.create', { fromId: a.id, toId: b.id, kind: 'influences' })).rejects.toMatchObject({ message: 'A already influences B' });
    // "Influences" has a direction; "partners with" does not.
    await core.call('relationship.create', { fromId: b.id, toId: a.id, kind: 'influences' });
    await core.call('relationship.create', { fromId: a.id, toId: b.id, kind: 'partners_with' });
    await expect(core.call('relationship.create', { fromId: b.id, toId: a.id, kind: 'partners_with' })).rejects.toMatchObject({ message: 'B already partners with A' });
    expect(await core.call('relationship.list', { strategyId })).toHaveLength(3);
  });
});

describe('removing an audience', () => {
  it('takes its log, links and key messages with it, and one undo brings them all back', async () => {
    const { core } = handle;
    const x = await core.call('platform.create', { strategyId, kind: 'x' });
    const students = await audience('Students', { platformIds: [x.id] });
    const union = await audience('Student union');
    const kept = await core.call('engagement.create', { audienceId: students.id, date: '2027-02-01', kind: 'event', summary: 'Study fair' });
    const removedEarlier = await core.call('engagement.create', { audienceId: students.id, date: '2027-01-01', kind: 'reply', summary: 'Old reply' });
    await core.call('engagement.remove', { id: removedEarlier.id });
    const link = await core.call('relationship.create', { fromId: union.id, toId: students.id, kind: 'influences' });
    const message = await core.call('audienceMessage.create', { audienceId: students.id, text: 'Study in Aurelia', platformIds: [x.id] });
    const version = await core.call('messageVersion.create', { audienceMessageId: message.id, language: 'ar', text: 'ادرس في أوريليا' });

    await core.call('audience.remove', { id: students.id });
    expect((await core.call('audience.list', { strategyId })).map((a) => a.name)).toEqual(['Student union']);
    expect(await core.call('relationship.list', { strategyId })).toEqual([]);
    expect((await core.call('audience.get', { id: union.id })).relationships).toEqual([]);
    expect(await core.call('audienceMessage.list', { strategyId })).toEqual([]);
    await expect(core.call('audience.get', { id: students.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await core.call('history.state', {})).toMatchObject({ undoLabel: 'Undo remove Students' });

    await core.call('history.undo', {});
    const restored = await core.call('audience.get', { id: students.id });
    expect(restored.engagements.map((e) => e.id)).toEqual([kept.id]);
    expect(restored.relationships.map((r) => r.id)).toEqual([link.id]);
    expect(await core.call('audienceMessage.list', { strategyId })).toMatchObject([{ id: message.id, versions: [{ id: version.id, direction: 'rtl' }] }]);
    expect(await core.call('history.state', {})).toMatchObject({ redoLabel: 'Redo remove Students' });

    await core.call('history.redo', {});
    expect(await core.call('relationship.list', { strategyId })).toEqual([]);
    expect(await core.call('audienceMessage.list', { strategyId })).toEqual([]);
  });

  it('hides a link made on another laptop to an audience removed here, once both have synced', async () => {
    const other = tempCore();
    try {
      const a = await audience('A');
      const b = await audience('B');
      await other.core.sync.apply(handle.core.sync.changesSince());
      await other.core.call('relationship.create', { fromId: a.id, toId: b.id, kind: 'influences' });
      await handle.core.call('audience.remove', { id: b.id });
      await other.core.sync.apply(handle.core.sync.changesSince());
      await handle.core.sync.apply(other.core.sync.changesSince());
      for (const side of [handle.core, other.core]) {
        expect(await side.call('relationship.list', { strategyId })).toEqual([]);
        expect((await side.call('audience.get', { id: a.id })).relationships).toEqual([]);
      }
    } finally {
      other.cleanup();
    }
  });
});

describe('the sample embassy', () => {
  it('has about twenty fictional audiences of many kinds over all four quadrants, with their links and messages', async () => {
    const { core } = handle;
    const sample = await core.call('strategy.createSample', {});
    const audiences = await core.call('audience.list', { strategyId: sample.id });
    expect(audiences.length).toBe(20);
    expect(new Set(audiences.map((a) => a.kind)).size).toBeGreaterThanOrEqual(9);
    expect(new Set(audiences.map((a) => quadrantOf(a.influence, a.interest)))).toEqual(
      new Set(['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor']),
    );
    expect(audiences.some((a) => a.languages.includes('ar'))).toBe(true);
    expect(audiences.filter((a) => a.latestContact !== null).length).toBeGreaterThanOrEqual(8);
    expect(audiences.every((a) => a.platformIds.length > 0)).toBe(true);
    expect(audiences.filter((a) => a.kind === 'journalist').every((a) => a.lawfulBasis !== '' && a.reviewDate !== null)).toBe(true);
    expect(await core.call('relationship.list', { strategyId: sample.id })).toHaveLength(12);

    const house = await core.call('messageHouse.get', { strategyId: sample.id });
    expect(house.core?.text).toMatch(/Aurelia/);
    expect(house.pillars).toHaveLength(3);
    expect(house.pillars.every((p) => p.proofs.length >= 2)).toBe(true);
    const plan = await core.call('channelPlan.get', { strategyId: sample.id });
    expect(plan.messages.flatMap((m) => m.versions).some((v) => v.language === 'ar' && v.direction === 'rtl')).toBe(true);
    expect(plan.gaps).toEqual([
      expect.objectContaining({ reason: 'no_message', message: 'Young professionals in technology is a high-priority audience with no key message yet' }),
    ]);
  });

  it('makes as many audiences as asked, under unique names, for screenshots and benchmarks', async () => {
    const { core } = handle;
    const big = await core.call('strategy.createSample', { audiences: 500 });
    const audiences = await core.call('audience.list', { strategyId: big.id });
    expect(audiences).toHaveLength(500);
    expect(new Set(audiences.map((a) => a.name.toLowerCase())).size).toBe(500);
    const none = await core.call('strategy.createSample', { audiences: 0 });
    expect(await core.call('audience.list', { strategyId: none.id })).toEqual([]);
    await expect(core.call('strategy.createSample', { audiences: 5001 })).rejects.toMatchObject({ issues: [{ path: 'audiences' }] });
    await expect(core.call('strategy.createSample', { scale: 100, audiences: 5000 })).rejects.toMatchObject({
      issues: [{ path: 'audiences', message: 'At most 100,000 sample audiences in one go' }],
    });
  });

  it('is copied whole, with new ids, when the strategy is duplicated', async () => {
    const { core } = handle;
    const sample = await core.call('strategy.createSample', {});
    const copy = await core.call('strategy.duplicate', { id: sample.id });
    const [a, b] = await Promise.all([sample.id, copy.id].map((id) => core.call('channelPlan.get', { strategyId: id })));
    expect(b!.audiences.map((x) => x.name)).toEqual(a!.audiences.map((x) => x.name));
    expect(b!.messages.map((m) => [m.text, m.versions.map((v) => v.language)])).toEqual(a!.messages.map((m) => [m.text, m.versions.map((v) => v.language)]));
    expect(b!.cells.length).toBe(a!.cells.length);
    const copyPlatforms = new Set(b!.platforms.map((p) => p.id));
    expect(b!.audiences.flatMap((x) => x.platformIds).every((id) => copyPlatforms.has(id))).toBe(true);
    expect(b!.messages.every((m) => m.pillarId === null || !a!.messages.some((o) => o.pillarId === m.pillarId))).toBe(true);
    expect(await core.call('relationship.list', { strategyId: copy.id })).toHaveLength(12);
    expect((await core.call('messageHouse.get', { strategyId: copy.id })).pillars.map((p) => p.proofs.length)).toEqual(
      (await core.call('messageHouse.get', { strategyId: sample.id })).pillars.map((p) => p.proofs.length),
    );
  });
});
