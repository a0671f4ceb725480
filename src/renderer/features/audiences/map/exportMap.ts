// The map as a picture for documents: an SVG drawn from the data (not a copy of the screen), and a
// PNG made by painting that SVG onto a canvas. Both are saved through api/saveFile.
import { QUADRANT_LABELS, quadrantOf, type Audience, type Quadrant } from '../../../../shared/audiences';
import type { Colouring } from '../colouring';
import { DIMENSION_LABELS } from '../colouring';
import { byPriorityThenName } from '../model';
import { INFLUENCE_ROWS, INTEREST_COLUMNS, shorten } from './grid';

export interface MapPicture {
  svg: string;
  width: number;
  height: number;
}

const QUADRANT_FILL: Record<Quadrant, string> = {
  manage_closely: '#fbeee8',
  keep_satisfied: '#ecf2fa',
  keep_informed: '#ebf5ee',
  monitor: '#f3f4f6',
};
const QUADRANT_INK: Record<Quadrant, string> = {
  manage_closely: '#9a3b17',
  keep_satisfied: '#1d4a72',
  keep_informed: '#1c6b3f',
  monitor: '#4c5563',
};

const FONT = "'Inter', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";
const CELL_W = 190;
const CELL_H = 128;
const CHIP_H = 18;
const CHIP_H2 = 30;
const CHIP_GAP = 4;
const MORE_H = 16;
/** Average width of a character of 11 px sans-serif type, generously (the fallback fonts run wide). */
const CHAR_W = 5.7;
const LEFT = 64;
const TOP = 96;
const BAND = 24;
const LEGEND_W = 250;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A name on one line, or broken at a space onto two; a second line too long keeps its last word. */
function twoLines(name: string, perLine: number): string[] {
  if (name.length <= perLine) return [name];
  const cut = name.lastIndexOf(' ', perLine);
  const first = cut > perLine / 3 ? name.slice(0, cut) : name.slice(0, perLine - 1) + '-';
  const rest = name.slice(cut > perLine / 3 ? cut + 1 : perLine - 1);
  return [first, shorten(rest, perLine)];
}

/** Cuts a name to what fits in `width` pixels at about 6.2 px per character (11 px type). */
function fit(text: string, width: number, charWidth = 6.2): string {
  const max = Math.floor(width / charWidth);
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

export function buildMapSvg(options: {
  title: string;
  subtitle: string;
  audiences: Audience[];
  colouring: Colouring;
}): MapPicture {
  const { title, subtitle, audiences, colouring } = options;
  const gridW = CELL_W * 5;
  const gridH = CELL_H * 5;
  const width = LEFT + gridW + 32 + LEGEND_W + 24;
  const legendRows = colouring.categories.length;
  const height = Math.max(TOP + BAND + gridH + BAND + 64, TOP + 40 + legendRows * 22 + 40);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT)}">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="40" font-size="22" font-weight="600" fill="#18212d">${esc(title)}</text>`,
    `<text x="${LEFT}" y="64" font-size="13" fill="#5f6978">${esc(subtitle)}</text>`,
  );

  const cells = new Map<string, Audience[]>();
  for (const a of audiences) {
    const key = `${a.influence}:${a.interest}`;
    cells.set(key, [...(cells.get(key) ?? []), a]);
  }

  const gridTop = TOP + BAND;
  // Quadrant bands above and below the grid.
  const band = (q: Quadrant, col: number, span: number, y: number) =>
    out.push(
      `<rect x="${LEFT + col * CELL_W}" y="${y}" width="${span * CELL_W}" height="${BAND - 2}" fill="${QUADRANT_FILL[q]}"/>`,
      `<text x="${LEFT + col * CELL_W + 8}" y="${y + 16}" font-size="12" font-weight="700" fill="${QUADRANT_INK[q]}" letter-spacing="0.4">${esc(QUADRANT_LABELS[q].toUpperCase())}</text>`,
    );
  band('keep_satisfied', 0, 2, TOP);
  band('manage_closely', 2, 3, TOP);
  band('monitor', 0, 2, gridTop + gridH + 2);
  band('keep_informed', 2, 3, gridTop + gridH + 2);

  INFLUENCE_ROWS.forEach((influence, row) => {
    INTEREST_COLUMNS.forEach((interest, col) => {
      const x = LEFT + col * CELL_W;
      const y = gridTop + row * CELL_H;
      const q = quadrantOf(influence, interest);
      out.push(`<rect x="${x}" y="${y}" width="${CELL_W}" height="${CELL_H}" fill="${QUADRANT_FILL[q]}" stroke="#ffffff" stroke-width="2"/>`);
      const list = (cells.get(`${influence}:${interest}`) ?? []).sort(byPriorityThenName);
      if (list.length > 0) {
        out.push(`<text x="${x + CELL_W - 8}" y="${y + 16}" font-size="11" text-anchor="end" fill="#5f6978">${list.length}</text>`);
      }
      // Cards of one or two lines, as many as fit, then "+N more".
      const cw = CELL_W - 34;
      const perLine = Math.floor((cw - 14) / CHAR_W);
      const bottom = y + CELL_H - 8;
      let cy = y + 8;
      let shown = 0;
      for (const a of list) {
        const lines = twoLines(a.name, perLine);
        const h = lines.length === 1 ? CHIP_H : CHIP_H2;
        const left = list.length - shown - 1;
        // Keep a line free for "+N more" unless this is the last card.
        if (cy + h > bottom - (left > 0 ? MORE_H : 0)) break;
        out.push(
          `<rect x="${x + 6}" y="${cy}" width="${cw}" height="${h}" rx="4" fill="#ffffff" stroke="#d5dae1"/>`,
          `<rect x="${x + 6}" y="${cy}" width="5" height="${h}" rx="2" fill="${colouring.colourOf(a)}"/>`,
          `<text x="${x + 16}" y="${cy + 13}" font-size="11" fill="#18212d"${a.priority === 'high' ? ' font-weight="600"' : ''}>${lines
            .map((line, i) => `<tspan x="${x + 16}" dy="${i === 0 ? 0 : 12}">${esc(line)}</tspan>`)
            .join('')}</text>`,
        );
        cy += h + CHIP_GAP;
        shown++;
      }
      if (list.length > shown) {
        out.push(`<text x="${x + 10}" y="${cy + 12}" font-size="11" font-weight="600" fill="#1d4a72">+${list.length - shown} more</text>`);
      }
    });
  });
  // Quadrant dividers: high means 3 and above on both scores.
  out.push(
    `<line x1="${LEFT}" y1="${gridTop + 3 * CELL_H}" x2="${LEFT + gridW}" y2="${gridTop + 3 * CELL_H}" stroke="#8a94a3" stroke-width="2"/>`,
    `<line x1="${LEFT + 2 * CELL_W}" y1="${gridTop}" x2="${LEFT + 2 * CELL_W}" y2="${gridTop + gridH}" stroke="#8a94a3" stroke-width="2"/>`,
    `<rect x="${LEFT}" y="${gridTop}" width="${gridW}" height="${gridH}" fill="none" stroke="#c3cad4"/>`,
  );
  // Axes.
  INFLUENCE_ROWS.forEach((n, row) =>
    out.push(`<text x="${LEFT - 12}" y="${gridTop + row * CELL_H + CELL_H / 2 + 4}" font-size="12" text-anchor="end" fill="#454f5e">${n}</text>`),
  );
  INTEREST_COLUMNS.forEach((n, col) =>
    out.push(`<text x="${LEFT + col * CELL_W + CELL_W / 2}" y="${gridTop + gridH + BAND + 18}" font-size="12" text-anchor="middle" fill="#454f5e">${n}</text>`),
  );
  const midY = gridTop + gridH / 2;
  out.push(
    `<text x="22" y="${midY}" font-size="13" font-weight="600" fill="#18212d" text-anchor="middle" transform="rotate(-90 22 ${midY})">Influence →</text>`,
    `<text x="${LEFT + gridW / 2}" y="${gridTop + gridH + BAND + 42}" font-size="13" font-weight="600" text-anchor="middle" fill="#18212d">Interest →</text>`,
  );
  // Legend.
  const lx = LEFT + gridW + 32;
  out.push(`<text x="${lx}" y="${TOP + 16}" font-size="13" font-weight="600" fill="#18212d">Colour: ${esc(DIMENSION_LABELS[colouring.dimension].toLowerCase())}</text>`);
  colouring.categories.forEach((c, i) => {
    const y = TOP + 36 + i * 22;
    out.push(
      `<rect x="${lx}" y="${y}" width="12" height="12" rx="3" fill="${c.colour}"/>`,
      `<text x="${lx + 20}" y="${y + 10}" font-size="12" fill="#18212d">${esc(fit(c.label, LEGEND_W - 60, 6.6))}</text>`,
      `<text x="${lx + LEGEND_W - 16}" y="${y + 10}" font-size="12" text-anchor="end" fill="#5f6978">${c.count}</text>`,
    );
  });
  out.push(
    `<text x="${lx}" y="${TOP + 36 + legendRows * 22 + 20}" font-size="11" fill="#5f6978">Bold: high priority.</text>`,
    '</svg>',
  );
  return { svg: out.join('\n'), width, height };
}

/** Paints the SVG onto a canvas at `scale` and gives back a PNG. */
export async function svgToPng(picture: MapPicture, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The map picture could not be drawn.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(picture.width * scale);
    canvas.height = Math.round(picture.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This window cannot draw pictures.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, picture.width, picture.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function fileSafe(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'audience-map'
  );
}
