// Reads back where Chromium put each heading: the PDF's document outline (bookmarks) names every
// heading and the page object it lands on; the page tree gives that page's number. Enough PDF to
// read what Chromium (Skia) writes uncompressed, not a general PDF parser: on anything unexpected
// it returns an empty list and the contents page simply goes without page numbers.

export interface OutlineEntry {
  title: string;
  /** 1-based page number. */
  page: number;
}

export function readOutline(pdf: Uint8Array): OutlineEntry[] {
  try {
    const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
    const objects = new Map<number, string>();
    const objectPattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
    for (let match = objectPattern.exec(text); match; match = objectPattern.exec(text)) {
      // Skip stream bodies: only dictionaries matter here.
      const body = match[2]!;
      const stream = body.indexOf('stream');
      objects.set(Number(match[1]), stream >= 0 ? body.slice(0, stream) : body);
    }
    const order = new Map<number, number>();
    const root = [...objects].find(([, body]) => /\/Type\s*\/Pages\b/.test(body) && !/\/Parent\s/.test(body));
    if (!root) return [];
    const walk = (id: number, depth: number) => {
      if (depth > 32) return;
      const body = objects.get(id) ?? '';
      if (/\/Type\s*\/Pages\b/.test(body)) {
        const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
        for (const kid of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(kid[1]), depth + 1);
      } else if (/\/Type\s*\/Page\b/.test(body)) {
        order.set(id, order.size + 1);
      }
    };
    walk(root[0], 0);
    const entries: OutlineEntry[] = [];
    for (const body of objects.values()) {
      const title = /\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(body)?.[1];
      const page = /\/Dest\s*\[\s*(\d+)\s+0\s+R/.exec(body)?.[1];
      if (!title || !page || !order.has(Number(page))) continue;
      entries.push({ title: decodeString(title), page: order.get(Number(page))! });
    }
    return entries;
  } catch {
    return [];
  }
}

function decodeString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  const inner = token.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) => {
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return map[c] ?? String.fromCharCode(parseInt(c, 8));
  });
  if (inner.startsWith('\u00fe\u00ff')) return Buffer.from(inner.slice(2), 'latin1').swap16().toString('utf16le');
  return inner;
}
