import type { Pence } from '../money';
import type { FinancialYear } from '../periods';
import { judgeVariance } from './compareVersions';
import { computeModel, type YearPosition } from './computeModel';
import type { Direction } from './lineKinds';
import type { PlanVersion } from './planVersion';
import type { Rag, RagTolerance } from './rag';

/** One row of the financial model monitoring table (agreed model against the latest projection). */
export interface MonitoringRow {
  label: string;
  /** Bold total rows in the published layout. */
  total: boolean;
  model: Pence;
  projection: Pence;
  variance: Pence;
  effect: 'favourable' | 'adverse' | 'none';
  rag: Rag;
}

type RowSpec =
  | { label: string; total: boolean; figure: (y: YearPosition) => Pence; direction: Direction }
  | { savings: true };

/** The layout of the Safety Valve quarterly return's "financial model monitoring" table (seed 003). */
const layout: RowSpec[] = [
  { label: 'HNB allocation', total: false, figure: (y) => y.hnbAllocation, direction: 'higherIsBetter' },
  {
    label: 'Budget additions (transfers)',
    total: false,
    figure: (y) => y.blockTransfers + y.otherIncome,
    direction: 'higherIsBetter',
  },
  { label: 'Total budget', total: true, figure: (y) => y.totalBudget, direction: 'higherIsBetter' },
  {
    label: 'HNB expenditure before savings',
    total: true,
    figure: (y) => y.spendBeforeSavings,
    direction: 'lowerIsBetter',
  },
  { savings: true },
  {
    label: 'HNB expenditure after savings',
    total: true,
    figure: (y) => y.spendAfterSavings,
    direction: 'lowerIsBetter',
  },
  { label: 'Net HNB deficit', total: true, figure: (y) => y.netHighNeedsDeficit, direction: 'lowerIsBetter' },
  {
    label: 'Variance in other DSG blocks',
    total: false,
    figure: (y) => y.otherBlocksVariance,
    direction: 'lowerIsBetter',
  },
  {
    label: 'General Fund Contribution',
    total: false,
    figure: (y) => -y.generalFundContribution,
    direction: 'lowerIsBetter',
  },
  { label: 'Net HNB Deficit', total: true, figure: (y) => y.inYearDsgDeficit, direction: 'lowerIsBetter' },
  {
    label: 'Net DSG deficit - cumulative before safety valve',
    total: true,
    figure: (y) => y.cumulativeDeficitBeforeDfe,
    direction: 'lowerIsBetter',
  },
  {
    label: 'Net DSG deficit - cumulative after max safety valve',
    total: true,
    figure: (y) => y.cumulativeDeficitAfterDfe,
    direction: 'lowerIsBetter',
  },
];

function row(
  label: string,
  total: boolean,
  model: Pence,
  projection: Pence,
  direction: Direction,
  tolerance: RagTolerance,
): MonitoringRow {
  const variance = projection - model;
  return {
    label,
    total,
    model,
    projection,
    variance,
    ...judgeVariance(variance, direction, model, tolerance),
  };
}

/**
 * The monitoring table for one year: the agreed model against the latest projection, with variance and
 * RAG. Savings are listed line by line (matched by id), shown negative as the DfE return prints them.
 */
export function monitoringTable(
  model: PlanVersion,
  projection: PlanVersion,
  year: FinancialYear,
  tolerance: RagTolerance,
): MonitoringRow[] {
  const a = computeModel(model).find((y) => y.year === year);
  const b = computeModel(projection).find((y) => y.year === year);
  if (!a || !b) {
    const missing = !a ? model.version : projection.version;
    throw new RangeError(`The version "${missing}" has no figures for ${year}.`);
  }
  const rows: MonitoringRow[] = [];
  for (const spec of layout) {
    if ('savings' in spec) {
      const projectionSavings = new Map(
        projection.lines.filter((l) => l.kind === 'saving' && !l.memo).map((l) => [l.id, l]),
      );
      const modelSavings = model.lines.filter((l) => l.kind === 'saving' && !l.memo);
      const ids = [
        ...modelSavings.map((l) => l.id),
        ...[...projectionSavings.keys()].filter((id) => !modelSavings.some((l) => l.id === id)),
      ];
      for (const id of ids) {
        const m = modelSavings.find((l) => l.id === id);
        const p = projectionSavings.get(id);
        const label = (m ?? p)!.label;
        rows.push(
          row(label, false, -(m?.amounts[year] ?? 0), -(p?.amounts[year] ?? 0), 'lowerIsBetter', tolerance),
        );
      }
    } else {
      rows.push(row(spec.label, spec.total, spec.figure(a), spec.figure(b), spec.direction, tolerance));
    }
  }
  return rows;
}
