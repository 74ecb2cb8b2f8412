import type { Pence } from '../money';
import type { FinancialYear } from '../periods';
import { computeModel } from './computeModel';
import type { LineKind } from './lineKinds';
import type { LineLinks, PlanLine, PlanVersion } from './planVersion';

// A modelled cost pushed into a plan version replaces what it stands for, never adds on top: the lines
// the model covers lose their amounts for the years it models, and the model's lines carry them instead.
// A forecast run pushes one line (the projected cost of EHCPs); a local SEND reform plan pushes an
// unmitigated-demand pressure and a saving per mitigation. Pushing again from the same source updates
// the lines it wrote before, never adds a second set.

/** A line a push writes: a stable id (the same on every push from one source), and amounts by year. */
export interface ModelledLine {
  id: string;
  kind: LineKind;
  label: string;
  links?: LineLinks;
  amounts: Partial<Record<FinancialYear, Pence>>;
}

/** What a push does to a version. */
export interface ModelledCostPush {
  /** The lines the model writes. */
  lines: ModelledLine[];
  /** The years the model stands for: the replaced lines keep their amounts in every other year. */
  years: FinancialYear[];
  /** Ids of the lines the model stands for (existing spend lines, or lines an earlier push wrote). */
  replace: string[];
}

/** A line the push took amounts from, with the amounts it took (to say so, and to put them back by hand). */
export interface ReplacedLine {
  id: string;
  kind: LineKind;
  label: string;
  amounts: Partial<Record<FinancialYear, Pence>>;
  /** True when nothing was left of it, so it was taken out of the version. */
  removed: boolean;
}

/**
 * The version after the push: replaced lines lose their amounts in the modelled years (and go when
 * nothing is left of them, or when the push writes a line with their id), the model's lines are written
 * (in place of a line with the same id, otherwise after the others). Pure: the caller checks the ids.
 */
export function applyModelledCost(
  plan: PlanVersion,
  push: ModelledCostPush,
): { plan: PlanVersion; replaced: ReplacedLine[] } {
  const modelled = new Set(push.years);
  const writes = new Map(push.lines.map((l) => [l.id, l]));
  const replacing = new Set(push.replace);
  const replaced: ReplacedLine[] = [];
  const lines: PlanLine[] = [];
  for (const line of plan.lines) {
    const written = writes.get(line.id);
    if (written) {
      // An earlier push's line (or one the model now stands for): rewritten in place.
      if (replacing.has(line.id))
        replaced.push({ ...describe(line, (y) => modelled.has(y)), removed: false });
      lines.push(toPlanLine(written));
      writes.delete(line.id);
      continue;
    }
    if (!replacing.has(line.id)) {
      lines.push(line);
      continue;
    }
    const kept = Object.fromEntries(
      Object.entries(line.amounts).filter(([year]) => !modelled.has(year) && plan.years.includes(year)),
    );
    const removed = Object.keys(kept).length === 0;
    replaced.push({ ...describe(line, (y) => modelled.has(y)), removed });
    if (!removed) lines.push({ ...line, amounts: kept });
  }
  for (const line of writes.values()) lines.push(toPlanLine(line));
  return { plan: { ...plan, lines }, replaced };
}

function describe(line: PlanLine, inModel: (year: string) => boolean): Omit<ReplacedLine, 'removed'> {
  return {
    id: line.id,
    kind: line.kind,
    label: line.label,
    amounts: Object.fromEntries(Object.entries(line.amounts).filter(([year]) => inModel(year))),
  };
}

function toPlanLine(line: ModelledLine): PlanLine {
  return { id: line.id, kind: line.kind, label: line.label, links: line.links ?? {}, amounts: line.amounts };
}

/** One figure before and after a push, and the difference (after − before). */
export interface BeforeAfter {
  before: Pence;
  after: Pence;
  difference: Pence;
}

/** A year of a push's preview: whether the model stands for it, and spend, in-year and cumulative balance. */
export interface PushPreviewYear {
  year: FinancialYear;
  modelled: boolean;
  spendBeforeSavings: BeforeAfter;
  inYearDsgDeficit: BeforeAfter;
  cumulativeDeficitAfterDfe: BeforeAfter;
}

/** The preview of a push: per year of the version, the figures before and after, and their difference. */
export function pushPreview(
  before: PlanVersion,
  after: PlanVersion,
  modelledYears: readonly FinancialYear[],
): PushPreviewYear[] {
  const was = computeModel(before);
  const will = computeModel(after);
  const pair = (b: Pence, a: Pence): BeforeAfter => ({ before: b, after: a, difference: a - b });
  return was.map((b, i) => {
    const a = will[i]!;
    return {
      year: b.year,
      modelled: modelledYears.includes(b.year),
      spendBeforeSavings: pair(b.spendBeforeSavings, a.spendBeforeSavings),
      inYearDsgDeficit: pair(b.inYearDsgDeficit, a.inYearDsgDeficit),
      cumulativeDeficitAfterDfe: pair(b.cumulativeDeficitAfterDfe, a.cumulativeDeficitAfterDfe),
    };
  });
}
