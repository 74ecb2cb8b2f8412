import { percentage } from '../money';
import { decimalsOf, type KpiDefinition, type KpiFormula, type KpiTerm } from './definition';
import { describeSource } from './modelSource';
import { describePlacementSource } from './placementSource';
import { describeSen2Source } from './sen2Source';
import { roundKpi } from './rounding';

/** The figures of a KPI a formula can read: its baseline, its stated annual target, its period value. */
export type KpiField = 'baseline' | 'annualTarget' | 'value';

/** Reads another KPI's figure; null when it is missing (n/a, not entered, not computable). */
export type FieldReader = (ref: string, field: KpiField) => number | null;

const fieldWords: Record<KpiField, string> = {
  baseline: 'baseline',
  annualTarget: 'annual target',
  value: '',
};

function termText(term: KpiTerm): string {
  return term.field ? `KPI ${term.ref} ${fieldWords[term.field]}` : `KPI ${term.ref}`;
}

/** The formula in words, e.g. "(KPI 18 − KPI 10) / KPI 18 × 100". */
export function describeFormula(formula: KpiFormula, percent: boolean): string {
  const times = percent ? ' × 100' : '';
  switch (formula.kind) {
    case 'sum':
      return formula.terms.map(termText).join(' + ');
    case 'ratio': {
      const top = [formula.add.map(termText).join(' + '), ...(formula.subtract ?? []).map(termText)].join(
        ' − ',
      );
      const many = formula.add.length + (formula.subtract?.length ?? 0) > 1;
      return `${many ? `(${top})` : top} / ${termText(formula.over)}${times}`;
    }
    case 'growth':
      return `(${termText(formula.of)} − ${termText(formula.over)}) / ${termText(formula.over)} × 100`;
    case 'model':
      return describeSource(formula.source);
    case 'placements':
      return `${describePlacementSource(formula.source)} from the placement register`;
    case 'sen2':
      return `${describeSen2Source(formula.source)} from the SEN2 returns`;
  }
}

/** The KPIs a formula reads (for ordering and cycle detection). */
export function formulaRefs(formula: KpiFormula): string[] {
  switch (formula.kind) {
    case 'sum':
      return formula.terms.map((t) => t.ref);
    case 'ratio':
      return [...formula.add, ...(formula.subtract ?? []), formula.over].map((t) => t.ref);
    case 'growth':
      return [formula.of.ref, formula.over.ref];
    case 'model':
    case 'placements':
    case 'sen2':
      return [];
  }
}

/** Whether every term follows the field being computed (so the formula also applies to baselines and targets). */
export function isUnpinned(formula: KpiFormula): boolean {
  const terms =
    formula.kind === 'sum'
      ? formula.terms
      : formula.kind === 'ratio'
        ? [...formula.add, ...(formula.subtract ?? []), formula.over]
        : formula.kind === 'growth'
          ? [formula.of, formula.over]
          : [];
  return terms.every((t) => t.field === undefined);
}

/**
 * Applies a sum, ratio or growth formula to one field, rounded to the KPI's published precision; null when
 * an input is missing or a denominator is 0. Model and placement formulas need a plan version or a register: see the evaluator.
 */
export function applyFormula(
  formula: KpiFormula,
  field: KpiField,
  kpi: Pick<KpiDefinition, 'unit' | 'decimals'>,
  read: FieldReader,
): number | null {
  const get = (t: KpiTerm) => read(t.ref, t.field ?? field);
  const all = (terms: KpiTerm[]) => {
    const values = terms.map(get);
    return values.some((v) => v === null) ? null : (values as number[]);
  };
  const decimals = decimalsOf(kpi);
  switch (formula.kind) {
    case 'sum': {
      const values = all(formula.terms);
      return values === null
        ? null
        : roundKpi(
            values.reduce((a, b) => a + b, 0),
            kpi.unit,
            decimals,
          );
    }
    case 'ratio': {
      const add = all(formula.add);
      const subtract = all(formula.subtract ?? []);
      const over = get(formula.over);
      if (add === null || subtract === null || over === null || over === 0) return null;
      const top = add.reduce((a, b) => a + b, 0) - subtract.reduce((a, b) => a + b, 0);
      if (kpi.unit === 'percent') return percentage(top, over, decimals);
      return roundKpi(top / over, kpi.unit, decimals);
    }
    case 'growth': {
      const of = get(formula.of);
      const over = get(formula.over);
      if (of === null || over === null || over === 0) return null;
      return percentage(of - over, over, decimals);
    }
    case 'model':
    case 'placements':
    case 'sen2':
      return null;
  }
}
