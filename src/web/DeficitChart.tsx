// Line chart of the cumulative DSG deficit after DfE contributions by year: the agreed profile against a
// later forecast, drawn by src/charts (the same function the reports use).
import { deficitChart } from '../charts/index.ts';
import type { DeficitPoint } from './modelLayout.ts';
import { PlotFigure } from './PlotFigure.tsx';

export interface ChartSeries {
  /** What the line stands for: "Agreed profile", "Forecast". */
  role: string;
  name: string;
  points: DeficitPoint[];
}

const defaultSubject = 'Cumulative DSG deficit after DfE contributions';
const defaultCaption =
  "Hollow markers are the balance brought forward into a version's first year. Values in millions of pounds, after DfE contributions (Safety Valve payments, write-offs) received to date.";

interface Props {
  series: ChartSeries[];
  /** What is drawn, for the title: default "Cumulative DSG deficit after DfE contributions". */
  subject?: string;
  caption?: string;
}

export function DeficitChart({ series, subject = defaultSubject, caption = defaultCaption }: Props) {
  return <PlotFigure draw={(options) => deficitChart({ series, subject }, options)} caption={caption} />;
}
