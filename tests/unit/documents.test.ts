import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { briefFileName } from '../../src/core/documents/handlers';
import { html, raw } from '../../src/core/documents/html';
import { renderBrief, sectionPages } from '../../src/core/documents/render';
import { BRIEF_SECTIONS } from '../../src/shared/documents';
import type { StrategyDetail } from '../../src/shared/domain';
import { playwrightPrinter } from '../../src/web/pdf';

describe('html``', () => {
  it('escapes interpolated text, joins arrays, keeps Html and prints nothing for null', () => {
    const name = '<b onclick="x">A & B\'s</b>';
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;b onclick=&quot;x&quot;&gt;A &amp; B&#39;s&lt;/b&gt;">&lt;b onclick=&quot;x&quot;&gt;A &amp; B&#39;s&lt;/b&gt;</p>',
    );
    expect(html`<ul>${['<1>', '2'].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe('<ul><li>&lt;1&gt;</li><li>2</li></ul>');
    expect(html`${null}${undefined}${false}${0}${raw('<br>')}`.value).toBe('0<br>');
  });
});

describe('the brief', () => {
  const strategy: StrategyDetail = {
    id: 's',
    title: 'Plan',
    year: 2027,
    mission: '',
    vision: '',
    status: 'draft',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-02T00:00:00Z',
    objectives: [],
    priorities: [{ id: 'p', strategyId: 's', title: 'First', description: '', sortKey: 'a' }],
    platforms: [],
  };
  const data = { strategy, audiences: [], house: { core: null, pillars: [] }, plan: { audiences: [], platforms: [], messages: [], cells: [], gaps: [], coverage: { audiences: 0, highPriority: 0, withoutMessage: 0, withoutPlatform: 0 } } };

  it('keeps only the sections with data, numbered in order, and reads their pages back from an outline', () => {
    const brief = renderBrief(data, { sections: BRIEF_SECTIONS, paper: 'letter', marking: 'RESTRICTED', date: '2026-11-25', fontCss: '' });
    expect(brief.sections).toEqual(['cover', 'contents', 'summary', 'priorities']);
    expect(brief.title).toBe('Plan 2027');
    expect(brief.html).toContain('@page { size: letter;');
    expect(brief.job.footerTemplate).toContain('class="pageNumber"');
    expect(brief.job.headerTemplate).toContain('RESTRICTED');
    const pages = sectionPages(brief.sections, [
      { title: 'Contents', page: 2 },
      { title: '1 Executive summary', page: 3 },
      { title: '2  Priorities', page: 4 },
    ]);
    expect(pages).toEqual({ summary: 3, priorities: 4 });
  });

  it('names the file after the strategy in any script', () => {
    expect(briefFileName('Digital diplomacy strategy 2027')).toBe('Digital-diplomacy-strategy-2027-brief.pdf');
    expect(briefFileName('خطة ٢٠٢٧ / Plan')).toBe('خطة-٢٠٢٧-Plan-brief.pdf');
    expect(briefFileName('***')).toBe('strategy-brief.pdf');
  });
});

describe('the playwright printer', () => {
  it('says how to get Chromium when there is none', async () => {
    const print = playwrightPrinter(null);
    await expect(
      print({ html: '', paper: 'a4', headerTemplate: '', footerTemplate: '', marginsMm: { top: 1, right: 1, bottom: 1, left: 1 }, tagged: false, tempDir: os.tmpdir() }),
    ).rejects.toThrow(/Printing needs Chromium.*apt-get install chromium/);
  });
});
