import { z } from 'zod';
import {
  accuracyBySize,
  baselineIds,
  CHOSEN,
  largestErrors,
  scorecardAt,
  type BacktestScorecard,
  type LargeError,
  type PanelFinding,
  type SizeAccuracy,
} from '../../core/caseloadForecast';
import type { ServiceContext } from '../context';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { runNationalBacktest, type RunOptions } from './backtestRun';
import { requireNationalDataReader } from './nationalAccess';
import { checkOrigin } from './nationalBacktest';
import { originExtras, type OriginExtras } from './originExtras';
import { loadPublishedPanel } from './publishedPanel';

// The scorecard of every origin in a range in one run (`national backtest --origin 2016..2024`): each
// origin's scorecard with its choices and bootstrap, a summary line per origin and horizon (does the
// chosen method beat every naive baseline?), accuracy by council size, the largest errors with their
// reasons, and the reconciliation findings. Horizons are cut where the data ends (2023: 2, 2024: 1).

const scorecardInput = z
  .object({
    from: z.coerce.number().int('must be a census year such as 2016'),
    to: z.coerce.number().int('must be a census year such as 2024'),
    horizon: z.coerce.number().int().min(1, 'must be 1 to 5 years').max(5, 'must be 1 to 5 years').default(3),
    seed: z.coerce.number().int('must be a whole number').default(1),
  })
  .strict();

/** One origin and horizon of the summary: the chosen method against the naive baselines. */
export interface ScorecardSummary {
  origin: number;
  h: number;
  councils: number;
  chosen: string;
  medianApe: number | null;
  meanApe: number | null;
  medianSignedError: number | null;
  coverage80: number | null;
  coverage95: number | null;
  bestNaive: { method: string; medianApe: number | null };
  /** Lower median APE than every naive baseline. */
  beatsEveryNaive: boolean;
  /** 95% bootstrap range of (chosen - best naive) median APE, percentage points. */
  difference: { value: number; lo95: number; hi95: number } | null;
}

/** The scorecard of a range of origins. */
export interface NationalScorecard {
  from: number;
  to: number;
  horizon: number;
  seed: number;
  origins: (BacktestScorecard & OriginExtras)[];
  summary: ScorecardSummary[];
  bySize: SizeAccuracy[];
  largestErrors: LargeError[];
  findings: PanelFinding[];
  data: { firstYear: number; lastYear: number };
}

function summaryOf(card: BacktestScorecard & OriginExtras): ScorecardSummary[] {
  return Array.from({ length: card.horizon }, (_, i) => {
    const h = i + 1;
    const at = (id: string) => card.methods.find((m) => m.name === id)?.horizons[i];
    const chosen = at(CHOSEN);
    const naive = baselineIds
      .map((id) => ({ method: id, medianApe: at(id)?.medianApe ?? null }))
      .sort((a, b) => (a.medianApe ?? Infinity) - (b.medianApe ?? Infinity));
    const boot = card.bootstrap.find((b) => b.h === h);
    return {
      origin: card.origin,
      h,
      councils: chosen?.n ?? 0,
      chosen: card.chosen.find((c) => c.h === h)?.method ?? '',
      medianApe: chosen?.medianApe ?? null,
      meanApe: chosen?.meanApe ?? null,
      medianSignedError: chosen?.medianSignedError ?? null,
      coverage80: chosen?.coverage80 ?? null,
      coverage95: chosen?.coverage95 ?? null,
      bestNaive: naive[0] ?? { method: '', medianApe: null },
      beatsEveryNaive: chosen?.beatsBaselinesOnMedian ?? false,
      difference: boot ? { value: boot.difference, lo95: boot.lo95, hi95: boot.hi95 } : null,
    };
  });
}

/** The scorecard of every origin from `from` to `to` (each checked against the data). */
export async function nationalScorecard(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
  options: RunOptions = {},
): Promise<NationalScorecard> {
  requireNationalDataReader(actor);
  const data = parseInput(scorecardInput, input);
  const loaded = await loadPublishedPanel(ctx.db);
  const last = loaded.years[loaded.years.length - 1] ?? 0;
  const origins: number[] = [];
  for (let o = Math.min(data.from, data.to); o <= Math.max(data.from, data.to); o += 1) {
    checkOrigin(loaded.years, o, 1);
    origins.push(o);
  }
  const horizonAt = (o: number) => Math.min(data.horizon, last - o);
  const { full } = await runNationalBacktest(ctx, Math.max(...origins), data.horizon, options, loaded);
  const cards = origins.map((o) => {
    const card = scorecardAt(full, o, data.horizon);
    return { ...card, ...originExtras(full, card, data.seed) };
  });
  const plans = new Map(
    loaded.panel.councils.map((c) => [c.council, new Map(c.years.map((y) => [y.year, y.total]))]),
  );
  const plansAt = (council: string, origin: number) => plans.get(council)?.get(origin) ?? undefined;
  return {
    from: origins[0] ?? data.from,
    to: origins[origins.length - 1] ?? data.to,
    horizon: data.horizon,
    seed: data.seed,
    origins: cards,
    summary: cards.flatMap(summaryOf),
    bySize: accuracyBySize(full.results, origins, horizonAt, [CHOSEN, ...baselineIds], plansAt),
    largestErrors: Array.from({ length: data.horizon }, (_, i) =>
      largestErrors(full.results, CHOSEN, origins, i + 1, loaded.findings, plansAt),
    ).flat(),
    findings: loaded.findings,
    data: { firstYear: loaded.years[0] ?? 0, lastYear: last },
  };
}
