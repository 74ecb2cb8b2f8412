// What a council forecast in its plans against what the January census found: the published numbers as
// a solid line, each plan's forecasts as its own dashed line, every point labelled.
import type { ChartOptions } from './frame';
import { lineChart } from './lineChart';
import { count } from './units';

/** The published numbers and the forecasts made in a council's plans. */
export interface AccuracyChartData {
  council: string;
  published: ReadonlyArray<{ year: number; plans: number | null }>;
  sources: ReadonlyArray<{
    source: string;
    madeAfter: number;
    rows: ReadonlyArray<{ year: number; plans: number }>;
  }>;
}

/** Forecast EHCPs in each plan against the published January census. */
export function accuracyChart(data: AccuracyChartData, options: ChartOptions = {}): SVGSVGElement {
  const forecastYears = data.sources.flatMap((s) => s.rows.map((r) => r.year));
  const from = Math.min(...data.sources.map((s) => s.madeAfter), ...forecastYears);
  const to = Math.max(...forecastYears, ...data.published.filter((p) => p.plans !== null).map((p) => p.year));
  const published = data.published.filter(
    (p): p is { year: number; plans: number } => p.plans !== null && p.year >= from && p.year <= to,
  );
  return lineChart(
    {
      title: `${data.council}: EHCPs forecast in its plans against the published January census`,
      series: [
        {
          name: 'Published (January census)',
          points: published.map((p) => ({ x: String(p.year), value: p.plans })),
        },
        ...data.sources.map((s) => ({
          name: `Forecast: ${s.source}`,
          points: s.rows.map((r) => ({ x: String(r.year), value: r.plans })),
        })),
      ],
      categories: Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => String(from + i)),
      unit: count('EHCPs'),
      xTitle: 'January census',
      yTitle: 'EHCPs',
      labelValues: true,
      kind: 'accuracy',
    },
    options,
  );
}
