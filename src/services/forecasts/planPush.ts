import { z } from 'zod';
import { financialYearOf, januaryCensusDate, type FinancialYear } from '../../core/periods';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ValidationError } from '../errors';
import { FrozenVersionError, requireVersion } from '../financialModel/versions';
import type { Actor } from '../permissions';
import { text } from '../fields';
import { parseInput } from '../validation';
import { completedRun } from './runs';

/**
 * The financial year a January census falls in: January 2023 is in 2022-23 (April 2022 to March 2023).
 * A census counts the EHCPs held during that financial year's last quarter, so a projected census
 * year's cost is the demand of the financial year it ends.
 */
export const financialYearOfCensus = (calendarYear: number): FinancialYear =>
  financialYearOf(januaryCensusDate(calendarYear));

const pushInput = z.object({ version: text('the plan version') }).strict();

/**
 * Puts a completed run's projected mean cost per financial year into a draft plan version as a
 * `pressure` line "New demand (forecast run N)", for the version's years the run projects. Pushing the
 * same run again replaces the line's amounts. Frozen versions refuse.
 */
export async function pushRunCostToPlan(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  number: number,
  input: unknown,
) {
  const { version: versionName } = parseInput(pushInput, input);
  return inTransaction(ctx, async (trx) => {
    const tx = { ...ctx, db: trx };
    const council = await requireCouncil(tx, actor, code, 'finance.edit');
    const { row, years } = await completedRun(tx, council, number);
    const version = await requireVersion(tx, council, versionName);
    if (version.status === 'frozen') throw new FrozenVersionError(versionName);
    // The seed year is the known census, not a projection: only projected years are pushed.
    const amounts = years
      .filter((year) => year.year !== row.seed_year)
      .map((year) => ({
        year: financialYearOfCensus(year.year),
        census: year.year,
        amount: Math.round(year.groups.costPence.total?.mean ?? 0),
      }))
      .filter((a) => version.years.includes(a.year));
    if (amounts.length === 0) {
      const projected = years
        .filter((y) => y.year !== row.seed_year)
        .map((y) => financialYearOfCensus(y.year));
      throw new ValidationError(
        `"${versionName}" covers ${version.years.join(', ')}; forecast run ${number} projects ${projected.join(', ')}: no year is in both.`,
        'version',
      );
    }
    const lineKey = `forecast-run-${number}`;
    const label = `New demand (forecast run ${number})`;
    let line = await trx
      .selectFrom('plan_lines')
      .selectAll()
      .where('version_id', '=', version.id)
      .where('line_key', '=', lineKey)
      .executeTakeFirst();
    const before = line
      ? await trx
          .selectFrom('plan_line_amounts')
          .select(['financial_year', 'amount'])
          .where('line_id', '=', line.id)
          .execute()
      : [];
    if (!line) {
      const positions = await trx
        .selectFrom('plan_lines')
        .select('position')
        .where('version_id', '=', version.id)
        .execute();
      line = await trx
        .insertInto('plan_lines')
        .values({
          version_id: version.id,
          line_key: lineKey,
          position: Math.max(-1, ...positions.map((p) => p.position)) + 1,
          kind: 'pressure',
          label,
          links: JSON.stringify({}),
          memo: false,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    await trx.deleteFrom('plan_line_amounts').where('line_id', '=', line.id).execute();
    await trx
      .insertInto('plan_line_amounts')
      .values(amounts.map((a) => ({ line_id: line.id, financial_year: a.year, amount: a.amount })))
      .execute();
    await trx
      .updateTable('plan_versions')
      .set({ updated_at: ctx.now() })
      .where('id', '=', version.id)
      .execute();
    const pounds = (list: ReadonlyArray<readonly [string, number]>): Record<string, number> =>
      Object.fromEntries(list.map(([year, pence]) => [year, pence / 100]));
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: before.length > 0 ? 'update' : 'create',
      entity: 'plan-line',
      entityId: `${versionName} / ${lineKey}`,
      before: before.length > 0 ? pounds(before.map((a) => [a.financial_year, a.amount] as const)) : null,
      after: {
        kind: 'pressure',
        label,
        fromForecastRun: number,
        amounts: pounds(amounts.map((a) => [a.year, a.amount] as const)),
      },
    });
    return {
      version: versionName,
      line: { id: lineKey, kind: 'pressure' as const, label },
      amounts: amounts.map(({ year, census, amount }) => ({ year, census, amount })),
    };
  });
}
