// Every text field takes its direction from what is typed in it (dir="auto"), so a name or message
// in Arabic or Hebrew reads right to left in this English interface. Read from the source, so a new
// field cannot forget it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../src/renderer');
const NOT_TEXT = new Set(['checkbox', 'radio', 'date', 'time', 'color', 'file', 'number', 'range', 'hidden', 'datetime-local', 'month', 'week']);

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsxFiles(path.join(dir, e.name)) : e.name.endsWith('.tsx') ? [path.join(dir, e.name)] : []));
}

/** The attributes of each <input> and <textarea> tag, braces in expressions skipped over. */
function fieldTags(source: string): string[] {
  const out: string[] = [];
  for (const match of source.matchAll(/<(input|textarea)\b/g)) {
    let depth = 0;
    let end = match.index + match[0].length;
    for (; end < source.length; end++) {
      const c = source[end];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0) break;
    }
    out.push(source.slice(match.index, end));
  }
  return out;
}

describe('text direction', () => {
  it('gives every text input and text area dir="auto" or a direction of its own', () => {
    const missing: string[] = [];
    for (const file of tsxFiles(root)) {
      for (const tag of fieldTags(fs.readFileSync(file, 'utf8'))) {
        const type = /\btype="([^"]+)"/.exec(tag)?.[1];
        if (type && NOT_TEXT.has(type)) continue;
        // dir="auto", or a direction the field derives on purpose (from a message version's language).
        if (!/\bdir=("auto"|\{)/.test(tag)) missing.push(`${path.relative(root, file)}: ${tag.split('\n')[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
