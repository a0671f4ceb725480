// Colour and filter audiences by one of their traits, on the map and in the graph alike.
import { AUDIENCE_KINDS, AUDIENCE_KIND_LABELS, STANCES, STANCE_LABELS, type Audience } from '../../../shared/audiences';

export const DIMENSIONS = ['kind', 'stance', 'region', 'language'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const DIMENSION_LABELS: Record<Dimension, string> = {
  kind: 'Kind',
  stance: 'Stance',
  region: 'Region',
  language: 'Language',
};

/** Twelve colours that stay apart for most readers and against white. */
const PALETTE = [
  '#1f6fb2',
  '#d1731b',
  '#2e8b57',
  '#c0392b',
  '#7d4fb0',
  '#8c5a3c',
  '#c2498f',
  '#5d6d7e',
  '#9a9a1f',
  '#178a93',
  '#3949ab',
  '#2f3a47',
];
const STANCE_COLOURS: Record<string, string> = {
  supportive: '#2e8b57',
  neutral: '#5b7fa6',
  critical: '#d1891b',
  hostile: '#c0392b',
  unknown: '#9aa3ae',
};
export const OTHER_COLOUR = '#9aa3ae';
const NONE = '\u0000none';
const OTHER = '\u0000other';
/** Regions and languages beyond the most common ones share one "Other" colour. */
const MAX_OPEN_CATEGORIES = 10;

export interface Category {
  value: string;
  label: string;
  colour: string;
  count: number;
}

export interface Colouring {
  dimension: Dimension;
  categories: Category[];
  colourOf: (a: Audience) => string;
  categoryOf: (a: Audience) => string;
}

/** The values an audience has for a dimension (regions and languages may be several). */
export function valuesOf(a: Audience, dimension: Dimension): string[] {
  switch (dimension) {
    case 'kind':
      return [a.kind];
    case 'stance':
      return [a.stance];
    case 'region':
      return a.regions;
    case 'language':
      return a.languages;
  }
}

function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

export function valueLabel(dimension: Dimension, value: string): string {
  if (value === NONE) return dimension === 'region' ? 'No region' : 'No language';
  if (value === OTHER) return 'Other';
  if (dimension === 'kind') return AUDIENCE_KIND_LABELS[value as keyof typeof AUDIENCE_KIND_LABELS] ?? value;
  if (dimension === 'stance') return STANCE_LABELS[value as keyof typeof STANCE_LABELS] ?? value;
  if (dimension === 'language') return languageName(value);
  return value;
}

/** Every value present for a dimension, most common first (for filters). */
export function presentValues(audiences: Audience[], dimension: Dimension): { value: string; label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of audiences) for (const v of valuesOf(a, dimension)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const fixedOrder: readonly string[] | null = dimension === 'kind' ? AUDIENCE_KINDS : dimension === 'stance' ? STANCES : null;
  const entries = [...counts.entries()];
  entries.sort(fixedOrder ? (x, y) => fixedOrder.indexOf(x[0]) - fixedOrder.indexOf(y[0]) : (x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return entries.map(([value, count]) => ({ value, label: valueLabel(dimension, value), count }));
}

/** Colours for the audiences by one dimension, with the legend's categories and counts. */
export function colouringFor(audiences: Audience[], dimension: Dimension): Colouring {
  const colour = new Map<string, string>();
  if (dimension === 'kind') AUDIENCE_KINDS.forEach((k, i) => colour.set(k, PALETTE[i % PALETTE.length]!));
  else if (dimension === 'stance') for (const s of STANCES) colour.set(s, STANCE_COLOURS[s]!);
  else {
    presentValues(audiences, dimension)
      .slice(0, MAX_OPEN_CATEGORIES)
      .forEach((v, i) => colour.set(v.value, PALETTE[i % PALETTE.length]!));
  }
  const categoryOf = (a: Audience): string => {
    const first = valuesOf(a, dimension)[0];
    if (first === undefined) return NONE;
    return colour.has(first) ? first : OTHER;
  };
  const counts = new Map<string, number>();
  for (const a of audiences) {
    const c = categoryOf(a);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const order = [...colour.keys(), OTHER, NONE];
  const categories = order
    .filter((value) => counts.has(value))
    .map((value) => ({ value, label: valueLabel(dimension, value), colour: colour.get(value) ?? OTHER_COLOUR, count: counts.get(value)! }));
  return { dimension, categories, categoryOf, colourOf: (a) => colour.get(categoryOf(a)) ?? OTHER_COLOUR };
}

export type Filters = Partial<Record<Dimension, string>>;

export function matches(a: Audience, filters: Filters): boolean {
  for (const dimension of DIMENSIONS) {
    const wanted = filters[dimension];
    if (wanted && !valuesOf(a, dimension).includes(wanted)) return false;
  }
  return true;
}
