import { financialYearStartingIn } from '../../core/periods';
import {
  CHOSEN,
  earliestOrigin,
  forecastAccuracy,
  methodDescriptor,
  type AccuracySource,
  type PublishedFigureForecast,
  type StoredForecast,
} from '../../core/caseloadForecast';
import type { RecoveryPlanDocument } from '../../core/finance';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { NotFoundError } from '../errors';
import type { Actor } from '../permissions';
import { cachedNationalBacktest } from './backtestRun';
import { loadPublishedPanel, type LoadedPanel } from './publishedPanel';

// Gathers the EHCP forecasts a council has stored in the product and sets them beside the published
// January census: the EHCP table of each recovery plan document (years after the census its plan
// version starts from), and the annual target of each KPI that is the January EHCP count. Beside each,
// what the product's published-figure forecast (the back-test's chosen method) said from the same origin.

/** A KPI is the January EHCP count when it counts plans and says so ("Net EHCPs @ Jan Projected"). */
export function isJanuaryEhcpKpi(kpi: { name: string; unit: string }): boolean {
  return kpi.unit === 'count' && /ehcp/i.test(kpi.name) && /\bjan/i.test(kpi.name);
}

/** The review, with where the published figures come from. */
export interface ForecastAccuracyReview {
  council: { code: string; name: string };
  sources: AccuracySource[];
  published: { year: number; plans: number | null }[];
  publishedSource: string;
  /** The method of the published-figure forecasts set beside the council's (the back-test's choice). */
  publishedFigureMethod: string;
}

/**
 * The back-test's chosen forecast from each stored forecast's origin for its year: what the product
 * would have told the council then, from what was published then.
 */
async function publishedFigureForecasts(
  ctx: ServiceContext,
  loaded: LoadedPanel,
  code: string,
  forecasts: readonly StoredForecast[],
): Promise<PublishedFigureForecast> {
  const last = loaded.years[loaded.years.length - 1] ?? 0;
  const earliest = earliestOrigin(loaded.panel);
  const usable = forecasts.filter(
    (f) => f.madeAfter >= earliest && f.madeAfter < last && f.year - f.madeAfter <= MAX_REVIEW_HORIZON,
  );
  if (usable.length === 0) return () => undefined;
  const horizon = Math.max(...usable.map((f) => f.year - f.madeAfter));
  const { full } = await cachedNationalBacktest(
    ctx,
    Math.max(...usable.map((f) => f.madeAfter)),
    horizon,
    loaded,
  );
  const points = full.results.find((r) => r.council === code)?.points ?? [];
  const chosen = new Map(full.methodChoices.map((c) => [`${String(c.origin)}|${String(c.h)}`, c.method]));
  return (madeAfter, year) => {
    const p = points.find(
      (x) => x.method === CHOSEN && x.series === 'total' && x.origin === madeAfter && x.year === year,
    );
    return p
      ? {
          plans: Math.round(p.forecast),
          method: chosen.get(`${String(madeAfter)}|${String(year - madeAfter)}`) ?? CHOSEN,
        }
      : undefined;
  };
}

/** The furthest ahead the review compares (the back-test's longest horizon). */
const MAX_REVIEW_HORIZON = 5;

async function recoveryPlanForecasts(ctx: ServiceContext, councilId: number): Promise<StoredForecast[]> {
  const rows = await ctx.db
    .selectFrom('recovery_plan_documents as d')
    .innerJoin('plan_versions as v', 'v.id', 'd.version_id')
    .select(['v.name', 'v.years', 'd.content'])
    .where('d.council_id', '=', councilId)
    .execute();
  return rows.flatMap((r) => {
    const doc = r.content as RecoveryPlanDocument;
    // A plan version starts with the year it was written in (2018-19 for the June 2019 plan): the January
    // census inside that year is the last it knew; later rows of its EHCP table are forecasts.
    const first = r.years[0];
    if (!first) return [];
    const madeAfter = Number(first.slice(0, 4)) + 1;
    return doc.ehcpTable
      .filter((row) => row.year > madeAfter)
      .map((row) => ({
        source: r.name,
        kind: 'recoveryPlan' as const,
        madeAfter,
        year: row.year,
        plans: row.plans,
        detail: 'EHCP table of the recovery plan',
      }));
  });
}

async function kpiTargetForecasts(ctx: ServiceContext, councilId: number): Promise<StoredForecast[]> {
  const rows = await ctx.db
    .selectFrom('kpi_definitions as k')
    .innerJoin('kpi_sets as s', 's.id', 'k.set_id')
    .select([
      's.financial_year',
      's.target_version',
      'k.ref',
      'k.name',
      'k.unit',
      'k.annual_target',
      'k.baseline_date',
    ])
    .where('s.council_id', '=', councilId)
    .execute();
  return rows
    .filter((r) => isJanuaryEhcpKpi(r) && r.annual_target !== null)
    .map((r) => {
      // The January census inside the KPI's financial year (2021-22: January 2022).
      const year = Number(r.financial_year.slice(0, 4)) + 1;
      return {
        source: `${r.target_version ?? 'KPI targets'} (KPIs ${financialYearStartingIn(year - 1)})`,
        kind: 'kpiTarget' as const,
        madeAfter: Number(r.baseline_date.slice(0, 4)),
        year,
        plans: r.annual_target ?? 0,
        detail: `KPI ${r.ref} "${r.name}", annual target`,
      };
    });
}

/** The council's stored EHCP forecasts against the published January census. */
export async function forecastAccuracyReview(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
): Promise<ForecastAccuracyReview> {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const forecasts = [
    ...(await recoveryPlanForecasts(ctx, council.id)),
    ...(await kpiTargetForecasts(ctx, council.id)),
  ];
  if (forecasts.length === 0)
    throw new NotFoundError(
      `${council.name} has no stored EHCP forecasts: import a recovery plan (with its EHCP table) or KPIs with a January EHCP target.`,
    );
  const loaded = await loadPublishedPanel(ctx.db);
  const caseload = loaded.panel.councils.find((c) => c.council === council.code);
  const published = new Map((caseload?.years ?? []).map((y) => [y.year, y.total] as const));
  const ours = await publishedFigureForecasts(ctx, loaded, council.code, forecasts);
  const releases = await ctx.db
    .selectFrom('national_releases')
    .select('edition')
    .where('publication', '=', 'ehcp-statistics')
    .orderBy('edition')
    .execute();
  return {
    council: { code: council.code, name: council.name },
    sources: forecastAccuracy(forecasts, published, ours),
    publishedFigureMethod: methodDescriptor(CHOSEN)?.label ?? CHOSEN,
    published: [...published].map(([year, plans]) => ({ year, plans })),
    publishedSource: `DfE "Education, health and care plans" releases ${releases.map((r) => r.edition).join(' and ')}, January census (later releases win)`,
  };
}
