// calendar.exportIcs, calendar.exportCsv, calendar.importCsv: the calendar in and out of other tools.
import { and, eq, isNull } from 'drizzle-orm';
import { APPROVED_STATUSES, ITEM_STATUSES, type ContentItem, type ItemStatus, type PlatformVariant } from '../../shared/calendar';
import type { z } from 'zod';
import { hashtag, timeZone, type calendarCalls } from '../../shared/contract/calendar';
import { formatRule, isLocalTime, localToInstant, parseRule } from '../../shared/calendarTime';
import { DATE_RANGE_MESSAGE, localDateProblem } from '../../shared/dates';
import { PLATFORM_KIND_LABELS } from '../../shared/domain';
import { instant, shortText, text as longText, title as titleField, WEB_LINK_MESSAGE, isWebLink } from '../../shared/validation';
import { ChanceryError, type ErrorIssue } from '../../shared/errors';
import { canonicalLanguage, cleanList } from '../audiences/rules';
import type { FeatureHandlers } from '../context';
import { audiences, contentItems, strategies } from '../db/schema';
import { listPlatforms } from '../platforms/queries';
import { findStrategy } from '../strategy/rows';
import { approvalDigest } from './approval';
import { parseCsv, CsvSyntaxError, toCsv } from './csv';
import { buildIcs } from './ics';
import { allItems, findItem, itemsInRange, listCampaigns } from './queries';
import { putVariants } from './variants';

type ExchangeCalls = Pick<typeof calendarCalls, 'calendar.exportIcs' | 'calendar.exportCsv' | 'calendar.importCsv'>;

/** The fixed columns of the CSV, then one "text: <platform>" column per platform of the strategy. */
export const CSV_COLUMNS = [
  'title',
  'status',
  'date',
  'time',
  'time_zone',
  'scheduled_at_utc',
  'language',
  'campaign',
  'audiences',
  'assignee',
  'tags',
  'hashtags',
  'links',
  'notes',
  'approved_by',
  'approved_at',
  'recurrence',
  'recurrence_exceptions',
] as const;
const TEXT_PREFIX = 'text: ';
/** Lists inside one cell are separated by semicolons. */
const LIST_SEPARATOR = '; ';

function fileSlug(title: string): string {
  return title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'calendar';
}

export const exchangeHandlers: FeatureHandlers<ExchangeCalls> = {
  'calendar.exportIcs': (ctx, { strategyId, from, to }) => {
    const strategy = findStrategy(ctx, strategyId);
    const items = from && to ? itemsInRange(ctx, strategyId, new Date(from).toISOString(), new Date(to).toISOString()).items : allItems(ctx, strategyId);
    const content = buildIcs({
      calendarName: `${strategy.title} – editorial calendar`,
      items: items.filter((i) => i.status !== 'cancelled'),
      campaigns: listCampaigns(ctx, strategyId),
      platforms: listPlatforms(ctx, strategyId),
      now: ctx.now(),
    });
    return { fileName: `${fileSlug(strategy.title)}-calendar.ics`, mimeType: 'text/calendar; charset=utf-8', content };
  },

  'calendar.exportCsv': (ctx, { strategyId }) => {
    const strategy = findStrategy(ctx, strategyId);
    const platforms = listPlatforms(ctx, strategyId);
    const campaignName = new Map(listCampaigns(ctx, strategyId).map((c) => [c.id, c.name]));
    const audienceName = new Map(audienceRows(ctx, strategyId).map((a) => [a.id, a.name]));
    const header = [...CSV_COLUMNS, ...platforms.map((p) => `${TEXT_PREFIX}${p.name || PLATFORM_KIND_LABELS[p.kind]}`)];
    const rows = allItems(ctx, strategyId).map((item) => {
      const text = new Map(item.variants.map((v) => [v.platformId, v.text]));
      return [
        item.title,
        item.status,
        item.localDate ?? '',
        item.localTime ?? '',
        item.timeZone,
        item.scheduledAt ?? '',
        item.language,
        (item.campaignId && campaignName.get(item.campaignId)) ?? '',
        item.audienceIds.map((id) => audienceName.get(id)).filter(Boolean).join(LIST_SEPARATOR),
        item.assignee,
        item.tags.join(LIST_SEPARATOR),
        item.hashtags.join(' '),
        item.links.join(' '),
        item.notes,
        item.approvedBy ?? '',
        item.approvedAt ?? '',
        item.recurrence ? formatRule(item.recurrence) : '',
        item.recurrence?.exceptions.join(' ') ?? '',
        ...platforms.map((p) => text.get(p.id) ?? ''),
      ];
    });
    return { fileName: `${fileSlug(strategy.title)}-calendar.csv`, mimeType: 'text/csv; charset=utf-8', content: toCsv([header, ...rows]) };
  },

  'calendar.importCsv': (ctx, { strategyId, content }) => {
    findStrategy(ctx, strategyId);
    const refuse = (issues: ErrorIssue[]) => {
      const shown = issues.slice(0, 200);
      const rows = new Set(issues.map((i) => i.path.split('.')[0]));
      throw new ChanceryError(
        'invalid_input',
        `Nothing was imported: ${rows.size === 1 ? 'one row has' : `${rows.size} rows have`} problems. ${shown[0]!.path}: ${shown[0]!.message}`,
        shown,
      );
    };
    let parsed: ReturnType<typeof parseCsv>;
    try {
      parsed = parseCsv(content);
    } catch (error) {
      if (error instanceof CsvSyntaxError) refuse([{ path: `line ${error.line}`, message: error.message }]);
      throw error;
    }
    const [header, ...rows] = parsed.rows;
    if (!header) refuse([{ path: 'file', message: 'The file is empty; it needs a header row and at least one item' }]);
    const columns = header!.map((h) => h.trim());
    const issues: ErrorIssue[] = [];
    if (!columns.includes('title')) issues.push({ path: 'header', message: 'The header row needs a "title" column' });

    const platforms = listPlatforms(ctx, strategyId);
    const platformOfColumn = new Map<number, string>();
    columns.forEach((column, index) => {
      if (column.toLowerCase().startsWith(TEXT_PREFIX)) {
        const name = column.slice(TEXT_PREFIX.length).trim().toLowerCase();
        const platform = platforms.find((p) => p.name.toLowerCase() === name) ?? platforms.find((p) => PLATFORM_KIND_LABELS[p.kind].toLowerCase() === name);
        if (!platform) issues.push({ path: 'header', message: `"${column}" names no platform of this strategy` });
        else platformOfColumn.set(index, platform.id);
      } else if (!(CSV_COLUMNS as readonly string[]).includes(column)) {
        issues.push({ path: 'header', message: `Unknown column "${column}"` });
      }
    });
    if (rows.length === 0) issues.push({ path: 'file', message: 'The file has a header but no items' });
    if (issues.length > 0) refuse(issues);

    const campaignByName = new Map(listCampaigns(ctx, strategyId).map((c) => [c.name.toLowerCase(), c.id]));
    const audienceByName = new Map(audienceRows(ctx, strategyId).map((a) => [a.name.toLowerCase(), a.id]));
    const records: (Record<string, unknown> & { variants: PlatformVariant[] })[] = [];
    rows.forEach((cells, r) => {
      const where = `row ${parsed.lines[r + 1]}`;
      const fail = (column: string, message: string) => issues.push({ path: `${where}.${column}`, message });
      if (cells.length !== columns.length) {
        fail('columns', `Has ${cells.length} cells but the header has ${columns.length}`);
        return;
      }
      const get = (name: string) => {
        const index = columns.indexOf(name);
        return index < 0 ? '' : cells[index]!.trim();
      };
      const list = (name: string, separator: RegExp) => cleanList(get(name).split(separator));
      // Each cell obeys the rule the contract gives that field (one definition, in src/shared).
      const check = <T>(column: string, schema: z.ZodType<T>, value: unknown): T | null => {
        const result = schema.safeParse(value);
        if (result.success) return result.data;
        fail(column, result.error.issues[0]!.message);
        return null;
      };
      const title = check('title', titleField('Title'), get('title')) ?? '';
      const status = (get('status') || 'idea') as ItemStatus;
      if (!ITEM_STATUSES.includes(status)) fail('status', `Unknown status "${get('status')}" (use ${ITEM_STATUSES.join(', ')})`);
      const approvedBy = check('approved_by', shortText('approved_by'), get('approved_by')) ?? '';
      if (APPROVED_STATUSES.includes(status) && !approvedBy) fail('approved_by', `An item marked ${status} needs approved_by`);
      const approvedAt = approvedBy && get('approved_at') ? check('approved_at', instant, get('approved_at')) : null;
      const date = get('date');
      const time = get('time');
      const zone = check('time_zone', timeZone, get('time_zone') || 'UTC');
      let scheduledAt: string | null = null;
      if (zone !== null && (date || time)) {
        const dateProblem = csvDateProblem(date);
        if (dateProblem) fail('date', dateProblem);
        else if (!isLocalTime(time)) fail('time', `"${time}" is not a time written as HH:mm`);
        else scheduledAt = localToInstant(date, time, zone);
      }
      if ((status === 'scheduled' || status === 'published') && !scheduledAt) fail('date', `An item marked ${status} needs a date and time`);
      const language = get('language');
      if (language && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) fail('language', `"${language}" is not a language tag such as en or ar`);
      const campaign = get('campaign');
      const campaignId = campaign ? campaignByName.get(campaign.toLowerCase()) : null;
      if (campaign && !campaignId) fail('campaign', `No campaign named "${campaign}" in this strategy`);
      const audienceIds = list('audiences', /;/).map((name) => {
        const id = audienceByName.get(name.toLowerCase());
        if (!id) fail('audiences', `No audience named "${name}" in this strategy`);
        return id ?? '';
      });
      const links = list('links', /\s+/);
      for (const link of links) if (!isWebLink(link)) fail('links', `"${link}": ${WEB_LINK_MESSAGE}`);
      const ruleText = get('recurrence');
      const exceptions = list('recurrence_exceptions', /[\s;]+/);
      for (const d of exceptions) {
        const problem = csvDateProblem(d);
        if (problem) fail('recurrence_exceptions', problem);
      }
      const rule = ruleText ? parseRule(ruleText, exceptions) : null;
      if (ruleText && !rule) fail('recurrence', `"${ruleText}" is not a series such as FREQ=WEEKLY;INTERVAL=1;BYDAY=MO`);
      const variants: PlatformVariant[] = [];
      for (const [index, platformId] of platformOfColumn) {
        const text = check(columns[index]!, longText('The text'), cells[index]!) ?? '';
        if (text.trim()) variants.push({ platformId, text });
      }
      const notes = check('notes', longText('Notes'), get('notes')) ?? '';
      const tags = list('tags', /;/).map((tag) => check('tags', shortText('A tag'), tag) ?? '').filter(Boolean);
      const hashtags = list('hashtags', /[\s;,]+/).map((h) => (h.startsWith('#') ? h : `#${h}`));
      for (const h of hashtags) check('hashtags', hashtag, h);
      const assignee = check('assignee', shortText('Assignee'), get('assignee')) ?? '';
      const itemLanguage = language && canonicalLanguage(language);
      records.push({
        strategyId,
        title,
        status,
        scheduledAt,
        timeZone: zone ?? 'UTC',
        language: itemLanguage,
        campaignId: campaignId ?? null,
        audienceIds: JSON.stringify([...new Set(audienceIds)]),
        assignee,
        tags: JSON.stringify(tags),
        hashtags: JSON.stringify(hashtags),
        links: JSON.stringify(links),
        notes,
        approvedBy: approvedBy || null,
        approvedAt: approvedBy ? approvedAt : null,
        // The approval covers the texts as imported.
        approvedDigest: approvedBy ? approvalDigest({ variants, mediaIds: [], links, hashtags, language: itemLanguage ?? '' }) : null,
        recurrenceRule: rule && scheduledAt ? formatRule(rule) : null,
        recurrenceExceptions: JSON.stringify(rule ? exceptions : []),
        variants,
      });
    });
    if (issues.length > 0) refuse(issues);

    const ids = ctx.write(`import ${records.length} post${records.length === 1 ? '' : 's'} from CSV`, (w) => {
      w.touch(strategies, strategyId);
      return records.map(({ variants, ...record }) => {
        const id = w.insert(contentItems, { ...record, approvedAt: record.approvedBy ? ((record.approvedAt as string | null) ?? w.now) : null });
        putVariants(w, { id, strategyId }, variants);
        return id;
      });
    });
    const items: ContentItem[] = ids.map((id) => findItem(ctx, id));
    return { imported: items.length, items };
  },
};

function csvDateProblem(date: string): string | null {
  const problem = localDateProblem(date);
  if (problem === null) return null;
  return problem === DATE_RANGE_MESSAGE ? `"${date}": ${problem}` : `"${date}" is not a date written as YYYY-MM-DD`;
}

function audienceRows(ctx: Parameters<FeatureHandlers<ExchangeCalls>['calendar.exportCsv']>[0], strategyId: string) {
  return ctx.db
    .select({ id: audiences.id, name: audiences.name })
    .from(audiences)
    .where(and(eq(audiences.strategyId, strategyId), isNull(audiences.deletedAt)))
    .all();
}
