// The published EHCP numbers and the forecast from them as a fan: the 95% interval in a light band, the
// 80% interval in a darker one, the forecast as a dashed line from the last census; drawn by src/charts.
import { count, fanChart } from '../charts/index.ts';
import type { PublishedForecast } from './nationalApi.ts';
import { PlotFigure } from './PlotFigure.tsx';

export function ForecastFanChart({ forecast }: { forecast: PublishedForecast }) {
  const history = forecast.history
    .filter((h): h is { year: number; total: number } => h.total !== null)
    .slice(-8);
  const end = forecast.years.at(-1);
  const data = {
    measure: 'EHCPs',
    unit: count('EHCPs'),
    axis: 'January census',
    centre: 'Forecast',
    bands: ['95% interval', '80% interval'],
    fromLastKnown: true,
    zero: true,
    history: history.map((h) => ({ year: String(h.year), value: h.total })),
    projection: forecast.years.map((y) => ({
      year: String(y.year),
      centre: y.total.forecast,
      intervals: [
        [y.total.lo95 ?? y.total.forecast, y.total.hi95 ?? y.total.forecast] as const,
        [y.total.lo80 ?? y.total.forecast, y.total.hi80 ?? y.total.forecast] as const,
      ],
    })),
    title: `${forecast.name}: EHCPs at the January census, published to ${String(forecast.origin)} and forecast to ${String(end?.year ?? '')} with 80% and 95% intervals`,
  };
  return <PlotFigure testId="forecast-fan" draw={(options) => fanChart(data, options)} />;
}
