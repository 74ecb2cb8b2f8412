// The frame of the charts that run along an ordered axis of categories (years, steps of a waterfall):
// values up the left in round ticks with the unit in the axis title, the categories along the bottom,
// wrapped, thinned or turned so their labels never overlap, and room above the bars for their values
// (turned upright when they are wider than a bar). Lines, fans, stacked bars and waterfalls use it.
import * as Plot from '@observablehq/plot';
import { categoryAxis, valueAxis, type ValueAxis } from './axes';
import { gridColour, halo, ink } from './palette';
import { lineHeight, widestText, wrapText } from './text';
import { axisTitle, type ChartUnit } from './units';

/** What the frame of a column chart needs. */
export interface ColumnsFrame {
  width: number;
  /** Height of the plot area (between the axes), in pixels. */
  plotHeight: number;
  /** The categories along the bottom, in order. */
  categories: readonly string[];
  /** 'band' for bars, 'point' for lines. */
  xType: 'band' | 'point';
  xTitle: string;
  /** When names do not fit: label every k-th ('thin', the default) or turn them all ('turn'). */
  crowded?: 'thin' | 'turn';
  /** Every plotted value the axis must hold. */
  values: readonly number[];
  unit: ChartUnit;
  yTitle: string;
  /** Whether 0 must be on the value axis (default true). */
  zero?: boolean;
  /** Labels printed above bars (totals, changes): room is made for them. */
  valueLabels?: readonly string[];
}

/** What columnsFrame decides: Plot options, axis marks, and how to print values above bars. */
export interface Columns {
  plot: Pick<Plot.PlotOptions, 'x' | 'y' | 'marginLeft' | 'marginRight' | 'marginBottom' | 'marginTop'>;
  axes: Plot.Markish[];
  y: ValueAxis;
  /** Height of the plot, margins included. */
  height: number;
  /** Width of one category's band, in pixels. */
  band: number;
  /** Text options for values printed above bars (upright when wider than a bar). */
  valueText: Plot.TextOptions;
}

const padding = 0.25;

/** Plot options (scales, axes, grid, margins) for a chart along categories. */
export function columnsFrame(frame: ColumnsFrame): Columns {
  const marginRight = 16;
  // A first guess at the left margin gives the band width; the labels then settle the margins.
  const guessBand = (frame.width - 80 - marginRight) / Math.max(1, frame.categories.length);
  const labelled = frame.valueLabels ?? [];
  const upright = labelled.length > 0 && widestText(labelled) + 4 > guessBand * (1 - padding);
  const headroom = labelled.length === 0 ? 0 : upright ? widestText(labelled) + 14 : lineHeight + 8;
  // Room above the tallest bar: the axis is given a value `headroom` pixels above the data.
  const high = Math.max(0, ...frame.values);
  const low = Math.min(0, ...frame.values);
  const lift =
    headroom > 0 ? high + ((high - low) * headroom) / Math.max(1, frame.plotHeight - headroom) : high;
  const y = valueAxis([...frame.values, lift], frame.plotHeight, frame.unit, { zero: frame.zero ?? true });
  const titleLines = wrapText(axisTitle(frame.yTitle, frame.unit), frame.plotHeight);
  const titleWidth = titleLines.length * lineHeight + 8;
  let marginLeft = Math.ceil(y.labelWidth) + 9 + titleWidth;
  let band = (frame.width - marginLeft - marginRight) / Math.max(1, frame.categories.length);
  let x = categoryAxis(frame.categories, band, frame.crowded);
  // A first label wider than the room left of it (a turned label leans left) widens the margin.
  if (x.reachLeft > marginLeft + band / 2) {
    marginLeft = Math.ceil(x.reachLeft - band / 2);
    band = (frame.width - marginLeft - marginRight) / Math.max(1, frame.categories.length);
    x = categoryAxis(frame.categories, band, frame.crowded);
  }
  const xTitle = wrapText(frame.xTitle, frame.width - marginLeft - marginRight);
  const marginBottom = 10 + x.height + 6 + xTitle.length * lineHeight + 4;
  // The base line: zero where the axis holds it, else the bottom of the axis (a fan of 1,200 to 1,700).
  const base = y.domain[0] <= 0 && y.domain[1] >= 0 ? 0 : y.domain[0];
  return {
    plot: {
      x: {
        type: frame.xType,
        domain: [...frame.categories],
        padding: frame.xType === 'band' ? padding : 0.5,
      },
      y: { domain: y.domain },
      marginLeft,
      marginRight,
      marginBottom,
      marginTop: 16,
    },
    axes: [
      Plot.gridY(y.ticks, { stroke: gridColour, strokeOpacity: 0.6 }),
      Plot.axisY(y.ticks, {
        tickFormat: y.format,
        label: titleLines.join('\n'),
        labelAnchor: 'center',
        labelArrow: 'none',
        labelOffset: marginLeft - 4,
        tickSize: 0,
        tickPadding: 9,
        lineHeight: 1.25,
      }),
      Plot.axisX(x.ticks, {
        tickFormat: x.format,
        tickRotate: x.rotate,
        label: xTitle.join('\n'),
        labelAnchor: 'center',
        labelArrow: 'none',
        labelOffset: marginBottom - 4,
        tickSize: 4,
        lineHeight: 1.25,
      }),
      Plot.ruleY([base], { stroke: ink }),
    ],
    y,
    height: frame.plotHeight + marginBottom + 16,
    band,
    valueText: upright
      ? { rotate: -90, textAnchor: 'start', dy: -6, fontWeight: 'bold', fill: ink, ...halo }
      : { dy: -9, fontWeight: 'bold', fill: ink, ...halo },
  };
}
