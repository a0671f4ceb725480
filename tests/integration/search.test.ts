import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncedTableNamed } from '../../src/core/db/tables';
import { FOLDED_LETTERS, foldedCodePoints, foldSql } from '../../src/core/search/fold';
import { tempCore, tempDir, type TempCore } from '../support/tempCore';

let handle: TempCore;
let strategyId: string;
beforeEach(async () => {
  handle = tempCore();
  strategyId = (await handle.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
});
afterEach(() => handle.cleanup());

const search = (query: string, more: Record<string, unknown> = {}) => handle.core.call('search.query', { query, ...more });
const ids = async (query: string) => (await search(query)).map((h) => h.id);

describe('full-text search', () => {
  it('finds audiences by name, needs, notes, tags and regions, and everything written about them', async () => {
    const { core } = handle;
    const students = await core.call('audience.create', {
      strategyId,
      name: 'Students in Nordhaven',
      kind: 'public_segment',
      needs: 'Scholarship information',
      notes: 'Best reached through student unions',
      tags: ['youth'],
      regions: ['North Coast'],
    });
    const fair = await core.call('engagement.create', { audienceId: students.id, date: '2027-02-01', kind: 'event', summary: 'Study fair', outcome: 'Many visa questions' });
    const message = await core.call('audienceMessage.create', { audienceId: students.id, text: 'Study in Aurelia with a scholarship' });
    const french = await core.call('messageVersion.create', { audienceMessageId: message.id, language: 'fr', text: 'Étudiez en Aurelia avec une bourse' });
    const pillar = await core.call('pillar.create', { strategyId, text: 'Education and mobility' });

    expect(await ids('nordhaven')).toEqual([students.id]);
    expect(await ids('unions')).toEqual([students.id]);
    expect(await ids('youth')).toEqual([students.id]);
    expect(await ids('north coast')).toEqual([students.id]);
    expect(await ids('visa')).toEqual([fair.id]);
    expect(await ids('bourse')).toEqual([french.id]);
    expect(await ids('mobility')).toEqual([pillar.id]);
    expect(new Set(await ids('scholarship'))).toEqual(new Set([students.id, message.id]));

    const hits = await search('stud');
    expect(hits.find((h) => h.id === fair.id)).toMatchObject({
      kind: 'engagement',
      strategyId,
      audienceId: students.id,
      title: 'Event with Students in Nordhaven on 2027-02-01',
      snippet: '[[Study]] fair',
    });
    expect((await search('bourse'))[0]).toMatchObject({ kind: 'message_version', title: 'French key message for Students in Nordhaven', snippet: 'Étudiez en Aurelia avec une [[bourse]]' });
    expect((await search('mobility'))[0]).toMatchObject({ kind: 'house_message', audienceId: null, title: 'Message house: pillar' });
    expect((await search('nordhaven'))[0]).toMatchObject({ kind: 'audience', title: 'Students in Nordhaven', snippet: 'Students in [[Nordhaven]]' });
  });

  it('ranks a title match first, keeps to one strategy when asked, and honours the limit', async () => {
    const { core } = handle;
    const other = await core.call('strategy.create', { title: 'Other', year: 2027 });
    const named = await core.call('audience.create', { strategyId, name: 'Climate network', kind: 'ngo' });
    const noted = await core.call('audience.create', { strategyId, name: 'Students', kind: 'public_segment', notes: 'Some care about climate, among many other things they discuss at length' });
    const elsewhere = await core.call('audience.create', { strategyId: other.id, name: 'Climate youth', kind: 'online_community' });
    expect((await ids('climate'))[0]).toBe(named.id);
    expect(new Set(await ids('climate'))).toEqual(new Set([named.id, noted.id, elsewhere.id]));
    expect(await handle.core.call('search.query', { query: 'climate', strategyId: other.id }).then((h) => h.map((x) => x.id))).toEqual([elsewhere.id]);
    expect(await search('climate', { limit: 1 })).toHaveLength(1);
  });

  it('matches Arabic with or without vowel marks and tatweel, and Latin with or without accents', async () => {
    const { core } = handle;
    const vowelled = await core.call('audience.create', { strategyId, name: 'الطُّلَّابُ فِي نوردهافن', kind: 'public_segment' });
    const plain = await core.call('audience.create', { strategyId, name: 'المجتمع المدني', kind: 'ngo', notes: 'شكرًا على الدعوة' });
    const stretched = await core.call('audience.create', { strategyId, name: 'الصحافـــة', kind: 'news_outlet' });
    const accented = await core.call('audience.create', { strategyId, name: 'Café Zürich São Paulo', kind: 'interest_group' });
    const decomposed = await core.call('audience.create', { strategyId, name: 'Re\u0301sume\u0301 writers', kind: 'interest_group' });

    expect(await ids('الطلاب')).toEqual([vowelled.id]);
    expect(await ids('الطُّلَّاب')).toEqual([vowelled.id]);
    expect(await ids('الطل')).toEqual([vowelled.id]); // prefix while typing
    expect(await ids('المدني')).toEqual([plain.id]);
    expect(await ids('شكرا')).toEqual([plain.id]);
    expect(await ids('الصحافة')).toEqual([stretched.id]);
    expect(await ids('cafe zurich')).toEqual([accented.id]);
    expect(await ids('SAO PAULO')).toEqual([accented.id]);
    expect(await ids('résumé')).toEqual([decomposed.id]);
    expect(await ids('resume')).toEqual([decomposed.id]);
    expect((await search('الطلاب'))[0]!.title).toBe('الطُّلَّابُ فِي نوردهافن');
    expect((await search('الطلاب'))[0]!.snippet).toBe('[[الطُّلَّابُ]] فِي نوردهافن');
    expect((await search('شكرا'))[0]!.snippet).toBe('[[شكرًا]] على الدعوة');
  });

  it('strips in SQL exactly the marks the query side strips', async () => {
    const { core } = handle;
    // Every folded mark between two letters: once folded, the name is the plain word "بب".
    const name = `ب${foldedCodePoints().map((cp) => String.fromCodePoint(cp)).join('')}ب`;
    const audience = await core.call('audience.create', { strategyId, name, kind: 'custom' });
    expect(await ids('بب')).toEqual([audience.id]);
  });

  it('folds in SQL exactly the letters the query side folds', async () => {
    const { core } = handle;
    for (const [from, to] of FOLDED_LETTERS) {
      const [a, b] = [String.fromCodePoint(from), String.fromCodePoint(to)];
      const audience = await core.call('audience.create', { strategyId, name: `zq${a}zq`, kind: 'custom' });
      expect(await ids(`zq${b}zq`), a).toEqual([audience.id]);
      expect(await ids(`zq${a}zq`), a).toEqual([audience.id]);
      await core.call('audience.remove', { id: audience.id });
    }
    handle.core.close();
    const db = new Database(path.join(handle.dataDir, 'chancery.sqlite'), { readonly: true });
    const view = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_source'").get() as { sql: string }).sql;
    db.close();
    handle.reopen();
    expect(view).toContain(`${foldSql('title')} AS title`);
    expect(view).toContain(`${foldSql('body')} AS body`);
  });

  it('finds a word in the middle of a Chinese or Japanese sentence, two characters or more', async () => {
    const { core } = handle;
    const chinese = await core.call('audience.create', { strategyId, name: '中国高校学生', kind: 'public_segment', notes: '我们支持外交政策的公开对话' });
    const japanese = await core.call('audience.create', { strategyId, name: '日本の記者', kind: 'news_outlet', notes: '日本の外交政策について説明します' });

    expect(await ids('外交')).toEqual(expect.arrayContaining([chinese.id, japanese.id]));
    expect(await ids('外交政策')).toHaveLength(2);
    expect(await ids('对话')).toEqual([chinese.id]);
    expect(await ids('学生')).toEqual([chinese.id]);
    expect(await ids('公开 对话')).toEqual([chinese.id]);
    expect(await ids('について')).toEqual([japanese.id]);
    expect(await ids('記者')).toEqual([japanese.id]);
    expect(await ids('政策 説明')).toEqual([japanese.id]);
    expect(await ids('外交部')).toEqual([]);
    // The matched piece is marked in the snippet, not the whole sentence.
    expect((await search('对话')).find((h) => h.id === chinese.id)!.snippet).toBe('我们支持外交政策的公开[[对话]]');
    expect((await search('外交政策')).find((h) => h.id === japanese.id)!.snippet).toBe('日本の[[外交政策]]について説明します');
    // A sentence that starts with the piece marks the piece, not the whole run of text before a space.
    expect((await search('中国'))[0]).toMatchObject({ id: chinese.id, snippet: '[[中国]]高校学生' });
    expect((await search('日本の外交'))[0]).toMatchObject({ id: japanese.id, snippet: '[[日本の外交]]政策について説明します' });
  });

  it('finds Arabic words behind attached prefixes, with any alef, harakat or tatweel', async () => {
    const { core } = handle;
    const dialogue = await core.call('audience.create', { strategyId, name: 'منتدى الشباب', kind: 'public_segment', notes: 'نؤمن بالحوار والتعاون للسلام كالأصدقاء فالمستقبل لنا' });
    const announcement = await core.call('audience.create', { strategyId, name: 'إعلاميو آسيا', kind: 'news_outlet', notes: 'أخبار الإعلام' });
    const stretched = await core.call('audience.create', { strategyId, name: 'الحـــوارُ الوطنيّ', kind: 'ngo' });

    expect(await ids('الحوار')).toEqual([stretched.id, dialogue.id]); // the whole word first
    expect(await ids('حوار')).toEqual(expect.arrayContaining([dialogue.id, stretched.id]));
    expect(await ids('التعاون')).toEqual([dialogue.id]); // و + ال
    expect(await ids('السلام')).toEqual([dialogue.id]); // ل + ال written لل
    expect(await ids('الأصدقاء')).toEqual([dialogue.id]); // ك
    expect(await ids('المستقبل')).toEqual([dialogue.id]); // ف
    expect(await ids('اعلاميو')).toEqual([announcement.id]); // إ written as ا
    expect(await ids('أعلاميو')).toEqual([announcement.id]);
    expect(await ids('اسيا')).toEqual([announcement.id]); // آ
    expect(await ids('اخبار')).toEqual([announcement.id]);
    expect(await ids('الإعلام')).toEqual([announcement.id]);
    expect(await ids('الحِوار')).toEqual([stretched.id, dialogue.id]);
    expect((await search('الحوار')).find((h) => h.id === dialogue.id)!.snippet).toContain('ب[[الحوار]]');
    // Snippets read as the text was written: with its hamzas, madda, vowel marks and tatweel.
    expect((await search('اعلاميو'))[0]!.snippet).toBe('[[إعلاميو]] آسيا');
    expect((await search('اسيا'))[0]!.snippet).toBe('إعلاميو [[آسيا]]');
    expect((await search('الحوار'))[0]!.snippet).toBe('[[الحـــوارُ]] الوطنيّ');
  });

  it('finds Hebrew words behind attached prefixes, with or without points', async () => {
    const { core } = handle;
    const peace = await core.call('audience.create', { strategyId, name: 'תנועת נוער', kind: 'ngo', notes: 'והשלום בירושלים, למשפחות ומהצפון שהגיעו' });
    expect(await ids('שלום')).toEqual([peace.id]); // ו + ה
    expect(await ids('ירושלים')).toEqual([peace.id]); // ב
    expect(await ids('משפחות')).toEqual([peace.id]); // ל
    expect(await ids('הצפון')).toEqual([peace.id]); // מ
    expect(await ids('הגיעו')).toEqual([peace.id]); // ש
    expect(await ids('שָׁלוֹם')).toEqual([peace.id]);
    expect(await ids('נוער')).toEqual([peace.id]);
  });

  it('finds Russian in any case and with ё or е', async () => {
    const { core } = handle;
    const press = await core.call('audience.create', { strategyId, name: 'Посольство в Москве', kind: 'news_outlet', notes: 'Ещё раз о ЁЛКАХ и Йошкар-Оле' });
    const plain = await core.call('audience.create', { strategyId, name: 'Студенты', kind: 'public_segment', notes: 'еще одна встреча, елка' });
    expect(await ids('посольство')).toEqual([press.id]);
    expect(await ids('МОСКВЕ')).toEqual([press.id]);
    expect(await ids('сольст')).toEqual([press.id]); // inside a word
    expect(new Set(await ids('еще'))).toEqual(new Set([press.id, plain.id]));
    expect(new Set(await ids('ЕЩЁ'))).toEqual(new Set([press.id, plain.id]));
    expect(new Set(await ids('ёлка'))).toEqual(new Set([press.id, plain.id]));
    expect(await ids('йошкар')).toEqual([press.id]);
    expect(await ids('иошкар')).toEqual([]); // й is a letter of its own
    expect(await ids('студенты встреча')).toEqual([plain.id]);
    expect((await search('еще')).find((h) => h.id === press.id)!.snippet).toBe('[[Ещё]] раз о ЁЛКАХ и Йошкар-Оле');
    expect((await search('лках')).find((h) => h.id === press.id)!.snippet).toBe('Ещё раз о Ё[[ЛКАХ]] и Йошкар-Оле');
  });

  it('ranks whole words and word starts before pieces inside words, and keeps those snippets readable', async () => {
    const { core } = handle;
    const inside = await core.call('audience.create', { strategyId, name: 'Party members', kind: 'custom', notes: 'They meet at the start of every month in the old town hall of Nordhaven' });
    const whole = await core.call('audience.create', { strategyId, name: 'Art council', kind: 'custom' });
    const start = await core.call('audience.create', { strategyId, name: 'Students', kind: 'custom', notes: 'Interested in articles' });
    expect(await ids('art')).toEqual([whole.id, start.id, inside.id]);
    const hit = (await search('art')).find((h) => h.id === inside.id)!;
    expect(hit.snippet).toBe('P[[art]]y members');
    const body = (await search('ordhave')).find((h) => h.id === inside.id)!;
    expect(body.snippet).toMatch(/^…\S.* hall of N\[\[ordhave\]\]n$/); // cut at a space, not inside a word
    expect(body.snippet.length).toBeLessThan(70);
  });

  it('never fails on hostile or odd input: it finds nothing instead', async () => {
    const { core } = handle;
    await core.call('audience.create', { strategyId, name: 'AND OR NOT NEAR', kind: 'custom', notes: 'quotes " and stars *' });
    for (const query of ['"', 'AND(', '"AND"', 'NEAR(a b', '*', '***', 'title:x', 'kind:audience', '^', '-', 'a AND', '(((', "'; DROP TABLE audiences; --", '\u0301', '🙂', '\u0000', 'a'.repeat(200)]) {
      await expect(search(query), query).resolves.toBeInstanceOf(Array);
    }
    expect((await search('AND(')).length).toBe(1);
    expect((await search('near or')).length).toBe(1);
    expect(await search('"')).toEqual([]);
    await expect(search('   ')).rejects.toMatchObject({ code: 'invalid_input', message: 'Type something to search for' });
    await expect(search('a'.repeat(201))).rejects.toMatchObject({ message: 'That search is too long' });
    expect((await core.call('audience.list', { strategyId })).length).toBe(1);
  });

  it('follows edits, removals and undo', async () => {
    const { core } = handle;
    const students = await core.call('audience.create', { strategyId, name: 'Students', kind: 'public_segment' });
    const message = await core.call('audienceMessage.create', { audienceId: students.id, text: 'Scholarships for everyone' });
    await core.call('messageVersion.create', { audienceMessageId: message.id, language: 'ar', text: 'منح دراسية للجميع' });
    await core.call('audience.update', { id: students.id, patch: { name: 'Undergraduates' } });
    expect(await ids('students')).toEqual([]);
    expect(await ids('undergraduates')).toEqual([students.id]);
    // A drag does not touch the index but must not disturb it either.
    await core.call('audience.place', { id: students.id, influence: 1, interest: 5 });
    expect(await ids('undergraduates')).toEqual([students.id]);

    await core.call('audience.remove', { id: students.id });
    expect(await search('undergraduates')).toEqual([]);
    expect(await search('scholarships')).toEqual([]);
    expect(await search('منح')).toEqual([]);
    await core.call('history.undo', {});
    expect(await ids('undergraduates')).toEqual([students.id]);
    expect((await search('منح'))[0]).toMatchObject({ kind: 'message_version', title: 'Arabic key message for Undergraduates' });

    const pillar = await core.call('pillar.create', { strategyId, text: 'Green transition' });
    const proof = await core.call('proof.create', { pillarId: pillar.id, text: 'Offshore wind' });
    expect(await ids('offshore')).toEqual([proof.id]);
    await core.call('houseMessage.remove', { id: pillar.id });
    expect(await ids('offshore')).toEqual([]);
  });

  it('indexes changes applied from another laptop, and drops rows removed there', async () => {
    const remote = tempCore();
    try {
      const { core } = remote;
      const theirs = await core.call('strategy.create', { title: 'Remote plan', year: 2027 });
      const audience = await core.call('audience.create', { strategyId: theirs.id, name: 'Diaspora in Qasr al-Nur', kind: 'online_community' });
      const message = await core.call('audienceMessage.create', { audienceId: audience.id, text: 'Consular services' });
      await core.call('messageVersion.create', { audienceMessageId: message.id, language: 'ar', text: 'الخدمات القنصلية' });
      await handle.core.sync.apply(core.sync.changesSince());
      expect(await ids('diaspora')).toEqual([audience.id]);
      expect((await search('القنصلية'))[0]).toMatchObject({ kind: 'message_version', strategyId: theirs.id, audienceId: audience.id });

      const since = core.sync.changesSince().at(-1)!.hlc;
      await core.call('audience.update', { id: audience.id, patch: { name: 'Community in Qasr al-Nur' } });
      await handle.core.sync.apply(core.sync.changesSince(since));
      expect(await ids('diaspora')).toEqual([]);
      expect(await ids('community')).toEqual([audience.id]);

      await core.call('audience.remove', { id: audience.id });
      await handle.core.sync.apply(core.sync.changesSince());
      expect(await search('community')).toEqual([]);
      expect(await search('القنصلية')).toEqual([]);
    } finally {
      remote.cleanup();
    }
  });

  it('sets aside a malformed list from another replica, without blocking the sync', async () => {
    const NODE = '0123456789abcdef';
    const stamp = (n: number) => `2020-01-01T00:00:00.000Z-${n.toString(16).padStart(4, '0')}-${NODE}`;
    const field = (n: number, column: string, value: string) => ({ hlc: stamp(n), replica: NODE, table: 'audiences', rowId: 'remote-audience', column, value });
    const result = await handle.core.sync.apply([field(1, 'strategy_id', strategyId), field(2, 'name', 'Remote'), field(3, 'tags', '["unclosed'), field(4, 'regions', '{"not":"a list"}')]);
    expect(result.refused.map((r) => r.reason)).toEqual([
      'audiences.tags of row remote-audience: is not valid JSON (value "[\\"unclosed")',
      expect.stringMatching(/^audiences\.regions of row remote-audience: /),
    ]);
    expect(await ids('unclosed')).toEqual([]);
    expect(await ids('Remote')).toEqual(['remote-audience']);
    expect((await handle.core.call('audience.get', { id: 'remote-audience' })).tags).toEqual([]);
  });

  it('hides a translation written on another laptop for a message removed here', async () => {
    const { core } = handle;
    const remote = tempCore();
    try {
      const students = await core.call('audience.create', { strategyId, name: 'Students', kind: 'public_segment' });
      const message = await core.call('audienceMessage.create', { audienceId: students.id, text: 'Scholarships' });
      await remote.core.sync.apply(core.sync.changesSince());
      await remote.core.call('messageVersion.create', { audienceMessageId: message.id, language: 'fr', text: 'Des bourses pour vous' });
      await core.call('audienceMessage.remove', { id: message.id });
      await core.sync.apply(remote.core.sync.changesSince());
      expect(await search('bourses')).toEqual([]);
    } finally {
      remote.cleanup();
    }
  });
});

describe('the search index', () => {
  const SEARCHED = ['audiences', 'engagements', 'house_messages', 'audience_messages', 'message_versions'];

  it('has an insert and an update trigger on every searched table, and is never synced', () => {
    handle.core.close();
    const db = new Database(path.join(handle.dataDir, 'chancery.sqlite'), { readonly: true });
    const triggers = db.prepare("SELECT tbl_name AS t, name FROM sqlite_master WHERE type = 'trigger'").all() as { t: string; name: string }[];
    db.close();
    handle.reopen();
    // A later migration that recreates one of these tables drops its triggers; this test catches it.
    for (const table of SEARCHED) expect(triggers.filter((t) => t.t === table).map((t) => t.name).sort()).toEqual([`search_${table}_insert`, `search_${table}_update`]);
    for (const name of ['search_index', 'search_grams', 'search_keys', 'search_source', 'search_text']) expect(syncedTableNamed(name)).toBeNull();
  });

  it('refuses a change from another replica that names the index', async () => {
    const NODE = '0123456789abcdef';
    const change = { hlc: `2020-01-01T00:00:00.000Z-0000-${NODE}`, replica: NODE, table: 'search_index', rowId: 'x', column: 'title', value: 'injected' };
    await expect(handle.core.sync.apply([change])).rejects.toThrow(/unknown table/);
  });

  it('is filled from the rows already there when the search migration runs', async () => {
    // An app without the search migration writes some rows; the upgrade then indexes them.
    const { repo, root } = appBefore('0002_search');
    handle.cleanup();
    handle = tempCore({ appRoot: root });
    // No calendar: its tables come with a later migration.
    const before = await handle.core.call('strategy.createSample', { items: 0 });
    const removed = (await handle.core.call('audience.list', { strategyId: before.id }))[0]!;
    await handle.core.call('audience.remove', { id: removed.id });
    const core = handle.reopen({ appRoot: repo });
    const hits = await core.call('search.query', { query: 'Courier' });
    expect(hits.map((h) => h.title)).toContain('The Nordhaven Courier');
    expect(await core.call('search.query', { query: removed.name })).toEqual([]);
    expect((await core.call('search.query', { query: 'المياه' })).length).toBeGreaterThan(0);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('is rebuilt for every script from the rows already there when the scripts migration runs', async () => {
    const { repo, root } = appBefore('0007_search_scripts');
    handle.cleanup();
    handle = tempCore({ appRoot: root });
    const plan = await handle.core.call('strategy.create', { title: 'Plan', year: 2027 });
    const chinese = await handle.core.call('audience.create', { strategyId: plan.id, name: '中国高校学生', kind: 'public_segment', notes: '我们支持外交政策的公开对话' });
    const arabic = await handle.core.call('audience.create', { strategyId: plan.id, name: 'إعلاميون', kind: 'news_outlet', notes: 'نؤمن بالحوار' });
    const russian = await handle.core.call('audience.create', { strategyId: plan.id, name: 'Ёлки', kind: 'custom' });
    const gone = await handle.core.call('audience.create', { strategyId: plan.id, name: 'Удалённые', kind: 'custom' });
    await handle.core.call('audience.remove', { id: gone.id });
    const core = handle.reopen({ appRoot: repo });
    const found = async (query: string) => (await core.call('search.query', { query })).map((h) => h.id);
    expect(await found('外交')).toEqual([chinese.id]);
    expect(await found('对话')).toEqual([chinese.id]);
    expect(await found('الحوار')).toEqual([arabic.id]);
    expect(await found('اعلاميون')).toEqual([arabic.id]);
    expect(await found('елки')).toEqual([russian.id]);
    expect(await found('удаленные')).toEqual([]);
    // And the triggers keep both indexes current afterwards.
    await core.call('audience.update', { id: chinese.id, patch: { notes: '文化交流' } });
    expect(await found('外交')).toEqual([]);
    expect(await found('交流')).toEqual([chinese.id]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

/** A copy of the app as it was before the migration `tag` (drizzle applies only migrations newer than the last applied). */
function appBefore(tag: string): { repo: string; root: string } {
  const repo = path.resolve(__dirname, '../..');
  const root = tempDir('chancery-app-');
  fs.cpSync(path.join(repo, 'drizzle'), path.join(root, 'drizzle'), { recursive: true });
  fs.symlinkSync(path.join(repo, 'resources'), path.join(root, 'resources'));
  const journalFile = path.join(root, 'drizzle', 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const later = journal.entries.slice(journal.entries.findIndex((e) => e.tag === tag));
  journal.entries = journal.entries.slice(0, journal.entries.length - later.length);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  for (const entry of later) fs.rmSync(path.join(root, 'drizzle', `${entry.tag}.sql`));
  return { repo, root };
}
