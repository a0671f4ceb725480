// The audience map for the DOCX: the very SVG the PDF brief draws (audienceMapSvg), embedded as an
// SVG picture with a PNG copy that sharp rasterises, since Word before 2016 and some readers show
// only the PNG. sharp is loaded on first use: a DOCX without audiences never needs it.
import { QUADRANT_LABELS, quadrantOf, type Audience } from '../../shared/audiences';
import { audienceMapCaption, audienceMapSvg } from './render';

export interface MapFigure {
  svg: Uint8Array;
  png: Uint8Array;
  /** The picture's size on the page, in pixels at 96 to the inch (docx's unit for pictures). */
  width: number;
  height: number;
  /** Alt text: what the map shows, for screen readers and Word's accessibility checker. */
  title: string;
  description: string;
  caption: string;
}

/** The printed width: 140 mm, as wide as the PDF's figure (150 mm at most) within the DOCX's margins. */
const WIDTH_PX = Math.round((140 / 25.4) * 96);
/** Three times the SVG's own pixel size: sharp enough to print at about 300 dpi at that width. */
const DENSITY = 72 * 3;

export async function audienceMapFigure(audiences: Audience[]): Promise<MapFigure> {
  const svg = audienceMapSvg(audiences).value;
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!viewBox) throw new Error('The audience map has no viewBox');
  const [svgWidth, svgHeight] = [Number(viewBox[1]), Number(viewBox[2])];
  const { default: sharp } = await import('sharp');
  const png = await sharp(Buffer.from(svg, 'utf8'), { density: DENSITY }).flatten({ background: '#ffffff' }).png({ compressionLevel: 9, palette: true }).toBuffer();
  const byQuadrant = new Map<string, number>();
  for (const a of audiences) {
    const quadrant = QUADRANT_LABELS[quadrantOf(a.influence, a.interest)];
    byQuadrant.set(quadrant, (byQuadrant.get(quadrant) ?? 0) + 1);
  }
  return {
    svg: Buffer.from(svg, 'utf8'),
    png,
    width: WIDTH_PX,
    height: Math.round((WIDTH_PX * svgHeight) / svgWidth),
    title: `Influence-interest map of ${audiences.length} ${audiences.length === 1 ? 'audience' : 'audiences'}`,
    description: `Audiences placed by influence and interest. ${[...byQuadrant].map(([q, n]) => `${q}: ${n}`).join('; ')}. The audience table lists each one.`,
    caption: audienceMapCaption(audiences.length),
  };
}
