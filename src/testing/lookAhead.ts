import {
  backtestCouncil,
  fullBacktest,
  originsUpTo,
  publishedAt,
  type FullBacktest,
  type PublishedPanel,
} from '../core/caseloadForecast';
import { errorQuantiles } from '../core/caseloadForecast/calibration';
import { CHOSEN } from '../core/caseloadForecast/methodCatalogue';
import { methodChosenAt } from '../core/caseloadForecast/methodSelection';
import type { PooledComponent } from '../core/caseloadForecast/pooledMethods';

// The look-ahead check: run the whole back-test once on everything, then for each origin O rebuild it
// from the panel with every figure not yet published at O removed (publishedAt), and compare what was
// decided at O: every method's forecast, every setting chosen, the method chosen, and the intervals. Any
// difference means something at O read a figure published later.

/** One thing decided at an origin that came out differently without the later figures. */
export interface LookAheadMismatch {
  origin: number;
  what: string;
  withEverything: unknown;
  publishedOnly: unknown;
}

/** The whole back-test (per-council methods in this thread) from every origin up to `last`. */
export function backtestEverything(
  panel: PublishedPanel,
  horizon: number,
  last: number,
  components?: readonly PooledComponent[],
): FullBacktest {
  const origins = originsUpTo(panel, last);
  const perCouncil = panel.councils.map((caseload) => backtestCouncil({ caseload, origins, horizon }));
  return fullBacktest(panel, perCouncil, horizon, last, components);
}

function decidedAt(full: FullBacktest, origin: number): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const r of full.results)
    for (const p of r.points)
      if (p.origin === origin)
        out.set(`forecast ${r.council} ${p.method} ${p.series} h=${String(p.h)}`, p.forecast);
  for (const c of full.pooledChoices.filter((x) => x.origin === origin))
    out.set(`setting ${c.method} h=${String(c.h)}`, JSON.stringify(c));
  for (const c of full.methodChoices.filter((x) => x.origin === origin))
    out.set(`chosen method h=${String(c.h)}`, JSON.stringify(c));
  const points = full.results.flatMap((r) =>
    r.points.filter((p) => p.year <= origin && p.series === 'total'),
  );
  const methods = new Set(points.map((p) => p.method));
  for (const method of methods)
    for (let h = 1; h <= 5; h += 1) {
      // The chosen method is calibrated on the record of the method chosen at the origin and horizon.
      const own = method === CHOSEN ? methodChosenAt(full.methodChoices, origin, h) : method;
      out.set(
        `interval ${method} h=${String(h)}`,
        JSON.stringify((own && errorQuantiles(points, own, 'total', h, origin)) ?? null),
      );
    }
  return out;
}

/** Compares the back-test's decisions at each origin with those rebuilt from what was published then. */
export function lookAheadCheck(
  panel: PublishedPanel,
  origins: readonly number[],
  horizon: number,
  components?: readonly PooledComponent[],
): { compared: number; mismatches: LookAheadMismatch[] } {
  const everything = backtestEverything(panel, horizon, Math.max(...origins), components);
  const mismatches: LookAheadMismatch[] = [];
  let compared = 0;
  for (const origin of origins) {
    const rebuilt = backtestEverything(publishedAt(panel, origin), horizon, origin, components);
    const a = decidedAt(everything, origin);
    const b = decidedAt(rebuilt, origin);
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      compared += 1;
      if (!Object.is(a.get(key), b.get(key)))
        mismatches.push({ origin, what: key, withEverything: a.get(key), publishedOnly: b.get(key) });
    }
  }
  return { compared, mismatches };
}
