import { z } from 'zod';
import { computeModel, type YearPosition } from '../../core/finance';
import { compareIsoDates, financialYearOf, parseIsoDate, type IsoDate } from '../../core/periods';
import { paymentSummary, type SafetyValveAgreement } from '../../core/safetyValve';
import type { ServiceContext } from '../context';
import { councilView, requireCouncil } from '../councils';
import { ValidationError } from '../errors';
import { loadVersionPlan } from '../financialModel/versions';
import type { Actor } from '../permissions';
import { findAgreement, listReturnRows } from '../safetyValve/store';
import { returnView, type ReturnView } from '../safetyValve/returnView';
import { parseInput } from '../validation';
import { deliveryFor } from '../savings/delivery';
import { governanceAsAt } from './governanceStore';

const figuresInput = z
  .object({
    asAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/u, 'write the date as YYYY-MM-DD, e.g. 2021-06-30')
      .optional(),
    version: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

/** The date a paper's figures are as at, checked, or today by the service's clock. */
export function paperDate(ctx: ServiceContext, asAt: string | undefined): IsoDate {
  if (asAt === undefined) return ctx.now().toISOString().slice(0, 10);
  try {
    return parseIsoDate(asAt);
  } catch {
    throw new ValidationError(`${asAt} is not a date: write it as YYYY-MM-DD, e.g. 2021-06-30.`, 'asAt');
  }
}

/**
 * Everything a paper's tables and charts are drawn from, as at a date: the financial model of the chosen
 * plan version (by default the Safety Valve agreement's), the latest quarterly return whose data date is on
 * or before that date (with its KPIs, monitoring table, conditions and deficit profile, as the return shows
 * them), the agreement's DfE funding, and the governance tracker as recorded by then. Reading only.
 */
export async function paperFigures(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const { asAt: given, version } = parseInput(figuresInput, input);
  const asAt = paperDate(ctx, given);
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const agreement: SafetyValveAgreement | null = (await findAgreement(ctx.db, council.id))?.agreement ?? null;
  const modelVersion = version ?? agreement?.agreedVersion ?? null;
  const model: { version: string; years: YearPosition[] } | null = modelVersion
    ? { version: modelVersion, years: computeModel(await loadVersionPlan(ctx, council, modelVersion)) }
    : null;
  const returns = (await listReturnRows(ctx.db, council.id)).filter(
    (r) => compareIsoDates(r.quarterlyReturn.dataDate, asAt) <= 0,
  );
  const latest = returns.at(-1)?.quarterlyReturn ?? null;
  const quarterly: ReturnView | null = latest ? await returnView(ctx, actor, code, latest.period) : null;
  const year = quarterly?.return.financialYear ?? financialYearOf(asAt);
  const savings = modelVersion ? await deliveryFor(ctx, council, modelVersion, year, asAt) : null;
  return {
    council: councilView(council),
    savings: savings && { version: modelVersion!, ...savings },
    asAt,
    model,
    agreement: agreement && {
      name: agreement.name,
      signedOn: agreement.signedOn,
      totalFunding: agreement.totalFunding,
      finalPaymentYear: agreement.finalPaymentYear,
      payments: paymentSummary(agreement),
    },
    quarterly,
    governance: await governanceAsAt(ctx.db, council.id, asAt),
  };
}

/** The figures of a paper, as its tables and charts read them. */
export type PaperFigures = Awaited<ReturnType<typeof paperFigures>>;
