import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Council } from '../councils';

/** The period of a return in words: 2021-22-Q1 is "2021-22 Q1". */
export const returnPeriodWords = (period: string) => period.replace(/-Q(\d)$/, ' Q$1');

/**
 * What reads a plan version by name, in words: the Safety Valve agreement (its agreed model), KPI sets
 * (targets) and periods (values), and quarterly returns (their projection). A version something reads
 * cannot be deleted: the thing reading it would lose its figures.
 */
export async function versionUsers(db: Kysely<Database>, council: Council, name: string): Promise<string[]> {
  const users: string[] = [];
  const agreement = await db
    .selectFrom('sv_agreements')
    .select('name')
    .where('council_id', '=', council.id)
    .where('agreed_version', '=', name)
    .executeTakeFirst();
  if (agreement) users.push(`the Safety Valve agreement "${agreement.name}" (its agreed model)`);
  const sets = await db
    .selectFrom('kpi_sets')
    .select('financial_year')
    .where('council_id', '=', council.id)
    .where('target_version', '=', name)
    .orderBy('financial_year')
    .execute();
  for (const s of sets) users.push(`the ${s.financial_year} KPIs (their targets)`);
  const periods = await db
    .selectFrom('kpi_periods')
    .innerJoin('kpi_sets', 'kpi_sets.id', 'kpi_periods.set_id')
    .select('kpi_periods.period as period')
    .where('kpi_sets.council_id', '=', council.id)
    .where('kpi_periods.value_version', '=', name)
    .orderBy('kpi_periods.period')
    .execute();
  for (const p of periods) users.push(`the KPI period ${p.period} (its values)`);
  const returns = await db
    .selectFrom('sv_returns')
    .select('period')
    .where('council_id', '=', council.id)
    .where('projection_version', '=', name)
    .orderBy('period')
    .execute();
  for (const r of returns)
    users.push(`the Safety Valve return ${returnPeriodWords(r.period)} (its projection)`);
  return users;
}

/**
 * The named plan versions the council does not hold, each with the field that names it and a sentence
 * saying so. Everything that names a version (agreement, KPI sets and periods, returns) is refused when
 * the version does not exist: otherwise the tables that read it disappear later without saying why.
 */
export async function unknownVersions(
  db: Kysely<Database>,
  council: Council,
  named: ReadonlyArray<{ field: string; name: string | null | undefined }>,
): Promise<Array<{ field: string; message: string }>> {
  const wanted = named.filter((n): n is { field: string; name: string } => Boolean(n.name));
  if (wanted.length === 0) return [];
  const held = new Set(
    (
      await db
        .selectFrom('plan_versions')
        .select('name')
        .where('council_id', '=', council.id)
        .where(
          'name',
          'in',
          wanted.map((n) => n.name),
        )
        .execute()
    ).map((r) => r.name),
  );
  return wanted
    .filter((n) => !held.has(n.name))
    .map((n) => ({
      field: n.field,
      message: `${n.field}: ${council.name} has no plan version called "${n.name}"`,
    }));
}
