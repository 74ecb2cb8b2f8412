// The frame of the charts whose categories run down the left (bars across): category names wrapped to at
// most a third of the width, values along the bottom in round ticks that fit side by side, the unit in
// the axis title, and room on the right for the value printed at the end of each bar.
import * as Plot from '@observablehq/plot';
import { rowLabels, valueAxis, type ValueAxis } from './axes';
import { gridColour, ink } from './palette';
import { fontSize, lineHeight, widestText, wrapText } from './text';
import { axisTitle, type ChartUnit } from './units';

/** What the frame of a bar chart needs. */
export interface RowsFrame {
  width: number;
  categories: readonly string[];
  /** Every plotted value the axis must hold. */
  values: readonly number[];
  /** Every label printed at a bar's end, for the right margin. */
  valueLabels: readonly string[];
  unit: ChartUnit;
  valueTitle: string;
  /** Lines of 12px text each category's row must hold besides its name (for bars within a group). */
  rowHeight: number;
}

/** Plot options for the value axis and margins, the category labels, and the height of the plot. */
export function rowsFrame(frame: RowsFrame): {
  plot: Pick<Plot.PlotOptions, 'x' | 'marginLeft' | 'marginRight' | 'marginBottom' | 'marginTop'>;
  axes: Plot.Markish[];
  x: ValueAxis;
  labels: ReturnType<typeof rowLabels>;
  /** Height of one category's row, in pixels. */
  row: number;
  height: number;
} {
  const labels = rowLabels(frame.categories, Math.max(80, frame.width / 3));
  const valueRoom = Math.ceil(widestText(frame.valueLabels)) + 12;
  // Room for a label in bold (the council picked out among others).
  let marginLeft = Math.ceil(labels.width * 1.1) + 10;
  let marginRight = valueRoom;
  let x = valueAxis(frame.values, Math.max(60, frame.width - marginLeft - marginRight), frame.unit, {
    horizontal: true,
  });
  // Tick labels are centred on their ticks: the end ones need half their width inside the margins.
  const half = Math.ceil(x.labelWidth / 2) + 4;
  if (half > marginLeft || half > marginRight) {
    marginLeft = Math.max(marginLeft, half);
    marginRight = Math.max(marginRight, half);
    x = valueAxis(frame.values, Math.max(60, frame.width - marginLeft - marginRight), frame.unit, {
      horizontal: true,
    });
  }
  const row = Math.max(frame.rowHeight, labels.lines * lineHeight + 6);
  const title = wrapText(axisTitle(frame.valueTitle, frame.unit), frame.width - marginLeft - marginRight);
  const marginBottom = 8 + fontSize + 6 + title.length * lineHeight + 4;
  const base = x.domain[0] <= 0 && x.domain[1] >= 0 ? 0 : x.domain[0];
  return {
    plot: { x: { domain: x.domain }, marginLeft, marginRight, marginBottom, marginTop: 8 },
    axes: [
      Plot.gridX(x.ticks, { stroke: gridColour, strokeOpacity: 0.6 }),
      Plot.axisX(x.ticks, {
        tickFormat: x.format,
        label: title.join('\n'),
        labelAnchor: 'center',
        labelArrow: 'none',
        labelOffset: marginBottom - 4,
        tickSize: 4,
        lineHeight: 1.25,
      }),
      Plot.ruleX([base], { stroke: ink }),
    ],
    x,
    labels,
    row,
    height: frame.categories.length * row + marginBottom + 8,
  };
}
