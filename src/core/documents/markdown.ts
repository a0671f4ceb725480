// The brief as Markdown (CommonMark with GitHub tables), from the same outline as the DOCX.
import type { Block, BriefOutline } from './briefBlocks';

/** Escapes characters Markdown would read as markup, and keeps a table cell on one line. */
function inline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function cellText(text: string): string {
  return inline(text).replace(/\r?\n/g, '<br>') || ' ';
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      // Sections are "##", so a block's level 2 and 3 headings become "###" and "####".
      return `${'#'.repeat(b.level + 1)} ${inline(b.text)}`;
    case 'paragraph': {
      const text = inline(b.text).replace(/\r?\n/g, '  \n');
      if (b.tone === 'quote') return `> ${text.replace(/\n/g, '\n> ')}`;
      if (b.tone === 'strong') return `**${text}**`;
      if (b.tone === 'muted') return `*${text}*`;
      return text;
    }
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item).replace(/\r?\n/g, ' ')}`).join('\n');
    case 'table': {
      const numeric = b.numeric ?? [];
      const row = (cells: string[]) => `| ${cells.map(cellText).join(' | ')} |`;
      return [row(b.header), `| ${b.header.map((_, i) => (numeric[i] ? '---:' : '---')).join(' | ')} |`, ...b.rows.map(row)].join('\n');
    }
  }
}

export function briefMarkdown(outline: BriefOutline): string {
  const parts: string[] = [];
  if (outline.cover) {
    const { cover } = outline;
    parts.push(`**${inline(outline.marking)}**`);
    parts.push(`# ${inline(cover.title)}`);
    parts.push(`*${inline(cover.kicker)}*`);
    if (cover.mission) parts.push(inline(cover.mission));
    parts.push(cover.facts.map(([label, value]) => `- **${inline(label)}:** ${inline(value)}`).join('\n'));
  } else {
    parts.push(`**${inline(outline.marking)}**`);
    parts.push(`# ${inline(outline.title)}`);
  }
  if (outline.contents && outline.sections.length > 0) {
    parts.push('## Contents');
    parts.push(outline.sections.map((s) => `- [${inline(s.heading)}](#${anchor(s.heading)})`).join('\n'));
  }
  for (const section of outline.sections) {
    parts.push(`## ${inline(section.heading)}`);
    for (const b of section.blocks) parts.push(block(b));
  }
  parts.push(`---\n\n**${inline(outline.marking)}**`);
  return `${parts.join('\n\n')}\n`;
}

/** GitHub's heading anchors: lower case, spaces to dashes, punctuation dropped. */
function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-');
}
