import type { Pence } from '../money';
import type { IsoDate } from '../periods';
import {
  annualContributions,
  annualCost,
  costElements,
  isActiveOn,
  partners,
  placementKey,
  type Placement,
} from './placement';

// What changed between two snapshots of a register. Placements are matched by placementKey (child,
// provider, start date). New: only in the later snapshot. Ceased: open on the earlier as-at date and
// either gone from the later snapshot or ended by its as-at date. Cost changed: in both, with a
// different annual rate for any cost element or contribution.

/** One placement whose annual rates changed. */
export interface CostChange {
  readonly before: Placement;
  readonly after: Placement;
  /** Change in annual gross cost (place funding + top-up + other). */
  readonly annualCostChange: Pence;
  readonly annualContributionsChange: Pence;
}

/** Everything that changed between two snapshots. */
export interface RegisterChanges {
  readonly fromAsAt: IsoDate;
  readonly toAsAt: IsoDate;
  readonly added: readonly Placement[];
  readonly ceased: readonly Placement[];
  readonly costChanges: readonly CostChange[];
  /** Annual gross cost: of new placements, of ceased ones, the net change of changed rates, and the sum (new - ceased + changes). */
  readonly fullYearEffect: {
    readonly added: Pence;
    readonly ceased: Pence;
    readonly costChanges: Pence;
    readonly net: Pence;
  };
}

function ratesDiffer(a: Placement, b: Placement): boolean {
  return (
    costElements.some((e) => a[e] !== b[e]) || partners.some((k) => a.contributions[k] !== b.contributions[k])
  );
}

/** Compares the register as at `fromAsAt` with the register as at `toAsAt`. */
export function registerChanges(
  from: readonly Placement[],
  fromAsAt: IsoDate,
  to: readonly Placement[],
  toAsAt: IsoDate,
): RegisterChanges {
  const earlier = new Map(from.map((p) => [placementKey(p), p]));
  const later = new Map(to.map((p) => [placementKey(p), p]));
  const added: Placement[] = [];
  const ceased: Placement[] = [];
  const costChanges: CostChange[] = [];
  for (const [key, after] of later) {
    const before = earlier.get(key);
    if (!before) added.push(after);
    else if (ratesDiffer(before, after)) {
      costChanges.push({
        before,
        after,
        annualCostChange: annualCost(after) - annualCost(before),
        annualContributionsChange: annualContributions(after) - annualContributions(before),
      });
    }
  }
  for (const [key, before] of earlier) {
    if (!isActiveOn(before, fromAsAt)) continue;
    const after = later.get(key);
    if (!after || (after.endDate !== null && after.endDate <= toAsAt)) ceased.push(after ?? before);
  }
  const sum = (items: readonly Placement[]) => items.reduce((s, p) => s + annualCost(p), 0);
  const fye = {
    added: sum(added),
    ceased: sum(ceased),
    costChanges: costChanges.reduce((s, c) => s + c.annualCostChange, 0),
  };
  return {
    fromAsAt,
    toAsAt,
    added,
    ceased,
    costChanges,
    fullYearEffect: { ...fye, net: fye.added - fye.ceased + fye.costChanges },
  };
}
