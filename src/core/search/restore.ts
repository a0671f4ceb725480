// The index holds folded text (src/core/search/fold.ts), so its snippets read "اعلان" for "إعلان",
// "еще" for "ещё" and drop every vowel mark. A press officer should see the text as it was written:
// this finds the snippet's words in the row's own text and puts its spelling back, keeping the marks.
import { foldLetter, isFoldedMark } from './fold';

const OPEN = '[[';
const CLOSE = ']]';
const ELLIPSIS = '…';

/** `text` folded as the index holds it, with whitespace runs as one space, and where each unit came from. */
interface Folded {
  text: string;
  /** Start and end (exclusive) in the original text of each UTF-16 unit of `text`. */
  from: number[];
  to: number[];
}

function fold(original: string): Folded {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const char = original[i]!;
    const last = out.length - 1;
    // A removed mark belongs to the letter before it, so it comes back with that letter.
    if (isFoldedMark(char)) {
      if (last >= 0) to[last] = i + 1;
    } else if (/\s/.test(char) && out[last] === ' ') {
      to[last] = i + 1;
    } else {
      out.push(/\s/.test(char) ? ' ' : foldLetter(char));
      from.push(i);
      to.push(i + 1);
    }
  }
  return { text: out.join(''), from, to };
}

/**
 * The snippet in the spelling of the first of `originals` that holds it (the row's title, then its
 * body); the snippet unchanged when none does.
 */
export function restoreSnippet(snippet: string, originals: readonly string[]): string {
  const lead = snippet.startsWith(ELLIPSIS) ? ELLIPSIS : '';
  const trail = snippet.length > lead.length && snippet.endsWith(ELLIPSIS) ? ELLIPSIS : '';
  const inner = snippet.slice(lead.length, snippet.length - trail.length);
  // The plain text and, for each mark, where it opens and closes in it.
  const parts = inner.split(/(\[\[|\]\])/u);
  let plain = '';
  const cuts: { at: number; token: string }[] = [];
  for (const part of parts) {
    if (part === OPEN || part === CLOSE) cuts.push({ at: plain.length, token: part });
    else plain += part;
  }
  if (plain.trim() === '') return snippet;
  for (const original of originals) {
    const folded = fold(original);
    const k = folded.text.indexOf(plain);
    if (k < 0) continue;
    const piece = (a: number, b: number) =>
      a >= b ? '' : original.slice(folded.from[k + a], folded.to[k + b - 1]).replace(/\s+/g, ' ');
    let out = '';
    let at = 0;
    for (const cut of cuts) {
      out += piece(at, cut.at) + cut.token;
      at = cut.at;
    }
    return lead + out + piece(at, plain.length) + trail;
  }
  return snippet;
}
