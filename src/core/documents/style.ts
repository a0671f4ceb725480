// The brief's stylesheet: a sober ministry document on screen (preview) and on paper.
export const BRIEF_CSS = `
:root {
  --ink: #1f2933; --muted: #52606d; --rule: #cbd2d9; --accent: #1f3a5f; --accent-soft: #e8eef6; --mark: #7a1020;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: var(--ink); background: #fff;
  /* 'Chancery Margin' is Noto Sans Latin inlined (fonts.ts marginFontCss): used here, it is loaded for the page header and footer too. */
  font-family: 'Chancery Margin', 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Thai', 'Noto Sans Devanagari', 'Noto Sans SC', 'Noto Sans JP', 'Noto Sans KR', 'DejaVu Sans', Arial, sans-serif;
  font-size: 10pt; line-height: 1.45; text-rendering: optimizeLegibility; font-kerning: normal;
}
:lang(ja) { font-family: 'Noto Sans', 'Noto Sans JP', 'Noto Sans SC', sans-serif; }
:lang(ar) { font-family: 'Noto Sans Arabic', 'Noto Sans', sans-serif; }
:lang(he) { font-family: 'Noto Sans Hebrew', 'Noto Sans', sans-serif; }
h1, h2, h3 { color: var(--accent); line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1.section-title { font-size: 17pt; margin: 0 0 5mm; padding-bottom: 2mm; border-bottom: 1.5pt solid var(--accent); }
h1 .num, h2 .num { color: var(--muted); font-weight: 400; margin-inline-end: 1.5mm; }
h2 { font-size: 12pt; margin: 6mm 0 1.5mm; }
h3 { font-size: 10.5pt; margin: 0 0 1.5mm; }
p { margin: 0 0 2.5mm; orphans: 3; widows: 3; }
a { color: inherit; text-decoration: none; }
.section { break-before: page; page-break-before: always; }
.muted { color: var(--muted); }
.small { font-size: 8.5pt; }
.nowrap { white-space: nowrap; }
.cap { text-transform: capitalize; }
.attention { border-inline-start: 3pt solid #c27c0e; padding: 1.5mm 3mm; background: #fdf6e7; }

/* Cover */
.cover { min-height: calc(var(--page-height) - 52mm); display: flex; flex-direction: column; break-after: page; page-break-after: always; }
.cover-marking { align-self: center; border: 1.5pt solid var(--mark); color: var(--mark); font-weight: 700; letter-spacing: 0.12em; padding: 1.5mm 6mm; font-size: 11pt; }
.cover-main { margin-top: 45mm; border-inline-start: 4pt solid var(--accent); padding-inline-start: 7mm; }
.cover-kicker { text-transform: uppercase; letter-spacing: 0.1em; color: var(--muted); font-size: 9.5pt; margin-bottom: 3mm; }
.cover-title { font-size: 28pt; margin: 0 0 4mm; color: var(--accent); }
.cover-mission { font-size: 14pt; color: var(--ink); }
.cover-facts { margin-top: auto; width: auto; min-width: 55%; border-collapse: collapse; font-size: 9.5pt; }
.cover-facts th { text-align: start; font-weight: 400; color: var(--muted); padding: 1.2mm 8mm 1.2mm 0; background: none; border: 0; }
.cover-facts td { padding: 1.2mm 0; border: 0; }
.cover-facts tr { border-top: 0.5pt solid var(--rule); }
.mark { color: var(--mark); font-weight: 700; letter-spacing: 0.06em; }

/* Contents */
.contents { break-after: page; page-break-after: always; }
.contents ol { list-style: none; padding: 0; margin: 0; font-size: 11.5pt; }
.contents li { border-bottom: 0.5pt dotted var(--rule); }
.contents a { display: flex; gap: 4mm; padding: 2.2mm 0; }
.contents .num { min-width: 7mm; color: var(--muted); }
.contents .toc-label { flex: 1; }
.contents .toc-page { font-variant-numeric: tabular-nums; color: var(--muted); }

/* Tables: headers repeat on every page; rows never split. */
table { width: 100%; border-collapse: collapse; font-size: 8.8pt; margin: 2mm 0 5mm; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { padding: 1.6mm 2mm; vertical-align: top; text-align: start; border-bottom: 0.5pt solid var(--rule); }
thead th { background: var(--accent-soft); color: var(--accent); font-weight: 700; border-bottom: 1pt solid var(--accent); }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
.center { text-align: center; }
.unit { color: var(--muted); }
.handle { overflow-wrap: anywhere; }
table.platforms th:nth-child(1) { width: 12%; }
table.platforms th:nth-child(2) { width: 24%; }
table.platforms th:nth-child(3) { width: 9%; }
table.platforms th:nth-child(4) { width: 12%; }
table.platforms th:nth-child(5) { width: 10%; }

.objective { margin-bottom: 5mm; }
.objective h2 { margin-top: 4mm; }
.objective .kind { color: var(--muted); font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.05em; margin-bottom: 1.5mm; }
table.kpis { table-layout: fixed; }
table.kpis th:nth-child(1) { width: 35%; }
table.kpis th:nth-child(2), table.kpis th:nth-child(3), table.kpis th:nth-child(4) { width: 10%; }
table.kpis th:nth-child(5) { width: 17%; }
.progress { white-space: nowrap; }
table.audiences { table-layout: fixed; }
table.audiences th:nth-child(1) { width: 5%; }
table.audiences th:nth-child(2) { width: 26%; }
table.audiences th:nth-child(3) { width: 13%; }
table.audiences th:nth-child(4), table.audiences th:nth-child(5) { width: 6%; }
table.audiences th:nth-child(6) { width: 12%; }
table.audiences th:nth-child(7) { width: 8%; }
table.audiences th:nth-child(8) { width: 12%; }
.bar { display: inline-block; width: 16mm; height: 2.2mm; background: #e4e7eb; border-radius: 1mm; vertical-align: middle; margin-inline-end: 1.5mm; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--accent); }
.pct { font-variant-numeric: tabular-nums; }

.priorities { padding-inline-start: 6mm; }
.priorities li { margin-bottom: 3mm; break-inside: avoid; }
.priorities p { margin: 0.5mm 0 0; color: var(--muted); }
.priorities p.priority-title { margin: 0; color: var(--ink); font-weight: 700; }

.status { display: inline-block; padding: 0.3mm 2mm; border-radius: 2mm; font-size: 8pt; background: #e4e7eb; white-space: nowrap; }
.status-active { background: #e3f1e7; color: #1e5b36; }
.status-setting_up { background: #fdf0d5; color: #7a4d00; }
.status-planned { background: #e8eef6; color: var(--accent); }
.status-paused, .status-retired { background: #eeeeee; color: #52606d; }
.stance { white-space: nowrap; }
.stance::before { content: ''; display: inline-block; width: 2.2mm; height: 2.2mm; border-radius: 50%; background: var(--stance); margin-inline-end: 1.2mm; }

figure.map { margin: 0 0 5mm; break-inside: avoid; text-align: center; }
figure.map svg { width: 100%; max-width: 150mm; height: auto; }
figcaption { font-size: 8.5pt; color: var(--muted); margin-top: 1mm; }

.house { border: 1pt solid var(--accent); margin-bottom: 5mm; break-inside: avoid; }
.roof { background: var(--accent); color: #fff; padding: 3mm 5mm; text-align: center; }
.roof .label { display: block; text-transform: uppercase; letter-spacing: 0.1em; font-size: 7.5pt; opacity: 0.85; }
.roof p { font-size: 12pt; font-weight: 700; margin: 1mm 0 0; }
.pillars { display: grid; grid-template-columns: repeat(var(--pillars), 1fr); }
.pillar { padding: 3mm 3.5mm; border-inline-end: 0.5pt solid var(--rule); }
.pillar:last-child { border-inline-end: 0; }
.pillar ul { margin: 0; padding-inline-start: 4mm; font-size: 8.8pt; }
.pillar li { margin-bottom: 1mm; }
.messages .message { font-weight: 700; margin-bottom: 1mm; }
.version { display: flex; gap: 3mm; align-items: baseline; margin-top: 1mm; }
.version .lang { flex: 0 0 17mm; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.version p { margin: 0; flex: 1; }

.matrix th[scope=row] { font-weight: 600; background: none; color: var(--ink); }
.matrix td { border-inline-start: 0.5pt solid var(--rule); }
.matrix td.filled { background: var(--accent-soft); font-weight: 700; color: var(--accent); }
.matrix.compact { font-size: 7.5pt; }
.matrix.compact th, .matrix.compact td { padding: 1.2mm 1mm; }
.matrix tr.total th, .matrix tr.total td { border-top: 1pt solid var(--ink); }
table.upcoming td:first-child { width: 24%; }
.gaps li { margin-bottom: 1.5mm; }
blockquote.vision { margin: 0 0 3mm; padding: 2mm 5mm; border-inline-start: 3pt solid var(--accent); font-style: italic; color: var(--ink); background: #f7f9fb; }

/* The preview shows paper-like pages; printing uses @page. */
@media screen {
  html { background: #e4e7eb; }
  body { width: var(--page-width); max-width: calc(100% - 16px); margin: 8px auto; padding: 14mm clamp(16px, 6vw, 18mm) 20mm; box-shadow: 0 1px 6px rgba(0,0,0,.2); }
  .marking-band { position: sticky; top: 0; margin: -14mm calc(-1 * clamp(16px, 6vw, 18mm)) 6mm; padding: 1.5mm; text-align: center; font-weight: 700; letter-spacing: 0.12em; color: var(--mark); background: #fff; border-bottom: 0.5pt solid var(--rule); }
  .section, .contents { margin-top: 14mm; }
  .cover { min-height: 0; }
  .cover-main { margin-top: 25mm; }
  .cover-facts { margin-top: 20mm; }
}
@media print { .screen-only { display: none; } }
`;
