// Every chart goes through here: Plot draws the marks and axes, then the title, the legend and the
// accessible name and description are added to Plot's own <svg>, so one element carries the whole chart
// to a web page or (serialised through jsdom) to a PDF. Nothing random or counted goes in: the same data
// gives the same SVG.
import * as Plot from '@observablehq/plot';
import { drawLegend, layoutLegend, svgElement, type LegendEntry } from './legend';
import { ink } from './palette';
import { fontSize, titleSize, wrapText } from './text';

/** Options every chart function takes. */
export interface ChartOptions {
  /** Width in pixels (default 640); tick counts and label wrapping are chosen from it. */
  width?: number;
  /** The document to draw in: the browser's by default, jsdom's on the server. */
  document?: Document;
  /** The font family (default: the page's); reports pass the PDF's font. */
  fontFamily?: string;
}

/** The default width of a chart, in pixels. */
export const defaultWidth = 640;

/** What a chart function hands to drawChart. */
export interface Frame {
  /** Shown above the chart and given as its accessible name. */
  title: string;
  /** Every figure in words, for screen readers (<desc>). */
  description: string;
  /** Shown when there is more than one entry. */
  legend?: readonly LegendEntry[];
  /** Height of the plot below the title and legend, margins included. */
  height: number;
  /** A class for the chart's <svg> besides hn-chart, naming its kind. */
  kind: string;
  /** Plot's options: marks, scales and margins (width, height and document are set here). */
  plot: Omit<Plot.PlotOptions, 'width' | 'height' | 'document' | 'title' | 'subtitle' | 'caption'>;
}

const titleLineHeight = 18;

/** Draws a chart: Plot's <svg>, titled, with its legend, role="img", <title> and <desc>. */
export function drawChart(frame: Frame, options: ChartOptions = {}): SVGSVGElement {
  const document = options.document ?? globalThis.document;
  if (!document)
    throw new Error('Charts need a document: pass { document } (jsdom) when drawing on the server.');
  const width = options.width ?? defaultWidth;
  const titleLines = wrapText(frame.title, width - 8, titleSize, true);
  const legend = layoutLegend((frame.legend?.length ?? 0) > 1 ? (frame.legend ?? []) : [], width - 8);
  const titleHeight = titleLines.length * titleLineHeight + 8;
  const header = titleHeight + legend.height + (legend.height > 0 ? 4 : 0);
  const svg = Plot.plot({
    ...frame.plot,
    width,
    height: frame.height + header,
    marginTop: (frame.plot.marginTop ?? 16) + header,
    document,
    className: 'hn-plot',
  }) as unknown as SVGSVGElement;

  svg.setAttribute('class', `hn-plot hn-chart hn-chart-${frame.kind}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', frame.title);
  svg.setAttribute('font-size', String(fontSize));
  svg.setAttribute('font-family', options.fontFamily ?? 'inherit');
  svg.setAttribute('fill', ink);
  const title = svgElement(document, 'title');
  title.textContent = frame.title;
  const desc = svgElement(document, 'desc');
  desc.textContent = frame.description;
  const heading = svgElement(document, 'text', {
    class: 'hn-chart-title',
    x: 0,
    y: titleLineHeight - 4,
    'font-size': titleSize,
    'font-weight': 'bold',
    'text-anchor': 'start',
    'aria-hidden': 'true',
  });
  titleLines.forEach((line, i) => {
    const span = svgElement(document, 'tspan', { x: 0, dy: i === 0 ? 0 : titleLineHeight });
    span.textContent = line;
    heading.append(span);
  });
  svg.prepend(title, desc, heading);
  if (legend.height > 0) heading.after(drawLegend(document, legend, 0, titleHeight));
  return svg;
}
