// The brief as plain blocks (headings, paragraphs, lists, tables), from the same data and in the same
// sections and order as the PDF. The DOCX and Markdown writers render these blocks; no markup here.
import { AUDIENCE_KIND_LABELS, STANCE_LABELS, quadrantOf, QUADRANT_LABELS, type Audience } from '../../shared/audiences';
import { BRIEF_SECTION_LABELS, type BriefSection } from '../../shared/documents';
import { OBJECTIVE_KIND_LABELS, PLATFORM_KIND_LABELS, PLATFORM_STATUS_LABELS, SETUP_CHECKLIST, STRATEGY_STATUS_LABELS, type Kpi, type Platform } from '../../shared/domain';
import { kpiProgress } from '../../shared/progress';
import { localWhen, monthLabel } from './calendarData';
import { formatDate, languageName, sectionsWithData, setupDone, summary, type BriefData } from './render';

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'muted' | 'quote' | 'strong'; direction?: 'ltr' | 'rtl' }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][]; numeric?: boolean[] };

export interface BriefSectionBlocks {
  section: BriefSection;
  /** "1 Executive summary", as the PDF numbers it. */
  heading: string;
  blocks: Block[];
}

export interface BriefOutline {
  title: string;
  marking: string;
  cover: { kicker: string; title: string; mission: string; facts: [string, string][] } | null;
  contents: boolean;
  sections: BriefSectionBlocks[];
}

export interface OutlineOptions {
  sections: readonly BriefSection[];
  marking: string;
  date: string;
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const fmt = (n: number | null) => (n === null ? '–' : numberFormat.format(n));
const pct = (p: number | null) => (p === null ? '–' : `${Math.round(p * 100)}%`);

/** The title the PDF prints: the strategy's, with its year added when it lacks one. */
export function briefTitle(data: BriefData): string {
  const { strategy } = data;
  return strategy.title.includes(String(strategy.year)) ? strategy.title : `${strategy.title} ${strategy.year}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The paragraphs of a piece of our own generated HTML, as plain text. */
export function htmlParagraphs(markup: string): string[] {
  return markup
    .split(/<\/(?:p|blockquote)>/)
    .map((part) => part.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!).replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
}

/** The direction a paragraph runs, by its first strong letter (like dir="auto"). */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const strong = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]|[\p{L}]/u.exec(text);
  return strong && /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(strong[0]) ? 'rtl' : 'ltr';
}

export function buildOutline(data: BriefData, options: OutlineOptions): BriefOutline {
  const { strategy } = data;
  const title = briefTitle(data);
  const present = sectionsWithData(data, options.sections);
  const numbered = present.filter((s) => s !== 'cover' && s !== 'contents');
  const sections = numbered.map((section, index) => ({
    section,
    heading: `${index + 1} ${BRIEF_SECTION_LABELS[section]}`,
    blocks: sectionBlocks(section, data, options.date),
  }));
  const facts: [string, string][] = [['Year', String(strategy.year)]];
  if (strategy.mission) facts.push(['Mission or unit', strategy.mission]);
  facts.push(['Date', formatDate(options.date)]);
  facts.push(['Version', `${STRATEGY_STATUS_LABELS[strategy.status]}, last edited ${formatDate(strategy.updatedAt)}`]);
  facts.push(['Classification', options.marking]);
  return {
    title,
    marking: options.marking,
    cover: present.includes('cover') ? { kicker: `Digital diplomacy strategy · ${strategy.year}`, title: strategy.title, mission: strategy.mission, facts } : null,
    contents: present.includes('contents'),
    sections,
  };
}

function sectionBlocks(section: BriefSection, data: BriefData, date: string): Block[] {
  switch (section) {
    case 'summary':
      return htmlParagraphs(summary(data).value).map((text) => ({ kind: 'paragraph', text }));
    case 'objectives':
      return objectives(data);
    case 'priorities':
      return data.strategy.priorities.flatMap((p, i): Block[] => [
        { kind: 'paragraph', text: `${i + 1}. ${p.title}`, tone: 'strong' },
        ...(p.description ? [{ kind: 'paragraph', text: p.description } as Block] : []),
      ]);
    case 'platforms':
      return [platforms(data.strategy.platforms)];
    case 'audiences':
      return audiences(data);
    case 'messages':
      return messages(data);
    case 'channelPlan':
      return channelPlan(data);
    case 'campaigns':
      return campaigns(data);
    case 'calendarOverview':
      return calendarOverview(data);
    case 'upcoming':
      return upcoming(data, date);
    default:
      return [];
  }
}

function kpiRow(kpi: Kpi): string[] {
  return [kpi.unit ? `${kpi.metric} (${kpi.unit})` : kpi.metric, fmt(kpi.baseline), fmt(kpi.target), fmt(kpi.actual), pct(kpiProgress(kpi)), kpi.dueDate ? formatDate(kpi.dueDate, true) : '–'];
}

function objectives(data: BriefData): Block[] {
  return data.strategy.objectives.flatMap((objective, index): Block[] => [
    { kind: 'heading', level: 2, text: `${index + 1}. ${objective.title}` },
    { kind: 'paragraph', text: OBJECTIVE_KIND_LABELS[objective.kind], tone: 'muted' },
    ...(objective.description ? [{ kind: 'paragraph', text: objective.description } as Block] : []),
    objective.kpis.length === 0
      ? { kind: 'paragraph', text: 'No KPI yet.', tone: 'muted' }
      : { kind: 'table', header: ['KPI', 'Baseline', 'Target', 'Actual', 'Progress', 'Due'], rows: objective.kpis.map(kpiRow), numeric: [false, true, true, true, true, false] },
  ]);
}

function platforms(list: Platform[]): Block {
  return {
    kind: 'table',
    header: ['Platform', 'Account', 'Languages', 'Owner', 'Status', 'Set-up'],
    rows: list.map((p) => {
      const missing = SETUP_CHECKLIST.filter((item) => !p[item.key]).map((item) => item.label);
      const name = p.name && p.name !== PLATFORM_KIND_LABELS[p.kind] ? `${p.name} (${PLATFORM_KIND_LABELS[p.kind]})` : p.name || PLATFORM_KIND_LABELS[p.kind];
      return [
        name,
        p.handle || '–',
        p.languages.join(', ') || '–',
        p.owner || '–',
        PLATFORM_STATUS_LABELS[p.status],
        `${setupDone(p)} of ${SETUP_CHECKLIST.length}${missing.length > 0 ? `. To do: ${missing.join('; ')}` : '. Complete'}`,
      ];
    }),
  };
}

/** The audience table's rows, shared with the audiences CSV. */
export function audienceRow(a: Audience, index: number, platformName: Map<string, string>): string[] {
  return [
    String(index + 1),
    a.name,
    AUDIENCE_KIND_LABELS[a.kind],
    String(a.influence),
    String(a.interest),
    STANCE_LABELS[a.stance],
    a.priority,
    a.platformIds.map((id) => platformName.get(id)).filter(Boolean).join(', ') || '–',
    a.languages.join(', ') || '–',
  ];
}

export function platformNames(data: BriefData): Map<string, string> {
  return new Map(data.strategy.platforms.map((p) => [p.id, p.name || PLATFORM_KIND_LABELS[p.kind]]));
}

function audiences(data: BriefData): Block[] {
  const names = platformNames(data);
  const byQuadrant = new Map<string, number>();
  for (const a of data.audiences) {
    const q = QUADRANT_LABELS[quadrantOf(a.influence, a.interest)];
    byQuadrant.set(q, (byQuadrant.get(q) ?? 0) + 1);
  }
  return [
    {
      kind: 'paragraph',
      text: `The influence-interest map places the ${data.audiences.length} audiences as follows: ${[...byQuadrant].map(([q, n]) => `${q}: ${n}`).join('; ')}.`,
    },
    {
      kind: 'table',
      header: ['#', 'Audience', 'Kind', 'Infl.', 'Int.', 'Stance', 'Priority', 'Platforms', 'Languages'],
      rows: data.audiences.map((a, i) => audienceRow(a, i, names)),
      numeric: [true, false, false, true, true, false, false, false, false],
    },
  ];
}

function messages(data: BriefData): Block[] {
  const { house, plan, audiences } = data;
  const blocks: Block[] = [];
  if (house.core) {
    blocks.push({ kind: 'heading', level: 2, text: 'Core message' });
    blocks.push({ kind: 'paragraph', text: house.core.text, tone: 'quote' });
  }
  for (const pillar of house.pillars) {
    blocks.push({ kind: 'heading', level: 3, text: `Pillar: ${pillar.text}` });
    blocks.push(pillar.proofs.length > 0 ? { kind: 'list', ordered: false, items: pillar.proofs.map((p) => p.text) } : { kind: 'paragraph', text: 'No proof points yet.', tone: 'muted' });
  }
  if (plan.messages.length > 0) {
    const audienceName = new Map(audiences.map((a) => [a.id, a.name]));
    const pillarText = new Map(house.pillars.map((p) => [p.id, p.text]));
    blocks.push({ kind: 'heading', level: 2, text: 'Key messages by audience' });
    for (const m of plan.messages) {
      blocks.push({ kind: 'paragraph', text: `${audienceName.get(m.audienceId) ?? ''}: ${m.text}`, tone: 'strong' });
      if (m.pillarId && pillarText.has(m.pillarId)) blocks.push({ kind: 'paragraph', text: `Pillar: ${pillarText.get(m.pillarId)!}`, tone: 'muted' });
      for (const v of m.versions) {
        blocks.push({ kind: 'paragraph', text: languageName(v.language), tone: 'muted' });
        blocks.push({ kind: 'paragraph', text: v.text, direction: v.direction === 'rtl' ? 'rtl' : 'ltr' });
      }
    }
  }
  return blocks;
}

function channelPlan(data: BriefData): Block[] {
  const { plan } = data;
  const cellOf = new Map(plan.cells.map((c) => [`${c.audienceId} ${c.platformId}`, c]));
  const rows = plan.audiences.filter((a) => plan.platforms.some((p) => cellOf.has(`${a.id} ${p.id}`)) || plan.gaps.some((g) => g.audienceId === a.id));
  const audienceName = new Map(plan.audiences.map((a) => [a.id, a.name]));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: 'Rows are audiences, columns the platforms of the mission’s presence. A number counts the key messages planned for that audience on that platform; “·” marks a platform the audience uses that carries no message yet; “*” a message planned where the audience is not known to be.',
    },
    {
      kind: 'table',
      header: ['Audience', ...plan.platforms.map((p) => p.name || PLATFORM_KIND_LABELS[p.kind as Platform['kind']] || p.kind)],
      rows: rows.map((a) => {
        const uses = new Set(a.platformIds);
        return [
          a.name,
          ...plan.platforms.map((p) => {
            const c = cellOf.get(`${a.id} ${p.id}`);
            if (!c) return '';
            if (c.messageIds.length === 0) return '·';
            return `${c.messageIds.length}${uses.has(p.id) ? '' : '*'}`;
          }),
        ];
      }),
    },
  ];
  if (plan.gaps.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Gaps to close' });
    blocks.push({ kind: 'list', ordered: false, items: plan.gaps.map((g) => `${audienceName.get(g.audienceId) ?? ''}: ${g.message}`) });
  }
  return blocks;
}

function campaigns(data: BriefData): Block[] {
  return [
    {
      kind: 'table',
      header: ['Campaign', 'Dates', 'Objective', 'Items'],
      rows: (data.calendar?.campaigns ?? []).map((c) => [c.name, `${formatDate(c.startDate, true)} – ${formatDate(c.endDate, true)}`, c.objective ?? '–', String(c.items)]),
      numeric: [false, false, false, true],
    },
  ];
}

function calendarOverview(data: BriefData): Block[] {
  const o = data.calendar?.overview;
  if (!o) return [];
  return [
    {
      kind: 'paragraph',
      text: `Posts planned per platform and month, for ${o.scope}; an item posted on several platforms counts once on each, and each occurrence of a series counts.`,
    },
    {
      kind: 'table',
      header: ['Platform', ...o.months.map(monthLabel)],
      rows: [...o.rows.map((r) => [r.platform, ...r.counts.map((n) => (n === 0 ? '–' : String(n)))]), ['Total', ...o.totals.map(String)]],
      numeric: [false, ...o.months.map(() => true)],
    },
  ];
}

function upcoming(data: BriefData, date: string): Block[] {
  const list = data.calendar?.upcoming ?? [];
  return [
    {
      kind: 'paragraph',
      text: `The next ${list.length === 1 ? 'item' : `${list.length} items`} on the calendar from ${formatDate(date)}, at the local time of the zone each is planned in.`,
    },
    {
      kind: 'table',
      header: ['When', 'Zone', 'Platforms', 'Title', 'Status'],
      rows: list.map((u) => [localWhen(u.localDate, u.localTime), u.timeZone, u.platforms.join(', ') || '–', u.title, u.status]),
    },
  ];
}
