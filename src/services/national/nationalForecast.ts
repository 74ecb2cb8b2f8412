import { z } from 'zod';
import {
  backtestForecast,
  CHOSEN,
  forecastEvidence,
  methodCatalogue,
  methodDescriptor,
  type BacktestForecast,
  type CaseloadYear,
  type ForecastEvidence,
  type PanelFinding,
} from '../../core/caseloadForecast';
import type { ServiceContext } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { cachedNationalBacktest } from './backtestRun';
import { requireNationalDataReader } from './nationalAccess';
import { requireLa } from './publishedCaseload';
import { loadPublishedPanel } from './publishedPanel';

const forecastInput = z
  .object({
    council: z.string().trim().min(1, 'is required'),
    horizon: z.coerce.number().int().min(1, 'must be 1 to 5 years').max(5, 'must be 1 to 5 years').default(3),
    method: z.string().optional(),
    origin: z.coerce.number().int().optional(),
  })
  .strict();

/** Why the method of a forecast year is the one used: the back-test's choice and its record. */
export interface ForecastChoice {
  h: number;
  method: string;
  label: string;
  sentence: string;
}

/** A council's forecast from published figures, with its history, the evidence for it and the findings. */
export type NationalForecast = BacktestForecast & {
  history: CaseloadYear[];
  source: string;
  /** Plain sentences from the back-test, one per horizon ("In past years ... within 4.6% ..."). */
  evidence: string[];
  /** The figures behind the sentences. */
  accuracy: ForecastEvidence[];
  /** For the chosen method: which method each horizon uses and why. */
  choices: ForecastChoice[];
  /** Reconciliation findings about this council's published figures. */
  findings: PanelFinding[];
};

const ahead = (h: number) => (h === 1 ? 'one year' : `${String(h)} years`);
const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * A council's EHCP forecast, total and by age band, with 80% and 95% intervals, from published figures
 * alone (docs/national-forecast.md): the back-test's own forecast at the origin, by the method the
 * back-test chose (or the one asked for), with the evidence of its past record in plain words.
 */
export async function nationalCaseloadForecast(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<NationalForecast> {
  requireNationalDataReader(actor);
  const data = parseInput(forecastInput, input);
  const la = requireLa(data.council);
  const method = data.method ?? CHOSEN;
  if (!methodDescriptor(method))
    throw new ValidationError(
      `method: '${method}' is not a forecasting method (${methodCatalogue.map((m) => m.id).join(', ')}).`,
      'method',
    );
  const loaded = await loadPublishedPanel(ctx.db);
  const { years } = loaded;
  const caseload = loaded.panel.councils.find((c) => c.council === la.code);
  if (!caseload)
    throw new NotFoundError(`The imported releases have no EHCP figures for ${la.name} (${la.code}).`);
  const last = years[years.length - 1] ?? 0;
  const origin = data.origin ?? last;
  if (!years.includes(origin))
    throw new ValidationError(
      `origin: there are no EHCP figures for January ${String(origin)}; the imported releases cover January ${String(years[0] ?? '')} to January ${String(last)}.`,
      'origin',
    );
  const run = await cachedNationalBacktest(ctx, origin, data.horizon, loaded);
  const { full } = run;
  const forecast = backtestForecast(full, caseload, { method, origin, horizon: data.horizon });
  if ('unavailable' in forecast) throw new ValidationError(forecast.unavailable, 'council');
  const evidenceOf = (h: number) => {
    const key = `evidence|${method}|${String(origin)}|${String(h)}`;
    if (!run.memo.has(key))
      run.memo.set(key, forecastEvidence(full.results, method, origin, h, full.earliest));
    return run.memo.get(key) as ForecastEvidence | undefined;
  };
  const accuracy = forecast.years
    .map((y) => evidenceOf(y.h))
    .filter((e): e is ForecastEvidence => e !== undefined);
  const choices = full.methodChoices
    .filter((c) => method === CHOSEN && c.origin === origin && c.h <= data.horizon)
    .map((c) => ({
      h: c.h,
      method: c.method,
      label: methodDescriptor(c.method)?.label ?? c.method,
      sentence: `${capital(ahead(c.h))} ahead: ${methodDescriptor(c.method)?.label ?? c.method}. Chosen by the back-test: on its forecasts from January ${String(Math.min(...c.origins))} to ${String(Math.max(...c.origins))}${c.scoredAt < c.h ? ` (${ahead(c.scoredAt)} ahead, the longest then published)` : ''}, its median error was ${String(Math.round(c.skill * 100))}% of the best naive rule's, the lowest of every method.`,
    }));
  const releases = await ctx.db
    .selectFrom('national_releases')
    .select(['edition'])
    .where('publication', '=', 'ehcp-statistics')
    .orderBy('edition')
    .execute();
  return {
    ...forecast,
    history: caseload.years.filter((y) => y.year <= origin),
    source: `DfE "Education, health and care plans" releases ${releases.map((r) => r.edition).join(' and ')} (January census; requests and new plans by calendar year; later releases win)`,
    evidence: accuracy.map((e) => e.sentence),
    accuracy,
    choices,
    findings: loaded.findings.filter((f) => f.councils.includes(la.code)),
  };
}
