// The Safety Valve deficit profile: the agreement's maximum cumulative deficit at each year end, the
// agreed model and the latest projection, all before Safety Valve funding (as the agreement sets it).
import { DeficitChart, type ChartSeries } from './DeficitChart.tsx';
import type { DeficitProfile } from '../safety-valve/queries.ts';

/** The chart's series: only the years where each figure is held. */
export function profileSeries(profile: DeficitProfile): ChartSeries[] {
  const pick = (get: (p: DeficitProfile['points'][number]) => number | null) =>
    profile.points.flatMap((p) => {
      const value = get(p);
      return value === null ? [] : [{ year: p.year, value, broughtForward: false }];
    });
  const series: ChartSeries[] = [
    { role: 'Agreed model', name: profile.agreedVersion ?? 'not named', points: pick((p) => p.agreed) },
    { role: 'Projection', name: profile.projectionVersion ?? 'not named', points: pick((p) => p.projected) },
    { role: 'Maximum allowed', name: 'the Safety Valve agreement', points: pick((p) => p.maximum) },
  ];
  return series.filter((s) => s.points.length > 0);
}

export function DeficitProfileChart({ profile, basis }: { profile: DeficitProfile; basis: string }) {
  const series = profileSeries(profile);
  if (series.length === 0) return <p>No deficit profile figures are held yet.</p>;
  return (
    <DeficitChart
      series={series}
      subject={`Cumulative DSG deficit ${basis}`}
      caption={`At 31 March of each year, ${basis}, in millions of pounds. Diamonds are the maximum the agreement allows; a year without a published maximum has no diamond.`}
    />
  );
}
