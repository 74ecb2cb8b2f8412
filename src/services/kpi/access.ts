import type { KpiDefinition } from '../../core/kpi';
import type { ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { ForbiddenError } from '../errors';
import { can, type Actor } from '../permissions';

/**
 * Whether a KPI is a SEND service measure (demand management, statutory compliance such as 20-week
 * timeliness): the SEND service holds those figures, so `send` may record their values. Every other
 * KPI (financial control, value for money) is finance's.
 */
export function isServiceKpi(kpi: Pick<KpiDefinition, 'category'>): boolean {
  return /demand|compliance|timeliness|statutory/i.test(kpi.category);
}

/** The council, checked for reading (every role in the council reads KPIs). */
export function councilForReading(ctx: ServiceContext, actor: Actor, code: string): Promise<Council> {
  return requireCouncil(ctx, actor, code, 'council.read');
}

/** The council, checked for defining KPIs and periods (finance and admin). */
export function councilForDefining(ctx: ServiceContext, actor: Actor, code: string): Promise<Council> {
  return requireCouncil(ctx, actor, code, 'finance.edit');
}

/** Whether the actor may record a value of this KPI: finance/admin any; send the service KPIs. */
export function mayRecordKpi(actor: Actor, council: Council, kpi: Pick<KpiDefinition, 'category'>): boolean {
  return can(actor, 'finance.edit', council.id) || (isServiceKpi(kpi) && can(actor, 'send.edit', council.id));
}

/** Refuses to record a value of this KPI unless the role may: finance/admin any; send the service KPIs. */
export function requireRecordRight(actor: Actor, council: Council, kpi: KpiDefinition): void {
  if (mayRecordKpi(actor, council, kpi)) return;
  throw new ForbiddenError(
    isServiceKpi(kpi)
      ? `Your role in ${council.name} does not allow recording KPI ${kpi.ref} (send.edit or finance.edit).`
      : `KPI ${kpi.ref} is a ${kpi.category} measure: only finance or an administrator of ${council.name} may record it (finance.edit).`,
  );
}
