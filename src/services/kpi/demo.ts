import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../context';
import type { Actor } from '../permissions';
import { importKpiSet } from './definitions';

/** Kingston's KPI file: the 38 KPIs of the Q1 2021-22 Safety Valve return (seed 003), money in pounds. */
export const kingstonKpiFile = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'demo',
  'kingston',
  'kpis-2021-22.json',
);

/**
 * Loads Kingston's KPIs for 2021-22 with their May 2021 values. Call after the financial model demo
 * (the targets and computed values refer to its "Safety Valve agreement, March 2021" and "Latest
 * forecast, May 2021" versions). Does nothing when the council already has KPIs for the year.
 */
export async function loadDemoKpis(ctx: ServiceContext, actor: Actor): Promise<boolean> {
  const content = JSON.parse(fs.readFileSync(kingstonKpiFile, 'utf8')) as {
    council: string;
    financialYear: string;
  };
  const council = await ctx.db
    .selectFrom('councils')
    .select('id')
    .where('code', '=', content.council)
    .executeTakeFirst();
  if (!council) return false;
  const existing = await ctx.db
    .selectFrom('kpi_sets')
    .select('id')
    .where('council_id', '=', council.id)
    .where('financial_year', '=', content.financialYear)
    .executeTakeFirst();
  if (existing) return false;
  await importKpiSet(ctx, actor, content.council, content);
  return true;
}
