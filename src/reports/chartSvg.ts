// Charts for documents: the chart layer's functions drawn in jsdom and serialised, so that a PDF report
// prints the same chart, from the same function, as the web page shows.
import { JSDOM } from 'jsdom';
import type { ChartOptions } from '../charts';

/** The font the PDF reports are set in (Debian's metric-compatible Arial). */
export const reportFont = 'Liberation Sans, Arial, sans-serif';

let window: JSDOM['window'] | undefined;

/** Draws `chart(data, options)` in jsdom and returns it as SVG text, in the report's font by default. */
export function renderChartSvg<Data, Options extends ChartOptions>(
  chart: (data: Data, options: Options) => SVGSVGElement,
  data: Data,
  options: Omit<Options, 'document'>,
): string {
  // One jsdom window serves every chart: each draws its own <svg>, with no ids to collide.
  window ??= new JSDOM('<!doctype html><html><body></body></html>').window;
  const svg = chart(data, { fontFamily: reportFont, ...options, document: window.document } as Options);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return svg.outerHTML;
}
