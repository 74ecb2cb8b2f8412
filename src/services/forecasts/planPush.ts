import { z } from 'zod';
import type { LineKind } from '../../core/finance';
import { financialYearOf, januaryCensusDate, type FinancialYear } from '../../core/periods';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { ValidationError } from '../errors';
import {
  applyModelledCostPush,
  previewModelledCost,
  type ModelledCostRequest,
} from '../financialModel/modelledCostPush';
import { lineIdField, versionNameField } from '../financialModel/nameFields';
import { requireVersion } from '../financialModel/versions';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { completedRun } from './runs';

/**
 * The financial year a January census falls in: January 2023 is in 2022-23 (April 2022 to March 2023).
 * A census counts the EHCPs held during that financial year's last quarter, so a projected census
 * year's cost is the demand of the financial year it ends.
 */
export const financialYearOfCensus = (calendarYear: number): FinancialYear =>
  financialYearOf(januaryCensusDate(calendarYear));

/** The id of the line a forecast writes: one per version, whichever run wrote it last. */
export const forecastLineId = 'forecast-demand';

const pushInput = z
  .object({
    version: versionNameField,
    replace: z.array(lineIdField).max(200).default([]),
    kind: z.enum(['expenditure', 'pressure']).optional(),
  })
  .strict();

const confirmInput = pushInput.extend({
  token: z.string().min(1, 'send the token of the preview you confirm').max(100),
});

/** The push of a run's mean projected cost per financial year into a version, as the generic service takes it. */
async function forecastPush(
  ctx: ServiceContext,
  council: Council,
  number: number,
  input: z.infer<typeof pushInput>,
): Promise<ModelledCostRequest> {
  const { row, years } = await completedRun(ctx, council, number);
  const version = await requireVersion(ctx, council, input.version);
  const projected = years
    .filter((year) => year.year !== row.seed_year) // the seed year is the known census, not a projection
    .map((year) => ({
      year: financialYearOfCensus(year.year),
      amount: Math.round(year.groups.costPence.total?.mean ?? 0),
    }));
  const amounts = projected.filter((a) => version.years.includes(a.year));
  if (amounts.length === 0)
    throw new ValidationError(
      `"${input.version}" covers ${version.years.join(', ')}; forecast run ${number} projects ${projected.map((p) => p.year).join(', ')}: no year is in both.`,
      'version',
    );
  const stored = await ctx.db
    .selectFrom('plan_lines')
    .select(['line_key', 'kind'])
    .where('version_id', '=', version.id)
    .where('line_key', 'in', input.replace.length > 0 ? input.replace : [''])
    .execute();
  // Standing for pressures only (a "New demand" line, say), the forecast is a pressure; otherwise spending.
  const kind: LineKind =
    input.kind ??
    (stored.length > 0 && stored.every((l) => l.kind === 'pressure') ? 'pressure' : 'expenditure');
  return {
    versionName: input.version,
    source: { key: 'forecast', description: `forecast run ${number}`, detail: { run: number } },
    lines: [
      {
        id: forecastLineId,
        kind,
        label: `Cost of EHCPs, forecast run ${number} (mean)`,
        amounts: Object.fromEntries(amounts.map((a) => [a.year, a.amount])),
      },
    ],
    years: amounts.map((a) => a.year),
    replace: input.replace,
    replaceableKinds: ['expenditure', 'pressure'],
  };
}

/**
 * Previews putting a completed run's mean projected cost into a draft plan version in place of the
 * spend lines it stands for (`replace`): per year of the version, spend, in-year and cumulative balance
 * before and after, and the token that confirms it. Finance or admin; nothing is written.
 */
export async function previewRunPush(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  number: number,
  input: unknown,
) {
  const data = parseInput(pushInput, input);
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  return inTransaction(ctx, async (trx) => {
    const tx = { ...ctx, db: trx };
    return previewModelledCost(trx, council, await forecastPush(tx, council, number, data));
  });
}

/**
 * Confirms a previewed push (`token` from the preview): the spend lines named lose their amounts for the
 * years the run projects, the line `forecast-demand` carries the run's cost with a link to the run and to
 * what it replaced; pushing again (any run) rewrites that line. Frozen versions, versions a signed return
 * holds and a stale preview are refused (409). Finance or admin; audited in pence.
 */
export async function pushRunCostToPlan(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  number: number,
  input: unknown,
) {
  const { token, ...data } = parseInput(confirmInput, input);
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  return inTransaction(ctx, async (trx) => {
    const tx = { ...ctx, db: trx };
    const request = await forecastPush(tx, council, number, data);
    return applyModelledCostPush(tx, trx, actor, council, request, token);
  });
}

// What the web sends and receives.
/** A push: the draft version's name and the spend lines the forecast stands for. */
export type PushToPlanInput = z.input<typeof pushInput>;
/** A confirmed push: the same, with the token of the preview confirmed. */
export type ConfirmPushInput = z.input<typeof confirmInput>;
/** The preview (and, confirmed, what was done): figures per year before and after, and the confirming token. */
export type PushPreviewView = Awaited<ReturnType<typeof previewRunPush>>;
