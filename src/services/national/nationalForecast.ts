import { z } from 'zod';
import {
  backtestCouncil,
  caseloadForecast,
  CHOSEN_METHOD,
  forecastMethods,
  type CaseloadForecast,
  type CaseloadYear,
} from '../../core/caseloadForecast';
import type { ServiceContext } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { requireNationalDataReader } from './nationalAccess';
import { backtestOrigins } from './nationalBacktest';
import { loadPublishedCaseloads, requireLa } from './publishedCaseload';

const forecastInput = z
  .object({
    council: z.string().trim().min(1, 'is required'),
    horizon: z.coerce.number().int().min(1, 'must be 1 to 5 years').max(5, 'must be 1 to 5 years').default(3),
    method: z.string().optional(),
    origin: z.coerce.number().int().optional(),
  })
  .strict();

/** A council's forecast from published figures, with its published history for the chart. */
export type NationalForecast = CaseloadForecast & {
  history: CaseloadYear[];
  source: string;
  fallback?: string;
};

/**
 * When the chosen method cannot be fitted (the age-group model needs four consecutive years of ages, and
 * the 2025 release has none for January 2023), the forecast falls back to the damped trend alone, the
 * next best in the back-test (docs/national-forecast.md).
 */
export const FALLBACK_METHOD = 'dampedLogTrend';

/**
 * A council's EHCP forecast, total and by age band, with 80% and 95% intervals, from the published
 * caseload alone (docs/national-forecast.md). Intervals come from every council's back-test errors.
 */
export async function nationalCaseloadForecast(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<NationalForecast> {
  requireNationalDataReader(actor);
  const data = parseInput(forecastInput, input);
  const la = requireLa(data.council);
  if (data.method !== undefined && !forecastMethods.some((m) => m.id === data.method)) {
    throw new ValidationError(
      `method: '${data.method}' is not a forecasting method (${forecastMethods.map((m) => m.id).join(', ')}).`,
      'method',
    );
  }
  const { councils, years } = await loadPublishedCaseloads(ctx.db);
  const caseload = councils.find((c) => c.council === la.code);
  if (!caseload)
    throw new NotFoundError(`The imported releases have no EHCP figures for ${la.name} (${la.code}).`);
  const last = years[years.length - 1] ?? 0;
  const origin = data.origin ?? last;
  if (!years.includes(origin))
    throw new ValidationError(
      `origin: there are no EHCP figures for January ${String(origin)}; the imported releases cover January ${String(years[0] ?? '')} to January ${String(last)}.`,
      'origin',
    );
  const origins = backtestOrigins(years[0] ?? origin, origin);
  const attempt = (method: string) => {
    const calibration = councils.flatMap(
      (c) => backtestCouncil({ caseload: c, origins, horizon: data.horizon, methods: [method] }).points,
    );
    return caseloadForecast(caseload, calibration, { method, horizon: data.horizon, origin });
  };
  let forecast = attempt(data.method ?? CHOSEN_METHOD);
  let fallback: string | undefined;
  if ('unavailable' in forecast && data.method === undefined) {
    fallback = forecast.unavailable;
    forecast = attempt(FALLBACK_METHOD);
  }
  if ('unavailable' in forecast) throw new ValidationError(forecast.unavailable, 'council');
  const releases = await ctx.db
    .selectFrom('national_releases')
    .select(['edition'])
    .where('publication', '=', 'ehcp-statistics')
    .orderBy('edition')
    .execute();
  return {
    ...forecast,
    history: caseload.years.filter((y) => y.year <= origin),
    ...(fallback ? { fallback: `${fallback} The damped trend alone is used instead.` } : {}),
    source: `DfE "Education, health and care plans" releases ${releases.map((r) => r.edition).join(' and ')} (January census; later releases win)`,
  };
}
