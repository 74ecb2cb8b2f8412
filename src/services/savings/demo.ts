import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../context';
import type { Actor } from '../permissions';
import { recordSavingsDelivery, setConditionSavingsLines } from './delivery';

/** Kingston's savings delivery as at the Q1 2021-22 return (seed 003) and the lines each condition counts. */
export const kingstonSavingsDeliveryFile = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'demo',
  'kingston',
  'savings-delivery-2021-22.json',
);

/** Loads Kingston's savings delivery and condition lines when it has none. Call after the financial model demo. */
export async function loadDemoSavingsDelivery(ctx: ServiceContext, actor: Actor): Promise<boolean> {
  const file = JSON.parse(fs.readFileSync(kingstonSavingsDeliveryFile, 'utf8')) as {
    council: string;
    version: string;
    financialYear: string;
    asAt: string;
    lines: unknown[];
    conditions: Record<string, string[]>;
  };
  const any = await ctx.db.selectFrom('savings_delivery').select('id').executeTakeFirst();
  if (any) return false;
  const { council, conditions, version, financialYear, asAt, lines } = file;
  await recordSavingsDelivery(ctx, actor, council, { version, financialYear, asAt, lines });
  for (const [condition, keys] of Object.entries(conditions))
    await setConditionSavingsLines(ctx, actor, council, condition, keys);
  return true;
}
