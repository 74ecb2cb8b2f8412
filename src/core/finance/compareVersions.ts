import type { Pence } from '../money';
import type { FinancialYear } from '../periods';
import { computeModel, withDerivedAmounts } from './computeModel';
import { directionOf, presentationSign, type Direction, type LineKind } from './lineKinds';
import type { DerivedFigure, PlanLine, PlanVersion } from './planVersion';
import { ragFor, type Rag, type RagTolerance } from './rag';

/** One compared line or derived figure: both amounts as presented, the variance, and its judgement. */
export interface VarianceRow {
  /** Line id, or the derived figure's name for total rows. */
  key: string;
  label: string;
  kind: LineKind | 'derived';
  /** Amounts as the council's tables show them (savings and contributions negative). */
  from: Pence | null;
  to: Pence | null;
  /** to − from, as presented. */
  variance: Pence;
  /** Whether the variance helps or hurts the deficit; 'none' when there is no variance. */
  effect: 'favourable' | 'adverse' | 'none';
  rag: Rag;
}

export interface VersionComparison {
  year: FinancialYear;
  fromVersion: string;
  toVersion: string;
  lines: VarianceRow[];
  totals: VarianceRow[];
}

/** Derived figures compared, with the direction that is good news for each. */
const derivedRows: ReadonlyArray<[DerivedFigure, string, Direction]> = [
  ['totalBudget', 'Total budget', 'higherIsBetter'],
  ['spendBeforeSavings', 'HNB expenditure before savings', 'lowerIsBetter'],
  ['spendAfterSavings', 'HNB expenditure after savings', 'lowerIsBetter'],
  ['netHighNeedsDeficit', 'Net HNB deficit', 'lowerIsBetter'],
  ['inYearDsgDeficit', 'In-year DSG deficit', 'lowerIsBetter'],
  ['cumulativeDeficitBeforeDfe', 'Cumulative DSG deficit before DfE contributions', 'lowerIsBetter'],
  ['cumulativeDeficitAfterDfe', 'Cumulative DSG deficit after DfE contributions', 'lowerIsBetter'],
];

/** Judges a presented variance: the presented sign flips the line's direction for negative-shown lines. */
export function judgeVariance(
  variance: Pence,
  direction: Direction,
  baseline: Pence,
  tolerance: RagTolerance,
) {
  const adverse = direction === 'higherIsBetter' ? -variance : variance;
  const effect: VarianceRow['effect'] = variance === 0 ? 'none' : adverse > 0 ? 'adverse' : 'favourable';
  return { effect, rag: ragFor(adverse, baseline, tolerance) };
}

function presentedDirection(kind: LineKind): Direction {
  const direction = directionOf(kind);
  if (presentationSign(kind) === 1) return direction;
  return direction === 'higherIsBetter' ? 'lowerIsBetter' : 'higherIsBetter';
}

function lineAmount(line: PlanLine | undefined, year: FinancialYear): Pence | null {
  if (!line) return null;
  return (line.amounts[year] ?? 0) * presentationSign(line.kind);
}

/**
 * Compares two versions for one year, line by line (matched by line id) and on every derived figure.
 * Lines only in one version compare against nothing (treated as 0 for the variance).
 */
export function compareVersions(
  from: PlanVersion,
  to: PlanVersion,
  year: FinancialYear,
  tolerance: RagTolerance,
): VersionComparison {
  // Rule lines (stability grant, grown allocations) compare on the amounts the model gives them.
  from = withDerivedAmounts(from);
  to = withDerivedAmounts(to);
  const fromById = new Map(from.lines.map((l) => [l.id, l]));
  const toById = new Map(to.lines.map((l) => [l.id, l]));
  const ids = [...fromById.keys(), ...[...toById.keys()].filter((id) => !fromById.has(id))];
  const lines: VarianceRow[] = ids.map((id) => {
    const a = fromById.get(id);
    const b = toById.get(id);
    const line = (a ?? b)!;
    const fromAmount = lineAmount(a, year);
    const toAmount = lineAmount(b, year);
    const variance = (toAmount ?? 0) - (fromAmount ?? 0);
    return {
      key: id,
      label: line.label,
      kind: line.kind,
      from: fromAmount,
      to: toAmount,
      variance,
      ...judgeVariance(variance, presentedDirection(line.kind), fromAmount ?? 0, tolerance),
    };
  });
  const fromYear = computeModel(from).find((p) => p.year === year);
  const toYear = computeModel(to).find((p) => p.year === year);
  const totals: VarianceRow[] = derivedRows.map(([figure, label, direction]) => {
    const fromAmount = fromYear ? fromYear[figure] : null;
    const toAmount = toYear ? toYear[figure] : null;
    const variance = (toAmount ?? 0) - (fromAmount ?? 0);
    return {
      key: figure,
      label,
      kind: 'derived',
      from: fromAmount,
      to: toAmount,
      variance,
      ...judgeVariance(variance, direction, fromAmount ?? 0, tolerance),
    };
  });
  return { year, fromVersion: from.version, toVersion: to.version, lines, totals };
}
