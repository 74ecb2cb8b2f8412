import type { Rag } from '../core/kpi';

// One palette for every chart, on screen and in print. The categorical colours (Okabe and Ito's
// colour-blind-safe set, darkened where needed) are ordered so that neighbours differ in lightness and
// the first four stay apart in greyscale; lines add a dash pattern and a marker shape, so no series is
// told apart by colour alone. A RAG rating is always written as its word (Green, Amber, Red).

/** Text, axes and the zero line. */
export const ink = '#0b0c0c';
/**
 * A white outline behind printed values, so a line or grid passing behind them leaves them readable.
 * Give the text its fill as well: Plot leaves text with a stroke unfilled.
 */
export const halo = { stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' } as const;

/** Grid lines. */
export const gridColour = '#b1b4b6';
/** Bars that are context (other councils, the baseline). */
export const muted = '#9aa9b5';

/** Fills for categories (stacked bars, grouped bars), in order. */
export const categoryColours = [
  '#17324d', // navy, L* 20
  '#56b4e9', // sky blue, L* 70
  '#b35900', // burnt orange, L* 48
  '#f0e442', // yellow, L* 89
  '#009e73', // bluish green, L* 58
  '#6f777b', // grey, L* 50
  '#cc79a7', // reddish purple, L* 61
] as const;

/** How one line series is drawn: colour, dash pattern and marker, each enough to tell it apart. */
export interface LineStyle {
  stroke: string;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash: string | undefined;
  /** A Plot symbol name for the markers. */
  symbol: 'circle' | 'square' | 'diamond2' | 'triangle2' | 'star' | 'plus';
}

/** Text printed on a category's fill: white on the dark fills, ink on the light ones. */
export function textOn(fill: string): string {
  return ['#17324d', '#b35900', '#6f777b', '#009e73'].includes(fill) ? 'white' : ink;
}

/** Line styles, in order: the first series solid with circles, the next dashed with squares... */
export const lineStyles: readonly LineStyle[] = [
  { stroke: '#17324d', dash: undefined, symbol: 'circle' },
  { stroke: '#b35900', dash: '9 5', symbol: 'square' },
  { stroke: ink, dash: '2 4', symbol: 'diamond2' },
  { stroke: '#009e73', dash: '12 4 2 4', symbol: 'triangle2' },
  { stroke: '#cc79a7', dash: '4 4', symbol: 'star' },
  { stroke: '#6f777b', dash: '1 3', symbol: 'plus' },
];

/** The style of the `index`th line series, cycling through lineStyles. */
export function lineStyle(index: number): LineStyle {
  return lineStyles[index % lineStyles.length]!;
}

/** The fill of the `index`th category, cycling through categoryColours. */
export function categoryColour(index: number): string {
  return categoryColours[index % categoryColours.length]!;
}

/** Interval bands of a fan chart, widest (lightest) first: one hue, so darker means more likely. */
export const bandColours = ['#c9dcef', '#8fb6dc', '#4f86bd'] as const;

/** The word for a RAG rating, printed wherever the rating is shown. */
export const ragWords: Record<Rag, string> = { G: 'Green', A: 'Amber', R: 'Red' };
