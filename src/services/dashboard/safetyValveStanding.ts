import {
  assuranceSummary,
  describeStatus,
  returnStatus,
  type SafetyValveAgreement,
} from '../../core/safetyValve';
import type { Council } from '../councils';
import { canSign, type Actor } from '../permissions';
import type { StoredReturn } from '../safetyValve/store';

// The dashboard's Safety Valve tiles: the conditions by assurance in the latest return, and the returns
// waiting for the signature of the person looking (only those who sign see any).

/**
 * The latest return (by period) with its conditions' assurance as the return reports them, and each
 * return the actor may still sign, in each capacity they hold. Null without an agreement.
 */
export function safetyValveStanding(
  actor: Actor,
  council: Council,
  agreement: SafetyValveAgreement | null,
  returns: readonly StoredReturn[],
) {
  if (!agreement) return null;
  const latest = returns.at(-1)?.quarterlyReturn ?? null;
  const conditions = agreement.conditions.map((c) => ({
    number: c.number,
    title: c.title,
    assurance: latest?.conditions.find((p) => p.number === c.number)?.assurance ?? null,
  }));
  const toSign = returns.flatMap(({ quarterlyReturn: r }) => {
    if (returnStatus(r) === 'locked') return [];
    const capacities = [
      ...(!r.s151SignOff && canSign(actor, 's151', council.id) ? ['s151' as const] : []),
      ...(!r.dcsSignOff && canSign(actor, 'dcs', council.id) ? ['dcs' as const] : []),
    ];
    return capacities.map((capacity) => ({ period: r.period, dataDate: r.dataDate, capacity }));
  });
  return {
    agreementName: agreement.name,
    latestReturn: latest && {
      period: latest.period,
      dataDate: latest.dataDate,
      financialYear: latest.financialYear,
      status: returnStatus(latest),
      statusText: describeStatus(returnStatus(latest)),
    },
    conditions: latest ? conditions : [],
    assurance: latest ? assuranceSummary(conditions) : null,
    /** Whether the actor signs returns at all (S151 officer or Director of Children's Services). */
    signs: canSign(actor, 's151', council.id) || canSign(actor, 'dcs', council.id),
    toSign,
  };
}
