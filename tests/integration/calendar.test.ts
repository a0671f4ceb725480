import ICAL from 'ical.js';
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

const post = (title: string, more: Record<string, unknown> = {}) =>
  handle.core.call('contentItem.create', {
    strategyId,
    title,
    variants: [
      { platformId: xId, text: `${title} on X` },
      { platformId: facebookId, text: `${title} on Facebook` },
    ],
    ...more,
  });

const nairobi = (date: string, time = '09:00') => ({ date, time, timeZone: 'Africa/Nairobi' });

describe('editorial calendar', () => {
  it('creates an item at 09:00 in Nairobi, finds it in the month, and keeps the backlog apart', async () => {
    const { core } = handle;
    const { item } = await post('Press freedom', { schedule: nairobi('2027-05-03'), language: 'EN', tags: ['press', ' Press'], hashtags: ['PressFreedom'] });
    expect(item).toMatchObject({
      status: 'idea',
      scheduledAt: '2027-05-03T06:00:00.000Z',
      timeZone: 'Africa/Nairobi',
      localDate: '2027-05-03',
      localTime: '09:00',
      language: 'en',
      tags: ['press'],
      hashtags: ['#PressFreedom'],
      mediaIds: [],
    });
    const backlogItem = (await post('Someday')).item;
    expect(backlogItem.scheduledAt).toBeNull();
    expect((await core.call('contentItem.backlog', { strategyId })).map((i) => i.title)).toEqual(['Someday']);
    const may = await core.call('calendar.range', { strategyId, from: '2027-05-01T00:00:00Z', to: '2027-06-01T00:00:00Z' });
    expect(may.items.map((i) => i.title)).toEqual(['Press freedom']);
    expect(may.entries).toEqual([{ itemId: item.id, at: '2027-05-03T06:00:00.000Z', localDate: '2027-05-03', localTime: '09:00', recurring: false }]);
    expect(may.observances.find((o) => o.id === 'world-press-freedom-day')).toMatchObject({ monthDay: '05-03', source: 'international' });
  });

  it('refuses an unknown time zone and references from elsewhere with clear messages', async () => {
    await expect(post('Bad zone', { schedule: { date: '2027-05-03', time: '09:00', timeZone: 'Mars/Olympus' } })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Unknown time zone "Mars/Olympus": use an IANA name such as Africa/Nairobi or Europe/Paris',
    });
    await expect(post('Bad platform', { variants: [{ platformId: 'nope', text: 'x' }] })).rejects.toMatchObject({ issues: [{ path: 'variants.0.platformId' }] });
    await expect(handle.core.call('campaign.create', { strategyId, name: 'Backwards', startDate: '2027-05-10', endDate: '2027-05-01' })).rejects.toMatchObject({
      message: 'The campaign ends before it starts; choose an end date on or after the start',
    });
  });

  it('moves an item to another day keeping its local time across DST, to the backlog and back, and undoes a move', async () => {
    const { core } = handle;
    const { item } = await post('Town hall', { schedule: { date: '2027-03-12', time: '09:00', timeZone: 'America/New_York' } });
    expect(item.scheduledAt).toBe('2027-03-12T14:00:00.000Z');
    const moved = await core.call('contentItem.move', { id: item.id, to: { date: '2027-03-15' } });
    expect(moved.item).toMatchObject({ scheduledAt: '2027-03-15T13:00:00.000Z', localDate: '2027-03-15', localTime: '09:00' });
    expect((await core.call('history.state', {})).undoLabel).toContain('move post "Town hall" to 15 March 2027');
    await core.call('history.undo', {});
    expect((await core.call('contentItem.get', { id: item.id })).localDate).toBe('2027-03-12');
    await core.call('contentItem.move', { id: item.id, to: null });
    expect((await core.call('contentItem.get', { id: item.id })).scheduledAt).toBeNull();
    const back = await core.call('contentItem.move', { id: item.id, to: { date: '2027-03-20', time: '14:30' } });
    expect(back.item).toMatchObject({ localDate: '2027-03-20', localTime: '14:30', timeZone: 'America/New_York' });
    handle.reopen();
    expect((await handle.core.call('contentItem.get', { id: item.id })).scheduledAt).toBe('2027-03-20T18:30:00.000Z');
  });

  it('expands a weekly series with an exception at its local time across DST', async () => {
    const { core } = handle;
    const { item } = await post('Weekly digest', {
      schedule: { date: '2027-03-22', time: '09:00', timeZone: 'Europe/London' },
      recurrence: { freq: 'weekly', byDay: ['MO'], exceptions: ['2027-04-05'] },
    });
    expect(item.recurrence).toMatchObject({ freq: 'weekly', interval: 1, byDay: ['MO'], exceptions: ['2027-04-05'] });
    const range = await core.call('calendar.range', { strategyId, from: '2027-03-20T00:00:00Z', to: '2027-04-20T00:00:00Z' });
    expect(range.entries.map((e) => `${e.localDate} ${e.localTime} ${e.at}`)).toEqual([
      '2027-03-22 09:00 2027-03-22T09:00:00.000Z',
      '2027-03-29 09:00 2027-03-29T08:00:00.000Z',
      '2027-04-12 09:00 2027-04-12T08:00:00.000Z',
      '2027-04-19 09:00 2027-04-19T08:00:00.000Z',
    ]);
  });

  it('runs the status workflow: approval records who and when; scheduling unapproved needs an override', async () => {
    const { core } = handle;
    const { item } = await post('Peace day', { schedule: nairobi('2027-09-21'), status: 'draft' });
    await expect(core.call('contentItem.setStatus', { id: item.id, status: 'scheduled' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('override'),
    });
    const forced = await core.call('contentItem.setStatus', { id: item.id, status: 'scheduled', override: true });
    expect(forced.item).toMatchObject({ status: 'scheduled', approvedBy: null });
    expect((await core.call('history.state', {})).undoLabel).toContain('schedule unapproved post "Peace day"');
    await core.call('contentItem.setStatus', { id: item.id, status: 'draft' });
    await core.call('contentItem.setStatus', { id: item.id, status: 'in_review' });
    const approved = await core.call('contentItem.setStatus', { id: item.id, status: 'approved', approver: 'Deputy head of mission' });
    expect(approved.item).toMatchObject({ status: 'approved', approvedBy: 'Deputy head of mission', approvedAt: '2027-04-01T08:00:00.000Z' });
    const scheduled = await core.call('contentItem.setStatus', { id: item.id, status: 'scheduled' });
    expect(scheduled.item).toMatchObject({ status: 'scheduled', approvedBy: 'Deputy head of mission' });
  });

  it('refuses approving a text over the X limit', async () => {
    const { core } = handle;
    const { item } = await core.call('contentItem.create', { strategyId, title: 'Long', variants: [{ platformId: xId, text: 'a'.repeat(281) }], status: 'draft' });
    await core.call('contentItem.setStatus', { id: item.id, status: 'in_review' });
    await expect(core.call('contentItem.setStatus', { id: item.id, status: 'approved', approver: 'A' })).rejects.toMatchObject({
      message: 'The text for X (281 of 280) is over the platform’s limit; shorten it before approving',
    });
  });

  it('warns (never refuses) on a move outside the campaign, unapproved, or overloading a platform', async () => {
    const { core } = handle;
    const campaign = await core.call('campaign.create', { strategyId, name: 'Press week', colour: '#AA3300', startDate: '2027-05-01', endDate: '2027-05-07' });
    expect(campaign.colour).toBe('#aa3300');
    for (let i = 0; i < 2; i++) await post(`Filler ${i}`, { schedule: nairobi('2027-05-12', `1${i}:00`) });
    const { item } = await post('Editorial', { schedule: nairobi('2027-05-03'), campaignId: campaign.id });
    const moved = await core.call('contentItem.move', { id: item.id, to: { date: '2027-05-12' } });
    expect(moved.item.localDate).toBe('2027-05-12');
    expect(moved.warnings.map((w) => w.kind).sort()).toEqual(['outside_campaign', 'platform_load', 'unapproved']);
    const load = moved.warnings.find((w) => w.kind === 'platform_load')!;
    expect(load.message).toBe('3 posts on Facebook on 12 May 2027 (more than 2 a day)');

    const audience = await core.call('audience.create', { strategyId, name: 'Students', kind: 'public_segment', priority: 'high' });
    const warnings = await core.call('calendar.warnings', { strategyId, from: '2027-05-01T00:00:00Z', to: '2027-06-01T00:00:00Z' });
    expect(warnings.find((w) => w.kind === 'audience_gap')).toMatchObject({ audienceId: audience.id, date: '2027-05', message: expect.stringMatching(/in May 2027$/) });
    expect(warnings.filter((w) => w.kind === 'platform_load')).toHaveLength(1);
  });

  it('adds, edits and removes national days beside the bundled international days', async () => {
    const { core } = handle;
    const day = await core.call('observance.create', { strategyId, name: 'Aurelia National Day', monthDay: '07-14', note: 'Independence, 1921' });
    await expect(core.call('observance.create', { strategyId, name: 'Nope', monthDay: '02-30' })).rejects.toMatchObject({ message: 'There is no 02-30 (month 2 has 29 days)' });
    const list = await core.call('observance.list', { strategyId });
    const names = list.map((o) => o.name);
    for (const name of ['World Press Freedom Day', 'International Day of Peace', 'United Nations Day', 'Human Rights Day', "International Women's Day", 'World Refugee Day', 'Aurelia National Day']) {
      expect(names).toContain(name);
    }
    const copy = await core.call('strategy.duplicate', { id: strategyId });
    expect((await core.call('observance.list', { strategyId: copy.id })).filter((o) => o.source === 'national').map((o) => o.name)).toEqual(['Aurelia National Day']);
    await core.call('observance.update', { id: day.id, patch: { monthDay: '07-15' } });
    await core.call('observance.remove', { id: day.id });
    expect((await core.call('observance.list', { strategyId })).some((o) => o.source === 'national')).toBe(false);
  });

  it('exports iCalendar with time zones that ical.js reads back to the same instants', async () => {
    const { core } = handle;
    const single = (await post('Press freedom', { schedule: nairobi('2027-05-03') })).item;
    const series = (
      await post('Weekly digest', {
        schedule: { date: '2027-03-22', time: '09:00', timeZone: 'Europe/London' },
        recurrence: { freq: 'weekly', byDay: ['MO'], until: '2027-04-19', exceptions: ['2027-04-05'] },
      })
    ).item;
    await core.call('campaign.create', { strategyId, name: 'Spring', startDate: '2027-03-01', endDate: '2027-05-31' });
    const file = await core.call('calendar.exportIcs', { strategyId });
    expect(file.fileName).toBe('Plan-calendar.ics');
    expect(file.content).toContain('DTSTART;TZID=Africa/Nairobi:20270503T090000');

    const calendar = new ICAL.Component(ICAL.parse(file.content));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['Africa/Nairobi', 'Europe/London']);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const press = byUid.get(`${single.id}@chancery`)!;
    expect(press.summary).toBe('Press freedom');
    expect(press.startDate.toJSDate().toISOString()).toBe('2027-05-03T06:00:00.000Z');
    expect(press.description).toContain('Press freedom on X');

    const digest = byUid.get(`${series.id}@chancery`)!;
    const iterator = digest.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (digest.isRecurrenceException() || digest.component.getAllProperties('exdate').some((p) => (p.getFirstValue() as ICAL.Time).compare(next!) === 0)) continue;
      starts.push(next.toJSDate().toISOString());
    }
    // 09:00 London each Monday: GMT before 28 March, BST after; 5 April is an exception.
    expect(starts).toEqual(['2027-03-22T09:00:00.000Z', '2027-03-29T08:00:00.000Z', '2027-04-12T08:00:00.000Z', '2027-04-19T08:00:00.000Z']);
    expect(events.find((e) => e.summary === 'Campaign: Spring')!.startDate.toString()).toBe('2027-03-01');
  });

  it('exports CSV with proper quoting and imports it back; a malformed file imports nothing', async () => {
    const { core } = handle;
    await core.call('campaign.create', { strategyId, name: 'Spring', startDate: '2027-03-01', endDate: '2027-05-31' });
    const campaignId = (await core.call('campaign.list', { strategyId }))[0]!.id;
    await core.call('contentItem.create', {
      strategyId,
      title: 'Quotes, "commas" and a title',
      notes: 'Quotes, "commas" and\nlines',
      variants: [{ platformId: xId, text: '=1+1 is not a formula; "hello", world' }],
      schedule: nairobi('2027-05-03'),
      campaignId,
      tags: ['press', 'culture'],
    });
    const csv = await core.call('calendar.exportCsv', { strategyId });
    expect(csv.content.startsWith('\uFEFFtitle,status,date,time,time_zone')).toBe(true);
    expect(csv.content).toContain('"Quotes, ""commas"" and\nlines"');
    expect(csv.content).toContain(`"'=1+1 is not a formula; ""hello"", world"`);

    const imported = await core.call('calendar.importCsv', { strategyId, content: csv.content });
    expect(imported.imported).toBe(1);
    expect(imported.items[0]).toMatchObject({
      title: 'Quotes, "commas" and a title',
      notes: 'Quotes, "commas" and\nlines',
      scheduledAt: '2027-05-03T06:00:00.000Z',
      timeZone: 'Africa/Nairobi',
      campaignId,
      tags: ['press', 'culture'],
      variants: [{ platformId: xId, text: '=1+1 is not a formula; "hello", world' }],
    });

    const before = (await core.call('calendar.range', { strategyId, from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' })).items.length;
    const bad = [
      'title,date,time,time_zone,campaign,status,text: X',
      'Fine row,2027-06-01,09:00,Africa/Nairobi,Spring,idea,Hello',
      'Bad zone,2027-06-02,09:00,Mars/Olympus,,idea,Hi',
      'Bad date,2027-02-30,09:00,UTC,Nowhere,approved,Hi',
    ].join('\n');
    const error = await core.call('calendar.importCsv', { strategyId, content: bad }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^Nothing was imported: 2 rows have problems/) });
    expect((error as { issues: { path: string; message: string }[] }).issues).toEqual([
      { path: 'row 3.time_zone', message: 'Unknown time zone "Mars/Olympus": use an IANA name such as Africa/Nairobi or Europe/Paris' },
      { path: 'row 4.approved_by', message: 'An item marked approved needs approved_by' },
      { path: 'row 4.date', message: '"2027-02-30" is not a date written as YYYY-MM-DD' },
      { path: 'row 4.campaign', message: 'No campaign named "Nowhere" in this strategy' },
    ]);
    await expect(core.call('calendar.importCsv', { strategyId, content: 'title\n"unclosed' })).rejects.toMatchObject({ message: expect.stringContaining('never closed') });
    expect((await core.call('calendar.range', { strategyId, from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' })).items.length).toBe(before);
  });

  it('removes an item and a campaign (its posts stay, outside any campaign), each undoable', async () => {
    const { core } = handle;
    const campaign = await core.call('campaign.create', { strategyId, name: 'Spring', startDate: '2027-03-01', endDate: '2027-05-31' });
    const { item } = await post('In spring', { schedule: nairobi('2027-04-02'), campaignId: campaign.id });
    await core.call('campaign.remove', { id: campaign.id });
    expect((await core.call('contentItem.get', { id: item.id })).campaignId).toBeNull();
    await core.call('history.undo', {});
    expect((await core.call('contentItem.get', { id: item.id })).campaignId).toBe(campaign.id);
    await core.call('contentItem.remove', { id: item.id });
    await expect(core.call('contentItem.get', { id: item.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('gives the sample strategy a quarter of posts on three platforms, campaigns, a series and a backlog', async () => {
    const { core } = handle;
    const sample = await core.call('strategy.createSample', {});
    const quarter = await core.call('calendar.range', { strategyId: sample.id, from: '2027-04-01T00:00:00Z', to: '2027-07-01T00:00:00Z' });
    expect(quarter.items.length).toBeGreaterThan(35);
    expect(quarter.campaigns.map((c) => c.name)).toEqual(['Study in Aurelia', 'Press Freedom Week', 'Green Aurelia']);
    expect(quarter.entries.filter((e) => e.recurring).length).toBeGreaterThan(10);
    const platforms = (await core.call('strategy.get', { id: sample.id })).platforms;
    const used = new Set(quarter.items.flatMap((i) => i.platformIds.map((id) => platforms.find((p) => p.id === id)!.kind)));
    expect([...used].sort()).toEqual(['facebook', 'instagram', 'x']);
    expect(quarter.items.find((i) => i.localDate === '2027-05-03')).toMatchObject({ title: 'World Press Freedom Day statement', localTime: '09:00', timeZone: 'Europe/Amsterdam' });
    expect((await core.call('contentItem.backlog', { strategyId: sample.id })).length).toBe(3);
    expect((await core.call('observance.list', { strategyId: sample.id })).some((o) => o.name === 'Aurelia National Day')).toBe(true);
    const big = await core.call('strategy.createSample', { items: 500 });
    const year = await core.call('calendar.range', { strategyId: big.id, from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' });
    expect(year.items.length).toBe(500);
  });

  it('syncs items, moves and status changes between two laptops, field by field', async () => {
    const other = tempCore({ now: () => Date.parse('2027-04-01T08:00:00.000Z') });
    try {
      const { item } = await post('Shared post', { schedule: nairobi('2027-05-03'), status: 'draft' });
      await other.core.sync.apply(handle.core.sync.changesSince());
      // Here the post moves; there someone edits its title. Both edits survive.
      await handle.core.call('contentItem.move', { id: item.id, to: { date: '2027-05-05' } });
      await other.core.call('contentItem.update', { id: item.id, patch: { title: 'Shared post, edited' } });
      await other.core.sync.apply(handle.core.sync.changesSince());
      await handle.core.sync.apply(other.core.sync.changesSince());
      const here = await handle.core.call('contentItem.get', { id: item.id });
      const there = await other.core.call('contentItem.get', { id: item.id });
      expect(here).toEqual(there);
      expect(here).toMatchObject({ title: 'Shared post, edited', localDate: '2027-05-05', localTime: '09:00' });
    } finally {
      other.cleanup();
    }
  });
});
