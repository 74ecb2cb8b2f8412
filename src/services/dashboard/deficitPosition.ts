import { computeModel, type PlanVersion } from '../../core/finance';
import { financialYearOf, previousFinancialYear, type IsoDate } from '../../core/periods';
import { listPlanVersions, loadPlanVersion } from '../../db/planRepository';
import type { SafetyValveAgreement } from '../../core/safetyValve';
import type { ServiceContext } from '../context';
import type { Council } from '../councils';
import { deficitSeries } from '../safetyValve/deficitSeries';

// The dashboard's first tile: the DSG deficit of the latest forecast against the agreed profile, year by
// year, from the plan versions loaded (the same model the Financial model and Compare pages compute).

/** The two versions the dashboard sets side by side, and why each was chosen. */
export interface DeficitChoice {
  agreed: string;
  forecast: string;
  /** Where the agreed profile comes from: the Safety Valve agreement, or the latest frozen version. */
  agreedFrom: 'agreement' | 'frozen';
  /** Where the forecast comes from: the latest Safety Valve return's projection, or the latest draft. */
  forecastFrom: 'return' | 'draft';
}

/**
 * Chooses the agreed profile (the agreement's version, else the latest frozen one, else the oldest) and the
 * latest forecast (the projection the latest return names, else the latest draft, else the newest other
 * version). Null with fewer than two versions: there is nothing to set against the profile.
 */
export function chooseVersions(
  versions: ReadonlyArray<{ name: string; status: string }>,
  agreementVersion: string | null,
  returnProjection: string | null,
): DeficitChoice | null {
  const has = (name: string | null): name is string => name !== null && versions.some((v) => v.name === name);
  const agreed = has(agreementVersion)
    ? agreementVersion
    : (versions.filter((v) => v.status === 'frozen').at(-1) ?? versions[0])?.name;
  if (agreed === undefined) return null;
  const others = versions.filter((v) => v.name !== agreed);
  const forecast =
    has(returnProjection) && returnProjection !== agreed
      ? returnProjection
      : (others.filter((v) => v.status === 'draft').at(-1) ?? others.at(-1))?.name;
  if (forecast === undefined) return null;
  return {
    agreed,
    forecast,
    agreedFrom: has(agreementVersion) ? 'agreement' : 'frozen',
    forecastFrom: forecast === returnProjection ? 'return' : 'draft',
  };
}

/** A version's cumulative deficit after DfE contributions at each year end, from the balance it brings forward. */
function cumulativePoints(plan: PlanVersion, years: ReturnType<typeof computeModel>) {
  const first = years[0];
  const opening = first
    ? [
        {
          year: previousFinancialYear(first.year),
          value: plan.opening.cumulativeDeficit - plan.opening.dfeContributionsToDate,
          broughtForward: true,
        },
      ]
    : [];
  return [
    ...opening,
    ...years.map((y) => ({ year: y.year, value: y.cumulativeDeficitAfterDfe, broughtForward: false })),
  ];
}

/**
 * The agreement's own profile in the year in focus (on its basis, e.g. before Safety Valve funding): its
 * maximum, the agreed model and the projection, as the return's deficit profile chart draws them.
 */
async function agreementProfile(
  ctx: ServiceContext,
  council: Council,
  agreement: SafetyValveAgreement,
  projection: string,
  year: string | null,
) {
  const series = await deficitSeries(ctx, council, agreement, projection);
  const point = series.points.find((p) => p.year === year);
  if (!point || point.maximum === null) return null;
  return { basis: agreement.profileBasis, ...point };
}

/**
 * The deficit tile: each year either version covers with the in-year and cumulative deficit (after DfE
 * contributions) of both and the forecast's variance from the profile (positive is worse), the chart's two
 * lines, the year in focus (the latest return's year, else today's, else the last year both cover), and
 * there the Safety Valve agreement's maximum deficit with the two versions on the agreement's basis.
 */
export async function deficitPosition(
  ctx: ServiceContext,
  council: Council,
  agreement: SafetyValveAgreement | null,
  latestReturn: { projectionVersion: string | null; financialYear: string } | null,
  today: IsoDate,
) {
  const stored = await listPlanVersions(ctx.db, council.id);
  const choice = chooseVersions(
    stored,
    agreement?.agreedVersion ?? null,
    latestReturn?.projectionVersion ?? null,
  );
  if (!choice) return { versionCount: stored.length, comparison: null };
  const load = async (name: string) => {
    const plan = await loadPlanVersion(ctx.db, council.code, stored.find((v) => v.name === name)!.id);
    return { plan, years: computeModel(plan) };
  };
  const agreed = await load(choice.agreed);
  const forecast = await load(choice.forecast);
  const yearList = [...new Set([...agreed.years, ...forecast.years].map((y) => y.year))].sort();
  const figures = (y: { inYearDsgDeficit: number; cumulativeDeficitAfterDfe: number } | undefined) =>
    y ? { inYear: y.inYearDsgDeficit, cumulative: y.cumulativeDeficitAfterDfe } : null;
  const years = yearList.map((year) => {
    const a = figures(agreed.years.find((y) => y.year === year));
    const f = figures(forecast.years.find((y) => y.year === year));
    return {
      year,
      agreed: a,
      forecast: f,
      variance: a && f ? { inYear: f.inYear - a.inYear, cumulative: f.cumulative - a.cumulative } : null,
    };
  });
  const both = years.filter((y) => y.variance !== null).map((y) => y.year);
  const wanted = latestReturn?.financialYear ?? financialYearOf(today);
  const focusYear = both.includes(wanted) ? wanted : (both.at(-1) ?? null);
  return {
    versionCount: stored.length,
    comparison: {
      ...choice,
      years,
      focusYear,
      profile:
        agreement && choice.agreedFrom === 'agreement'
          ? await agreementProfile(ctx, council, agreement, choice.forecast, focusYear)
          : null,
      chart: [
        { role: 'Agreed profile', name: choice.agreed, points: cumulativePoints(agreed.plan, agreed.years) },
        {
          role: 'Latest forecast',
          name: choice.forecast,
          points: cumulativePoints(forecast.plan, forecast.years),
        },
      ],
    },
  };
}
