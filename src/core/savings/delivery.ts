import { ragFor, type Rag, type RagTolerance } from '../finance/rag';
import type { PlanVersion } from '../finance';
import { sumPence, type Pence } from '../money';
import { compareIsoDates, type FinancialYear, type IsoDate } from '../periods';

/** What was known about one savings line on one date: delivered so far in the year, and the year's forecast. */
export interface DeliveryEntry {
  lineKey: string;
  financialYear: FinancialYear;
  asAt: IsoDate;
  delivered: Pence;
  forecast: Pence;
  note: string | null;
}

/** One savings line's delivery in a year as at a date: target, delivered to date, forecast, RAG. */
export interface LineDelivery {
  lineKey: string;
  label: string;
  workstream: string;
  /** The plan version's amount for the year: what the line must deliver. */
  target: Pence;
  /** Null until something is recorded on or before the date. */
  delivered: Pence | null;
  forecast: Pence | null;
  /** The date of the entry the figures come from. */
  reportedOn: IsoDate | null;
  note: string | null;
  /** Forecast against target, by the council's tolerance; null until a forecast is recorded. */
  rag: Rag | null;
  /** Every entry of the year up to the date, oldest first (the line's delivery over the year). */
  history: DeliveryEntry[];
}

/** A plan version's savings delivery for a year as at a date, by line and in total. */
export interface SavingsDelivery {
  financialYear: FinancialYear;
  asAt: IsoDate;
  lines: LineDelivery[];
  total: { target: Pence; delivered: Pence; forecast: Pence; linesReported: number };
}

/** The entries of one line and year recorded on or before the date, oldest first. */
export function entriesUpTo(
  entries: readonly DeliveryEntry[],
  lineKey: string,
  year: FinancialYear,
  asAt: IsoDate,
): DeliveryEntry[] {
  return entries
    .filter((e) => e.lineKey === lineKey && e.financialYear === year && compareIsoDates(e.asAt, asAt) <= 0)
    .sort((a, b) => compareIsoDates(a.asAt, b.asAt));
}

/**
 * Each savings line of the version with its delivery as at the date: the latest entry on or before it
 * gives delivered to date and the forecast; the RAG judges the forecast shortfall against the target with
 * the council's variance tolerance (the same rule as the monitoring table, so a line is judged alike in
 * both). Memorandum lines (outside the DSG) are left out: they are not the High Needs Block's savings.
 */
export function savingsDelivery(
  plan: Pick<PlanVersion, 'lines'>,
  year: FinancialYear,
  entries: readonly DeliveryEntry[],
  asAt: IsoDate,
  tolerance: RagTolerance,
): SavingsDelivery {
  const lines = plan.lines
    .filter((l) => l.kind === 'saving' && !l.memo)
    .map((line): LineDelivery => {
      const target = line.amounts[year] ?? 0;
      const history = entriesUpTo(entries, line.id, year, asAt);
      const latest = history.at(-1);
      return {
        lineKey: line.id,
        label: line.label,
        workstream: line.links.workstream ?? 'No workstream',
        target,
        delivered: latest?.delivered ?? null,
        forecast: latest?.forecast ?? null,
        reportedOn: latest?.asAt ?? null,
        note: latest?.note ?? null,
        rag: latest ? ragFor(target - latest.forecast, target, tolerance) : null,
        history,
      };
    });
  return {
    financialYear: year,
    asAt,
    lines,
    total: {
      target: sumPence(lines.map((l) => l.target)),
      delivered: sumPence(lines.map((l) => l.delivered ?? 0)),
      forecast: sumPence(lines.map((l) => l.forecast ?? l.target)),
      linesReported: lines.filter((l) => l.reportedOn !== null).length,
    },
  };
}

/** Savings achieved to date against the year's target over a set of lines (a condition's "£139k of £191k"). */
export interface SavingsAgainstTarget {
  achieved: Pence | null;
  target: Pence;
  forecast: Pence | null;
  lines: string[];
}

/**
 * What a set of lines has delivered against their target: achieved is null while none of them has a
 * recorded delivery (nothing to report yet), so a return shows "not yet reported" rather than £0.
 */
export function deliveryOfLines(
  delivery: SavingsDelivery,
  lineKeys: readonly string[],
): SavingsAgainstTarget {
  const lines = delivery.lines.filter((l) => lineKeys.includes(l.lineKey));
  const reported = lines.filter((l) => l.delivered !== null);
  return {
    achieved: reported.length === 0 ? null : sumPence(reported.map((l) => l.delivered ?? 0)),
    target: sumPence(lines.map((l) => l.target)),
    forecast: reported.length === 0 ? null : sumPence(lines.map((l) => l.forecast ?? l.target)),
    lines: lines.map((l) => l.lineKey),
  };
}
