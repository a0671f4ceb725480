// Snippets for hits found inside words (the trigram index). FTS5's own snippet() counts tokens, and a
// trigram token is one character, so its windows cut words apart; instead the whole field comes back
// with the matches marked, and this keeps a window around the first mark, cut at spaces where the text
// has them. Marks are written [[like this]], as the word index's snippets are.

const OPEN = '[[';
const CLOSE = ']]';
/** How much text is kept before the first mark and after it, in narrow characters' widths. */
const BEFORE = 36;
const AFTER = 60;
// Chinese, Japanese and Korean characters take two narrow characters' room on screen.
const WIDE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303f\uff01-\uff60]/u;

/**
 * The snippet for a hit: the title when it holds a match, otherwise the body. `pieces` are short
 * pieces matched with LIKE, which FTS5 did not mark; they are marked here.
 */
export function pieceSnippet(title: string, body: string, pieces: readonly string[]): string {
  const [markedTitle, markedBody] = [title, body].map((text) => window(markPieces(text.replace(/\s+/g, ' ').trim(), pieces)));
  return markedTitle!.includes(OPEN) || !markedBody!.includes(OPEN) ? markedTitle! : markedBody!;
}

/** `text` with every occurrence of each piece marked, outside the marks already there. */
export function markPieces(text: string, pieces: readonly string[]): string {
  if (pieces.length === 0) return text;
  const any = new RegExp(pieces.map(escapeRegExp).join('|'), 'giu');
  return text
    .split(/(\[\[.*?\]\])/u)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(any, (found) => `${OPEN}${found}${CLOSE}`)))
    .join('');
}

/** About BEFORE characters before the first mark and AFTER after it, cut at spaces, with … where cut. */
export function window(text: string): string {
  const at = text.indexOf(OPEN);
  const from = at < 0 ? 0 : at;
  let start = step(text, from, -BEFORE);
  if (start > 0) {
    // Start after a space, so no word is cut in two; text without spaces (Chinese) is cut anywhere.
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < from) start = space + 1;
  }
  const markEnd = at < 0 ? 0 : text.indexOf(CLOSE, at) + CLOSE.length;
  let end = step(text, Math.max(markEnd, start), AFTER);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > markEnd) end = space;
    // Never end inside a mark: the renderer would show the brackets. Stop before it instead.
    for (const mark of text.matchAll(/\[\[.*?\]\]/gu)) {
      if (mark.index >= markEnd && mark.index < end && end < mark.index + mark[0].length) end = mark.index;
    }
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** The index `width` narrow characters' room away from `at` (backwards when negative), within the text. */
function step(text: string, at: number, width: number): number {
  const direction = Math.sign(width);
  let room = Math.abs(width);
  let i = at;
  while (room > 0 && (direction < 0 ? i > 0 : i < text.length)) {
    const char = direction < 0 ? text[i - 1]! : text[i]!;
    room -= WIDE.test(char) ? 2 : 1;
    i += direction;
  }
  // Never split a character written as a surrogate pair.
  if (i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!)) i += direction < 0 ? -1 : 1;
  return i;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
