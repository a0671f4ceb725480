// CSV as RFC 4180 describes it: comma-separated, fields with commas, quotes or line breaks quoted,
// quotes doubled, CRLF line ends, UTF-8 with a byte-order mark so spreadsheet programs read accents.
// A cell that a spreadsheet would run as a formula (=, +, -, @ first) is written with a leading
// apostrophe, which import removes again.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Parses CSV text into rows of cells; throws CsvSyntaxError (with its line) on a broken quote. */
export function parseCsv(input: string): { rows: string[][]; lines: number[] } {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
    quoted = false;
  };
  const endRow = () => {
    endCell();
    if (!(row.length === 1 && row[0] === '')) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && cell === '' && !quoted) {
      quoted = true;
      const start = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError(`A quoted field opened on line ${start} is never closed`, start);
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        cell += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvSyntaxError(`Unexpected text after a closing quote on line ${line}`, line);
      }
      continue;
    }
    if (char === ',') {
      endCell();
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    if (char === '"' && !quoted) throw new CsvSyntaxError(`A quote in the middle of an unquoted field on line ${line}; quote the whole field`, line);
    cell += char;
    i++;
  }
  if (cell !== '' || row.length > 0) endRow();
  return { rows: rows.map((r) => r.map((c) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c))), lines };
}
