// The Safety Valve deficit profile: the agreed model, the latest projection and the agreement's maximum
// cumulative deficit at each year end, on the basis the agreement sets (before Safety Valve funding).
// The return page and the quarterly report PDF both draw it from here.
import { deficitChart, type DeficitSeries } from './deficitChart';
import type { ChartOptions } from './frame';

/** The agreement's figures at one year end, in pence; null where a figure is not held. */
export interface DeficitProfilePoint {
  year: string;
  maximum: number | null;
  agreed: number | null;
  projected: number | null;
}

/** The profile as the Safety Valve views hold it. */
export interface DeficitProfileData {
  agreedVersion: string | null;
  projectionVersion: string | null;
  points: readonly DeficitProfilePoint[];
}

/** The chart's series: only the years where each figure is held, and only series with a figure. */
export function profileSeries(profile: DeficitProfileData): DeficitSeries[] {
  const pick = (get: (p: DeficitProfilePoint) => number | null) =>
    profile.points.flatMap((p) => {
      const value = get(p);
      return value === null ? [] : [{ year: p.year, value }];
    });
  const series: DeficitSeries[] = [
    { role: 'Agreed model', name: profile.agreedVersion ?? 'not named', points: pick((p) => p.agreed) },
    { role: 'Projection', name: profile.projectionVersion ?? 'not named', points: pick((p) => p.projected) },
    { role: 'Agreement maximum', name: 'the Safety Valve agreement', points: pick((p) => p.maximum) },
  ];
  return series.filter((s) => s.points.length > 0);
}

/** The deficit profile on `basis` ("before Safety Valve funding"), values printed in £m. */
export function deficitProfileChart(
  profile: DeficitProfileData,
  options: ChartOptions & { basis: string },
): SVGSVGElement {
  return deficitChart(
    {
      series: profileSeries(profile),
      subject: `Cumulative DSG deficit ${options.basis}`,
      years: profile.points.map((p) => p.year),
    },
    options,
  );
}
