import { beforeAll, describe, expect, it } from 'vitest';
import { backtestEverything } from '../../testing/lookAhead';
import { syntheticPanel } from '../../testing/syntheticPanel';
import { accuracyBySize } from './accuracyBySize';
import { backtestForecast } from './backtestForecast';
import { forecastEvidence } from './forecastEvidence';
import type { FullBacktest } from './fullBacktest';
import { scorecardAt } from './fullBacktest';
import { largestErrors } from './largestErrors';
import { baselineIds, CHOSEN } from './methodCatalogue';
import { reconcilePanel } from './panelFindings';
import type { PublishedPanel } from './publishedPanel';

// The whole back-test on a synthetic panel: one council's caseload halves in January 2024 (a break no
// method can foresee), and one council is created in 2022 (too short to forecast until 2025).
let panel: PublishedPanel;
let full: FullBacktest;
let findings: ReturnType<typeof reconcilePanel>['findings'];

beforeAll(() => {
  const base = syntheticPanel(18, 5);
  const broken = base.councils[0];
  if (!broken) throw new Error('no council');
  broken.years = broken.years.map((y) =>
    y.year >= 2024 ? { ...y, total: Math.round((y.total ?? 0) / 2) } : y,
  );
  const young = {
    ...base.councils[1],
    council: 'S99',
    name: 'New council',
    years: (base.councils[1]?.years ?? []).filter((y) => y.year >= 2022),
    flows: [],
  };
  ({ panel, findings } = reconcilePanel({ ...base, councils: [...base.councils, young] }));
  full = backtestEverything(panel, 3, 2025);
}, 120_000);

const plansAt = (council: string, origin: number) =>
  panel.councils.find((c) => c.council === council)?.years.find((y) => y.year === origin)?.total ?? undefined;

describe('the whole back-test (synthetic panel)', () => {
  it('scores the naive baselines, the parts, the ensemble and the chosen method on the same councils', () => {
    const card = scorecardAt(full, 2021, 3);
    expect(card.horizon).toBe(3);
    const names = card.methods.map((m) => m.name);
    expect(names).toEqual(
      expect.arrayContaining([
        ...baselineIds,
        'shrinkToEngland',
        'pooledRegression',
        'stockFlow',
        'ensemble',
        CHOSEN,
      ]),
    );
    const full3 = card.methods.filter((m) => !m.horizons[2]?.partial).map((m) => m.horizons[2]?.n);
    expect(new Set(full3).size).toBe(1);
    const chosen = card.methods.find((m) => m.name === CHOSEN)?.horizons[0];
    expect(chosen?.medianSignedError).not.toBeNull();
    expect(typeof chosen?.beatsBaselinesOnMedian).toBe('boolean');
    // From 2024 only one year's outcome is published.
    expect(scorecardAt(full, 2024, 3).horizon).toBe(1);
  });

  it('forecasts a council from January 2025 with the method chosen at each horizon, and intervals around it', () => {
    const council = panel.councils[5];
    if (!council) throw new Error('no council');
    const f = backtestForecast(full, council, { method: CHOSEN, origin: 2025, horizon: 3 });
    if ('unavailable' in f) throw new Error(f.unavailable);
    expect(f.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
    for (const y of f.years) {
      expect(y.method).toBe(full.methodChoices.find((c) => c.origin === 2025 && c.h === y.h)?.method);
      expect(y.total.lo80).not.toBeNull();
      expect(y.total.lo80 ?? Infinity).toBeLessThanOrEqual(y.total.forecast);
      expect(y.total.hi80 ?? -Infinity).toBeGreaterThanOrEqual(y.total.forecast);
    }
    const young = panel.councils.find((c) => c.council === 'S99');
    if (!young) throw new Error('no young council');
    const none = backtestForecast(full, young, { method: CHOSEN, origin: 2024, horizon: 1 });
    expect('unavailable' in none && none.unavailable).toMatch(
      /only 3 consecutive year\(s\) of figures up to January 2024 \(4 needed\)/,
    );
  });

  it('writes the evidence from the last four origins with a published outcome', () => {
    const e = forecastEvidence(full.results, CHOSEN, 2025, 2, full.earliest);
    expect(e?.origins).toEqual([2023, 2022, 2021, 2020]);
    expect(e?.sentence).toContain(
      `within ${(e?.medianApe ?? 0).toFixed(1)}% two years ahead for half of councils`,
    );
    expect(e?.sentence).toContain('(forecasts from January 2020 to 2023,');
    expect(e?.within5).toBeGreaterThanOrEqual(0);
  });

  it('lists the council whose caseload halved first among the largest one-year errors, with the reason', () => {
    const top = largestErrors(full.results, CHOSEN, [2023], 1, findings, plansAt)[0];
    expect(top).toMatchObject({ council: 'S01', origin: 2023, year: 2024 });
    expect(top?.percentError).toBeGreaterThan(50);
    // Halved after the year's growth: 5,029 plans in January 2023, 2,735 in 2024 (-46%).
    expect(top?.reason).toMatch(
      /^Synthetic S01: 5,029 plans in January 2023, 2,735 in January 2024 \(-46%\), a break/,
    );
  });

  it('splits each origin into thirds by size, and every scored council-origin falls in one', () => {
    const rows = accuracyBySize(full.results, [2020, 2021], () => 1, [CHOSEN], plansAt);
    expect(rows.map((r) => r.group)).toEqual(['smallest third', 'middle third', 'largest third']);
    const scored = [2020, 2021].map(
      (o) => scorecardAt(full, o, 1).methods.find((m) => m.name === CHOSEN)?.horizons[0]?.n ?? 0,
    );
    expect(rows.reduce((s, r) => s + r.n, 0)).toBe(scored[0]! + scored[1]!);
    expect(rows[0]!.medianPlans).toBeLessThan(rows[1]!.medianPlans);
    expect(rows[1]!.medianPlans).toBeLessThan(rows[2]!.medianPlans);
  });
});
