// The strategy brief as ONE self-contained HTML document: inline CSS (screen and print), inline SVG,
// fonts by @font-face. Pure: data in, markup out. Every piece of user text goes through html``,
// which escapes it; user text carries dir="auto" so Arabic and Hebrew run right to left.
import {
  AUDIENCE_KIND_LABELS,
  QUADRANT_LABELS,
  STANCE_LABELS,
  quadrantOf,
  type Audience,
  type AudienceMessage,
  type ChannelPlan,
  type MessageHouse,
} from '../../shared/audiences';
import { BRIEF_SECTIONS, BRIEF_SECTION_LABELS, type BriefSection, type PaperSize } from '../../shared/documents';
import {
  OBJECTIVE_KIND_LABELS,
  PLATFORM_KIND_LABELS,
  PLATFORM_STATUS_LABELS,
  SETUP_CHECKLIST,
  STRATEGY_STATUS_LABELS,
  type Kpi,
  type Platform,
  type StrategyDetail,
} from '../../shared/domain';
import { kpiProgress, meanProgress } from '../../shared/progress';
import { localWhen, monthLabel, type BriefCalendar } from './calendarData';
import { html, raw, type Html } from './html';
import { PAPER_MM, type PrintJob } from './printer';
import { BRIEF_CSS } from './style';

export interface BriefData {
  strategy: StrategyDetail;
  audiences: Audience[];
  house: MessageHouse;
  plan: ChannelPlan;
  /** Campaigns, the calendar at a glance and the next items; absent reads as an empty calendar. */
  calendar?: BriefCalendar;
}

export interface BriefRenderOptions {
  sections: readonly BriefSection[];
  paper: PaperSize;
  marking: string;
  /** The date printed on the cover, YYYY-MM-DD. */
  date: string;
  /** @font-face rules (file:// URLs); empty for a preview that uses the fonts at hand. */
  fontCss: string;
  /** @font-face rules with inlined fonts for the page header and footer (see fonts.ts marginFontCss). */
  marginFontCss?: string;
  /** Where each section starts, read back from a first printing, for the contents page. */
  pageNumbers?: Partial<Record<BriefSection, number>>;
}

export interface RenderedBrief {
  title: string;
  html: string;
  /** Sections that made it into the document (present and with data), in order. */
  sections: BriefSection[];
  job: Omit<PrintJob, 'html' | 'tempDir'>;
}

const MARGINS_MM = { top: 22, right: 18, bottom: 20, left: 18 };
/** Above this many table rows (audiences and key messages) the PDF is not tagged: see PrintJob.tagged. */
const TAGGED_PDF_LIMIT = 150;
/** Up to this many audiences the map shows each as a numbered dot; above, a count per cell. */
const NUMBERED_MAP_LIMIT = 60;

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const fmt = (n: number | null) => (n === null ? '–' : numberFormat.format(n));
const pct = (p: number | null) => (p === null ? '–' : `${Math.round(p * 100)}%`);

/** "25 November 2026"; `short` gives "25 Nov 2026" for narrow table columns. */
export function formatDate(isoDate: string, short = false): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: short ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Which requested sections have something to say. */
export function sectionsWithData(data: BriefData, requested: readonly BriefSection[]): BriefSection[] {
  const { strategy, audiences, house, plan } = data;
  const calendar = data.calendar;
  const has: Record<BriefSection, boolean> = {
    cover: true,
    contents: true,
    summary: true,
    objectives: strategy.objectives.length > 0,
    priorities: strategy.priorities.length > 0,
    platforms: strategy.platforms.length > 0,
    audiences: audiences.length > 0,
    messages: house.core !== null || house.pillars.length > 0 || plan.messages.length > 0,
    channelPlan: plan.platforms.length > 0 && plan.cells.length > 0,
    campaigns: (calendar?.campaigns.length ?? 0) > 0,
    calendarOverview: (calendar?.overview?.rows.length ?? 0) > 0,
    upcoming: (calendar?.upcoming.length ?? 0) > 0,
  };
  return BRIEF_SECTIONS.filter((s) => requested.includes(s) && has[s]);
}

export function renderBrief(data: BriefData, options: BriefRenderOptions): RenderedBrief {
  const { strategy } = data;
  const sections = sectionsWithData(data, options.sections);
  const numbered: BriefSection[] = sections.filter((s) => s !== 'cover' && s !== 'contents');
  const number = (s: BriefSection) => numbered.indexOf(s) + 1;
  const heading = (s: BriefSection) => html`<h1 id="${s}" class="section-title"><span class="num">${number(s)}</span> ${BRIEF_SECTION_LABELS[s]}</h1>`;
  const title = strategy.title.includes(String(strategy.year)) ? strategy.title : `${strategy.title} ${strategy.year}`;
  const { width, height } = PAPER_MM[options.paper];

  const body: Html[] = [];
  for (const section of sections) {
    switch (section) {
      case 'cover':
        body.push(cover(data, options));
        break;
      case 'contents':
        body.push(contents(numbered, number, sections.includes('cover'), options.pageNumbers ?? {}));
        break;
      case 'summary':
        body.push(html`<section class="section">${heading(section)}${summary(data)}</section>`);
        break;
      case 'objectives':
        body.push(html`<section class="section">${heading(section)}${objectivesSection(strategy)}</section>`);
        break;
      case 'priorities':
        body.push(html`<section class="section">${heading(section)}${prioritiesSection(strategy)}</section>`);
        break;
      case 'platforms':
        body.push(html`<section class="section">${heading(section)}${platformsSection(strategy.platforms)}</section>`);
        break;
      case 'audiences':
        body.push(html`<section class="section">${heading(section)}${audiencesSection(data)}</section>`);
        break;
      case 'messages':
        body.push(html`<section class="section">${heading(section)}${messagesSection(data)}</section>`);
        break;
      case 'channelPlan':
        body.push(html`<section class="section">${heading(section)}${channelPlanSection(data)}</section>`);
        break;
      case 'campaigns':
        body.push(html`<section class="section">${heading(section)}${campaignsSection(data.calendar!)}</section>`);
        break;
      case 'calendarOverview':
        body.push(html`<section class="section">${heading(section)}${overviewSection(data.calendar!)}</section>`);
        break;
      case 'upcoming':
        body.push(html`<section class="section">${heading(section)}${upcomingSection(data.calendar!, options.date)}</section>`);
        break;
    }
  }

  const page = raw(`@page { size: ${options.paper === 'a4' ? 'A4' : 'letter'}; margin: ${MARGINS_MM.top}mm ${MARGINS_MM.right}mm ${MARGINS_MM.bottom}mm ${MARGINS_MM.left}mm; }`);
  const document = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${raw(options.fontCss)}
${raw(options.marginFontCss ?? '')}
${page}
:root { --page-width: ${width}mm; --page-height: ${height}mm; }
${raw(BRIEF_CSS)}</style>
</head>
<body>
<div class="marking-band screen-only">${options.marking}</div>
${body}
</body>
</html>
`;
  return {
    title,
    html: document.value,
    sections,
    job: {
      paper: options.paper,
      headerTemplate: headerTemplate(options.marking, title, options.marginFontCss ?? ''),
      footerTemplate: footerTemplate(options.marking, options.marginFontCss ?? ''),
      marginsMm: MARGINS_MM,
      tagged: data.audiences.length + data.plan.messages.length <= TAGGED_PDF_LIMIT,
    },
  };
}

// Chromium fills .pageNumber and .totalPages. The templates get no page styles, so set everything here.
const TEMPLATE_STYLE =
  "box-sizing:border-box;width:100%;padding:0 18mm;font-family:'Chancery Margin','Noto Sans','DejaVu Sans',Arial,sans-serif;font-size:7.5pt;color:#4a5568;display:flex;justify-content:space-between;align-items:center;gap:6mm;-webkit-print-color-adjust:exact;";
// The marking never shrinks or wraps: a long title gives way to it.
const MARK_STYLE = 'flex:none;white-space:nowrap;font-weight:700;letter-spacing:0.08em;color:#7a1020;';

function marginStyle(fontCss: string): Html | null {
  return fontCss ? raw(`<style>${fontCss}</style>`) : null;
}

function headerTemplate(marking: string, title: string, fontCss: string): string {
  return html`${marginStyle(fontCss)}<div style="${TEMPLATE_STYLE}"><span style="flex:1 1 auto;min-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">${title}</span><span style="${MARK_STYLE}">${marking}</span></div>`.value;
}

function footerTemplate(marking: string, fontCss: string): string {
  return html`${marginStyle(fontCss)}<div style="${TEMPLATE_STYLE}"><span style="${MARK_STYLE}">${marking}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`.value;
}

function cover(data: BriefData, options: BriefRenderOptions): Html {
  const { strategy } = data;
  return html`<section class="cover">
  <div class="cover-marking">${options.marking}</div>
  <div class="cover-main">
    <p class="cover-kicker">Digital diplomacy strategy · ${strategy.year}</p>
    <h1 class="cover-title" dir="auto">${strategy.title}</h1>
    ${strategy.mission ? html`<p class="cover-mission" dir="auto">${strategy.mission}</p>` : null}
  </div>
  <table class="cover-facts">
    <tbody>
      <tr><th scope="row">Year</th><td>${strategy.year}</td></tr>
      ${strategy.mission ? html`<tr><th scope="row">Mission or unit</th><td dir="auto">${strategy.mission}</td></tr>` : null}
      <tr><th scope="row">Date</th><td>${formatDate(options.date)}</td></tr>
      <tr><th scope="row">Version</th><td>${STRATEGY_STATUS_LABELS[strategy.status]}, last edited ${formatDate(strategy.updatedAt)}</td></tr>
      <tr><th scope="row">Classification</th><td class="mark">${options.marking}</td></tr>
    </tbody>
  </table>
</section>`;
}

function contents(numbered: readonly BriefSection[], number: (s: BriefSection) => number, afterCover: boolean, pages: Partial<Record<BriefSection, number>>): Html {
  return html`<nav class="contents${afterCover ? '' : ' first'}" aria-labelledby="contents-title">
  <h1 id="contents-title" class="section-title">Contents</h1>
  <ol>
    ${numbered.map(
      (s) =>
        html`<li><a href="#${s}"><span class="num">${number(s)}</span><span class="toc-label">${BRIEF_SECTION_LABELS[s]}</span>${pages[s] ? html`<span class="toc-page">${pages[s]}</span>` : null}</a></li>`,
    )}
  </ol>
</nav>`;
}

/** The page each numbered section starts on, from the outline of a first printing. */
export function sectionPages(sections: readonly BriefSection[], outline: { title: string; page: number }[]): Partial<Record<BriefSection, number>> {
  const numbered = sections.filter((s) => s !== 'cover' && s !== 'contents');
  const pages: Partial<Record<BriefSection, number>> = {};
  numbered.forEach((s, index) => {
    const entry = outline.find((e) => e.title.replace(/\s+/g, ' ').trim() === `${index + 1} ${BRIEF_SECTION_LABELS[s]}`);
    if (entry) pages[s] = entry.page;
  });
  return pages;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${numberFormat.format(n)} ${n === 1 ? one : many}`;
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The executive summary: sentences generated from what the strategy holds. */
export function summary(data: BriefData): Html {
  const { strategy, audiences, house, plan } = data;
  const paragraphs: Html[] = [];
  const who = strategy.mission ? html`<span dir="auto">${strategy.mission}</span>` : 'the mission';
  paragraphs.push(html`<p>This brief sets out how ${who} will use digital diplomacy in ${strategy.year}. It is drawn from the strategy “<span dir="auto">${strategy.title}</span>”, currently ${STRATEGY_STATUS_LABELS[strategy.status].toLowerCase()}.</p>`);
  if (strategy.vision.trim()) paragraphs.push(html`<blockquote class="vision" dir="auto">${strategy.vision}</blockquote>`);

  const kpis = strategy.objectives.flatMap((o) => o.kpis);
  if (strategy.objectives.length > 0) {
    const progress = meanProgress(kpis);
    const measured = kpis.length > 0 ? `, measured by ${plural(kpis.length, 'KPI')}` : ', none of which has a KPI yet';
    const progressText = progress === null ? '' : ` On average the KPIs stand at ${pct(progress)} of the way from baseline to target.`;
    paragraphs.push(html`<p>The strategy pursues ${plural(strategy.objectives.length, 'objective')}${measured}.${progressText}</p>`);
  } else {
    paragraphs.push(html`<p>No objectives have been set yet.</p>`);
  }
  if (strategy.priorities.length > 0) {
    paragraphs.push(html`<p>The team commits to ${plural(strategy.priorities.length, 'priority', 'priorities')}, led by “<span dir="auto">${strategy.priorities[0]!.title}</span>”.</p>`);
  }
  if (strategy.platforms.length > 0) {
    const byStatus = new Map<string, number>();
    for (const p of strategy.platforms) byStatus.set(p.status, (byStatus.get(p.status) ?? 0) + 1);
    const parts = [...byStatus].map(([status, n]) => `${n} ${PLATFORM_STATUS_LABELS[status as Platform['status']].toLowerCase()}`);
    const complete = strategy.platforms.filter((p) => setupDone(p) === SETUP_CHECKLIST.length).length;
    paragraphs.push(html`<p>The mission is present on ${plural(strategy.platforms.length, 'platform')} (${listOf(parts)}); ${complete} of them ${complete === 1 ? 'has' : 'have'} completed every set-up step.</p>`);
  }
  if (audiences.length > 0) {
    const high = audiences.filter((a) => a.priority === 'high').length;
    const close = audiences.filter((a) => quadrantOf(a.influence, a.interest) === 'manage_closely').length;
    paragraphs.push(html`<p>It addresses ${plural(audiences.length, 'audience')}, ${high} of high priority; ${close} ${close === 1 ? 'sits' : 'sit'} in the “manage closely” quadrant of the influence-interest map.</p>`);
  }
  if (house.core) {
    const pillars = house.pillars.length > 0 ? html`, carried by ${plural(house.pillars.length, 'pillar')},` : '';
    paragraphs.push(html`<p>Its core message${pillars} reads: “<span dir="auto">${house.core.text}</span>”</p>`);
  }
  if (plan.messages.length > 0) {
    const languages = new Set(plan.messages.flatMap((m) => m.versions.map((v) => v.language)));
    const inLanguages = languages.size > 0 ? ` with versions in ${plural(languages.size, 'language')}` : '';
    paragraphs.push(html`<p>The plan holds ${plural(plan.messages.length, 'key message')}${inLanguages}.</p>`);
  }
  const missing = [
    strategy.priorities.length === 0 && 'priorities',
    strategy.platforms.length === 0 && 'platforms',
    audiences.length === 0 && 'audiences',
    !house.core && plan.messages.length === 0 && 'messages',
  ].filter((m): m is string => typeof m === 'string');
  if (missing.length > 0) {
    paragraphs.push(html`<p class="muted">No ${listOf(missing)} have been added to the strategy yet, so this brief has no section for them.</p>`);
  }
  if (plan.gaps.length > 0) {
    const gapAudiences = new Set(plan.gaps.map((g) => g.audienceId)).size;
    paragraphs.push(html`<p class="attention">Attention: ${plural(gapAudiences, 'high-priority audience')} ${gapAudiences === 1 ? 'is' : 'are'} not yet reached by a key message or a channel (see the channel plan).</p>`);
  }
  return html`${paragraphs}`;
}

export function setupDone(p: Platform): number {
  return SETUP_CHECKLIST.filter((item) => p[item.key]).length;
}

function progressCell(kpi: Kpi): Html {
  const p = kpiProgress(kpi);
  if (p === null) return html`<td class="num muted">–</td>`;
  return html`<td class="progress"><span class="bar"><span style="width:${Math.round(p * 100)}%"></span></span><span class="pct">${pct(p)}</span></td>`;
}

function objectivesSection(strategy: StrategyDetail): Html {
  return html`${strategy.objectives.map(
    (objective, index) => html`<div class="objective">
  <h2><span class="num">${index + 1}.</span> <span dir="auto">${objective.title}</span></h2>
  <p class="kind">${OBJECTIVE_KIND_LABELS[objective.kind]}</p>
  ${objective.description ? html`<p dir="auto" class="description">${objective.description}</p>` : null}
  ${
    objective.kpis.length === 0
      ? html`<p class="muted">No KPI yet.</p>`
      : html`<table class="kpis">
    <thead><tr><th scope="col">KPI</th><th scope="col" class="num">Baseline</th><th scope="col" class="num">Target</th><th scope="col" class="num">Actual</th><th scope="col">Progress</th><th scope="col">Due</th></tr></thead>
    <tbody>${objective.kpis.map(
      (kpi) => html`<tr><td dir="auto">${kpi.metric}${kpi.unit ? html` <span class="unit">(${kpi.unit})</span>` : null}</td><td class="num">${fmt(kpi.baseline)}</td><td class="num">${fmt(kpi.target)}</td><td class="num">${fmt(kpi.actual)}</td>${progressCell(kpi)}<td class="nowrap">${kpi.dueDate ? formatDate(kpi.dueDate, true) : '–'}</td></tr>`,
    )}</tbody>
  </table>`
  }
</div>`,
  )}`;
}

function prioritiesSection(strategy: StrategyDetail): Html {
  return html`<ol class="priorities">${strategy.priorities.map(
    (p) => html`<li><p class="priority-title" dir="auto">${p.title}</p>${p.description ? html`<p dir="auto">${p.description}</p>` : null}</li>`,
  )}</ol>`;
}

function platformsSection(platforms: Platform[]): Html {
  return html`<table class="platforms">
  <thead><tr><th scope="col">Platform</th><th scope="col">Account</th><th scope="col">Languages</th><th scope="col">Owner</th><th scope="col">Status</th><th scope="col">Set-up</th></tr></thead>
  <tbody>${platforms.map((p) => {
    const done = setupDone(p);
    const missing = SETUP_CHECKLIST.filter((item) => !p[item.key]).map((item) => item.label);
    return html`<tr>
    <td><strong dir="auto">${p.name || PLATFORM_KIND_LABELS[p.kind]}</strong>${p.name && p.name !== PLATFORM_KIND_LABELS[p.kind] ? html`<br><span class="muted">${PLATFORM_KIND_LABELS[p.kind]}</span>` : null}</td>
    <td dir="auto" class="handle">${p.handle || '–'}</td>
    <td>${p.languages.length > 0 ? p.languages.join(', ') : '–'}</td>
    <td dir="auto">${p.owner || '–'}</td>
    <td><span class="status status-${p.status}">${PLATFORM_STATUS_LABELS[p.status]}</span></td>
    <td><strong>${done} of ${SETUP_CHECKLIST.length}</strong>${missing.length > 0 ? html`<br><span class="muted small">To do: ${missing.join('; ')}</span>` : html`<br><span class="muted small">Complete</span>`}</td>
  </tr>`;
  })}</tbody>
</table>`;
}

const STANCE_COLOURS: Record<Audience['stance'], string> = {
  supportive: '#2f7d4f',
  neutral: '#5b6b7f',
  critical: '#c27c0e',
  hostile: '#b02a37',
  unknown: '#9aa5b1',
};

/** The influence-interest map as an inline SVG: audiences as numbered dots, coloured by stance. */
export function audienceMapSvg(audiences: Audience[]): Html {
  const cell = 100;
  const left = 46;
  const top = 14;
  const size = cell * 5;
  const byCell = new Map<string, number[]>();
  audiences.forEach((a, index) => {
    const key = `${a.influence},${a.interest}`;
    byCell.set(key, [...(byCell.get(key) ?? []), index]);
  });
  // The quadrant split sits at score 3 (3 counts as high): between columns 2 and 3 of 1..5.
  const split = cell * 2;
  const rects = [
    `<rect x="${left + split}" y="${top}" width="${size - split}" height="${size - split}" fill="#e3ebf5"/>`,
    `<rect x="${left}" y="${top}" width="${split}" height="${size - split}" fill="#f5f0e1"/>`,
    `<rect x="${left + split}" y="${top + size - split}" width="${size - split}" height="${split}" fill="#e7f1e7"/>`,
    `<rect x="${left}" y="${top + size - split}" width="${split}" height="${split}" fill="#f3f3f3"/>`,
  ];
  const labels = [
    { x: left + split + 8, y: top + 16, text: QUADRANT_LABELS.manage_closely },
    { x: left + 8, y: top + 16, text: QUADRANT_LABELS.keep_satisfied },
    { x: left + split + 8, y: top + size - split + 16, text: QUADRANT_LABELS.keep_informed },
    { x: left + 8, y: top + size - split + 16, text: QUADRANT_LABELS.monitor },
  ];
  const grid: string[] = [];
  for (let i = 0; i <= 5; i++) {
    grid.push(`<line x1="${left + i * cell}" y1="${top}" x2="${left + i * cell}" y2="${top + size}" stroke="#cbd2d9" stroke-width="${i === 2 ? 2 : 0.75}"/>`);
    grid.push(`<line x1="${left}" y1="${top + i * cell}" x2="${left + size}" y2="${top + i * cell}" stroke="#cbd2d9" stroke-width="${i === 3 ? 2 : 0.75}"/>`);
  }
  const ticks: string[] = [];
  for (let s = 1; s <= 5; s++) {
    ticks.push(`<text x="${left + (s - 0.5) * cell}" y="${top + size + 16}" text-anchor="middle" class="tick">${s}</text>`);
    ticks.push(`<text x="${left - 10}" y="${top + (5 - s + 0.5) * cell + 4}" text-anchor="end" class="tick">${s}</text>`);
  }
  const dots: string[] = [];
  for (const [key, indexes] of byCell) {
    const [influence, interest] = key.split(',').map(Number) as [number, number];
    const x0 = left + (interest - 1) * cell;
    if (audiences.length > NUMBERED_MAP_LIMIT) {
      // Too many to number: each cell says how many audiences it holds, and how many are high priority.
      const y = top + (5 - influence) * cell + (influence === 5 || influence === 2 ? 58 : 50);
      const high = indexes.filter((i) => audiences[i]!.priority === 'high').length;
      dots.push(`<text x="${x0 + cell / 2}" y="${y}" text-anchor="middle" class="count">${indexes.length}</text>`);
      if (high > 0) dots.push(`<text x="${x0 + cell / 2}" y="${y + 18}" text-anchor="middle" class="legend">${high} high</text>`);
      continue;
    }
    const y0 = top + (5 - influence) * cell;
    const perRow = 4;
    const room = influence === 5 || influence === 2 ? 12 : 16;
    const shown = indexes.length > room ? indexes.slice(0, room - 1) : indexes;
    shown.forEach((index, k) => {
      const cx = x0 + 16 + (k % perRow) * 23;
      const cy = y0 + (influence === 5 || influence === 2 ? 36 : 18) + Math.floor(k / perRow) * 21;
      const a = audiences[index]!;
      dots.push(
        `<circle cx="${cx}" cy="${cy}" r="9.5" fill="${STANCE_COLOURS[a.stance]}"${a.priority === 'high' ? ' stroke="#1f2933" stroke-width="1.6"' : ''}/><text x="${cx}" y="${cy + 3.4}" text-anchor="middle" class="dot">${index + 1}</text>`,
      );
    });
    if (indexes.length > room) {
      // The last slot says how many more audiences share this cell (all of them are in the table).
      const k = room - 1;
      const cx = x0 + 16 + (k % 4) * 23;
      const cy = y0 + (influence === 5 || influence === 2 ? 36 : 18) + Math.floor(k / 4) * 21;
      dots.push(`<text x="${cx + 2}" y="${cy + 4}" text-anchor="middle" class="more">+${indexes.length - shown.length}</text>`);
    }
  }
  const axis = [
    `<text x="${left + size / 2}" y="${top + size + 34}" text-anchor="middle" class="axis">Interest →</text>`,
    `<text transform="translate(14 ${top + size / 2}) rotate(-90)" text-anchor="middle" class="axis">Influence →</text>`,
  ];
  const legend = (audiences.length > NUMBERED_MAP_LIMIT ? [] : (Object.keys(STANCE_COLOURS) as Audience['stance'][])).map(
    (stance, i) =>
      `<circle cx="${left + 8 + i * 100}" cy="${top + size + 56}" r="6" fill="${STANCE_COLOURS[stance]}"/><text x="${left + 18 + i * 100}" y="${top + size + 60}" class="legend">${STANCE_LABELS[stance]}</text>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${left + size + 10} ${top + size + 72}" font-family="'Chancery Margin', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif" role="img" aria-label="Influence-interest map of ${audiences.length} audiences">
<style>.tick{font-size:11px;fill:#52606d}.axis{font-size:12px;font-weight:700;fill:#323f4b}.dot{font-size:9.5px;font-weight:700;fill:#fff}.q{font-size:11px;font-weight:700;fill:#52606d;text-transform:uppercase;letter-spacing:.04em}.legend{font-size:11px;fill:#323f4b}.more{font-size:11px;font-weight:700;fill:#323f4b}.count{font-size:26px;font-weight:700;fill:#1f3a5f}</style>
${rects.join('')}${grid.join('')}${labels.map((l) => `<text x="${l.x}" y="${l.y}" class="q">${l.text}</text>`).join('')}${ticks.join('')}${dots.join('')}${axis.join('')}${legend.join('')}
</svg>`;
  return raw(svg);
}

/** The map's caption, in the PDF and under the DOCX's picture of the same SVG. */
export function audienceMapCaption(count: number): string {
  return count > NUMBERED_MAP_LIMIT
    ? `Figure 1. ${count} audiences by influence (up) and interest (right): the number of audiences in each cell, and how many of them are of high priority.`
    : 'Figure 1. Audiences by influence (up) and interest (right); numbers refer to the table below. A dark ring marks high priority.';
}

function audiencesSection(data: BriefData): Html {
  const { audiences, strategy } = data;
  const platformName = new Map(strategy.platforms.map((p) => [p.id, p.name || PLATFORM_KIND_LABELS[p.kind]]));
  return html`<figure class="map">
  ${audienceMapSvg(audiences)}
  <figcaption>${audienceMapCaption(audiences.length)}</figcaption>
</figure>
<table class="audiences">
  <thead><tr><th scope="col" class="num">#</th><th scope="col">Audience</th><th scope="col">Kind</th><th scope="col" class="num">Infl.</th><th scope="col" class="num">Int.</th><th scope="col">Stance</th><th scope="col">Priority</th><th scope="col">Platforms</th><th scope="col">Languages</th></tr></thead>
  <tbody>${audiences.map(
    (a, index) => html`<tr>
    <td class="num">${index + 1}</td>
    <td><strong dir="auto">${a.name}</strong>${a.needs ? html`<br><span class="muted small" dir="auto">${truncate(a.needs, 160)}</span>` : null}</td>
    <td>${AUDIENCE_KIND_LABELS[a.kind]}</td>
    <td class="num">${a.influence}</td>
    <td class="num">${a.interest}</td>
    <td><span class="stance" style="--stance:${STANCE_COLOURS[a.stance]}">${STANCE_LABELS[a.stance]}</span></td>
    <td class="cap">${a.priority}</td>
    <td dir="auto">${a.platformIds.map((id) => platformName.get(id)).filter(Boolean).join(', ') || '–'}</td>
    <td>${a.languages.join(', ') || '–'}</td>
  </tr>`,
  )}</tbody>
</table>`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function messagesSection(data: BriefData): Html {
  const { house, plan, audiences } = data;
  const parts: Html[] = [];
  if (house.core || house.pillars.length > 0) {
    parts.push(html`<div class="house">
  ${house.core ? html`<div class="roof"><span class="label">Core message</span><p dir="auto">${house.core.text}</p></div>` : null}
  ${
    house.pillars.length > 0
      ? html`<div class="pillars" style="--pillars:${Math.min(house.pillars.length, 4)}">${house.pillars.map(
          (pillar) => html`<div class="pillar"><h3 dir="auto">${pillar.text}</h3>${
            pillar.proofs.length > 0 ? html`<ul>${pillar.proofs.map((proof) => html`<li dir="auto">${proof.text}</li>`)}</ul>` : html`<p class="muted small">No proof points yet.</p>`
          }</div>`,
        )}</div>`
      : null
  }
</div>`);
  }
  if (plan.messages.length > 0) {
    const audienceName = new Map(audiences.map((a) => [a.id, a.name]));
    const pillarText = new Map(house.pillars.map((p) => [p.id, p.text]));
    const byAudience = new Map<string, AudienceMessage[]>();
    for (const m of plan.messages) byAudience.set(m.audienceId, [...(byAudience.get(m.audienceId) ?? []), m]);
    parts.push(html`<h2>Key messages by audience</h2>`);
    parts.push(html`<table class="messages">
  <thead><tr><th scope="col" style="width:24%">Audience</th><th scope="col">Key message and language versions</th></tr></thead>
  <tbody>${[...byAudience].flatMap(([audienceId, messages]) =>
    messages.map(
      (m, i) => html`<tr>
    <td>${i === 0 ? html`<strong dir="auto">${audienceName.get(audienceId) ?? ''}</strong>` : null}</td>
    <td><p dir="auto" class="message">${m.text}</p>${m.pillarId && pillarText.has(m.pillarId) ? html`<p class="muted small">Pillar: <span dir="auto">${pillarText.get(m.pillarId)!}</span></p>` : null}${m.versions.map(
      (v) => html`<div class="version"><span class="lang">${languageName(v.language)}</span><p lang="${v.language}" dir="${v.direction}">${v.text}</p></div>`,
    )}</td>
  </tr>`,
    ),
  )}</tbody>
</table>`);
  }
  return html`${parts}`;
}

function channelPlanSection(data: BriefData): Html {
  const { plan } = data;
  const cellOf = new Map(plan.cells.map((c) => [`${c.audienceId} ${c.platformId}`, c]));
  const rows = plan.audiences.filter((a) => plan.platforms.some((p) => cellOf.has(`${a.id} ${p.id}`)) || plan.gaps.some((g) => g.audienceId === a.id));
  const audienceName = new Map(plan.audiences.map((a) => [a.id, a.name]));
  const compact = plan.platforms.length > 6;
  return html`<p>Rows are audiences, columns the platforms of the mission's presence. A number counts the key messages planned for that audience on that platform; “·” marks a platform the audience uses that carries no message yet; “*” a message planned where the audience is not known to be.</p>
<table class="matrix${compact ? ' compact' : ''}">
  <thead><tr><th scope="col">Audience</th>${plan.platforms.map((p) => html`<th scope="col" class="center" dir="auto">${p.name || PLATFORM_KIND_LABELS[p.kind as Platform['kind']] || p.kind}</th>`)}</tr></thead>
  <tbody>${rows.map((a) => {
    const uses = new Set(a.platformIds);
    return html`<tr><th scope="row" dir="auto">${a.name}</th>${plan.platforms.map((p) => {
      const c = cellOf.get(`${a.id} ${p.id}`);
      if (!c) return html`<td class="center empty"></td>`;
      if (c.messageIds.length === 0) return html`<td class="center muted">·</td>`;
      return html`<td class="center filled">${c.messageIds.length}${uses.has(p.id) ? '' : '*'}</td>`;
    })}</tr>`;
  })}</tbody>
</table>
${
  plan.gaps.length > 0
    ? html`<h2>Gaps to close</h2><ul class="gaps">${plan.gaps.map((g) => html`<li><strong dir="auto">${audienceName.get(g.audienceId) ?? ''}</strong>: ${g.message}</li>`)}</ul>`
    : null
}`;
}

function campaignsSection(calendar: BriefCalendar): Html {
  return html`<table class="campaigns">
  <thead><tr><th scope="col">Campaign</th><th scope="col">Dates</th><th scope="col">Objective</th><th scope="col" class="num">Items</th></tr></thead>
  <tbody>${calendar.campaigns.map(
    (c) =>
      html`<tr><td dir="auto"><strong>${c.name}</strong></td><td class="nowrap">${formatDate(c.startDate, true)} – ${formatDate(c.endDate, true)}</td><td dir="auto">${c.objective ?? html`<span class="muted">–</span>`}</td><td class="num">${c.items}</td></tr>`,
  )}</tbody>
</table>`;
}

function overviewSection(calendar: BriefCalendar): Html {
  const o = calendar.overview!;
  return html`<p>Posts planned per platform and month, for ${o.scope}; an item posted on several platforms counts once on each, and each occurrence of a series counts.</p>
<table class="matrix overview${o.months.length > 6 ? ' compact' : ''}">
  <thead><tr><th scope="col">Platform</th>${o.months.map((m) => html`<th scope="col" class="center">${monthLabel(m)}</th>`)}</tr></thead>
  <tbody>${o.rows.map(
    (r) => html`<tr><th scope="row" dir="auto">${r.platform}</th>${r.counts.map((n) => html`<td class="center${n === 0 ? ' muted' : ' filled'}">${n === 0 ? '–' : n}</td>`)}</tr>`,
  )}
  <tr class="total"><th scope="row">Total</th>${o.totals.map((n) => html`<td class="center"><strong>${n}</strong></td>`)}</tr></tbody>
</table>`;
}

function upcomingSection(calendar: BriefCalendar, date: string): Html {
  return html`<p>The next ${plural(calendar.upcoming.length, 'item')} on the calendar from ${formatDate(date)}, at the local time of the zone each is planned in.</p>
<table class="upcoming">
  <thead><tr><th scope="col">When</th><th scope="col">Platforms</th><th scope="col">Title</th><th scope="col">Status</th></tr></thead>
  <tbody>${calendar.upcoming.map(
    (u) =>
      html`<tr><td class="nowrap">${localWhen(u.localDate, u.localTime)}<br><span class="muted small">${u.timeZone}</span></td><td>${u.platforms.join(', ') || '–'}</td><td dir="auto">${u.title}</td><td>${u.status}</td></tr>`,
  )}</tbody>
</table>`;
}
