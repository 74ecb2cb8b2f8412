import { roundToPounds } from '../../src/core/money';
import {
  kingstonCategoryMap,
  partners,
  summarisePlacements,
  type Placement,
  type PlacementSummary,
} from '../../src/core/placements';
import { contributionChangeTargets, type RegisterTargets } from './targets';

/** The product's summary of a demo register, as the services work it out (Kingston's categories). */
export function summariseDemoRegister(
  placements: readonly Placement[],
  targets: RegisterTargets,
  previous?: readonly Placement[],
): PlacementSummary {
  return summarisePlacements(placements, {
    asAt: targets.asAt,
    financialYear: targets.financialYear,
    categoryMap: kingstonCategoryMap,
    ...(previous ? { previous: { placements: previous, financialYear: '2020-21', asAt: '2021-03-31' } } : {}),
  });
}

/** Every way a register misses its published figures (empty when it reproduces them all). */
export function registerMisses(
  placements: readonly Placement[],
  targets: RegisterTargets,
  previous?: readonly Placement[],
): string[] {
  const s = summariseDemoRegister(placements, targets, previous);
  const misses: string[] = [];
  const expect = (what: string, got: number | null, want: number) => {
    if (got !== want) misses.push(`${targets.asAt} ${what}: ${String(got)}, not ${String(want)}`);
  };
  expect('average < 16', s.averageCostByPhase.under16.average, targets.phases.under16 * 100);
  expect('average > 16', s.averageCostByPhase.over16.average, targets.phases.over16 * 100);
  for (const [id, pounds] of Object.entries(targets.categories))
    expect(id, s.averageCostByCouncilCategory[id]?.average ?? null, pounds * 100);
  expect(
    'average cost of an EHCP (pounds)',
    s.averageCostOfEhcp === null ? null : roundToPounds(s.averageCostOfEhcp) / 100,
    targets.averageCostOfEhcp,
  );
  expect('independent sector share', s.independentSectorSharePct, targets.independentSharePct);
  if (previous) {
    for (const partner of partners) {
      const row = s.contributionChanges?.rows.find((r) => r.partner === partner);
      expect(`${partner} contribution change`, row?.change ?? null, contributionChangeTargets[partner] * 100);
    }
  }
  return misses;
}

/** Throws when a register misses any of its published figures. */
export function checkRegister(
  placements: readonly Placement[],
  targets: RegisterTargets,
  previous?: readonly Placement[],
): void {
  const misses = registerMisses(placements, targets, previous);
  if (misses.length > 0) throw new Error(`the demo register misses seed 003:\n${misses.join('\n')}`);
}
