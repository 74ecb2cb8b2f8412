import { z } from 'zod';
import { countFindings, describeFinding, findingKinds } from '../../core/sen2/finding';
import { findReturn, loadFindings, listReturns } from '../../db/sen2Repository';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { NotFoundError } from '../errors';
import type { Actor } from '../permissions';
import { calendarYear } from '../fields';
import { parseInput } from '../validation';

const qualityInput = z.object({ year: calendarYear('the return year').optional() }).strict();

/**
 * The data-quality report stored with a return (the latest unless a year is given): every warning with
 * module, line, column, value and the child's pseudonymous id, counts by kind, and the URNs to resolve.
 * Child-level (pseudonymised), so it needs the SEN2 records role.
 */
export async function sen2Quality(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const { year } = parseInput(qualityInput, input);
  const council = await requireCouncil(ctx, actor, code, 'sen2.readRecords');
  const stored =
    year === undefined
      ? (await listReturns(ctx.db, council.id)).at(-1)
      : await findReturn(ctx.db, council.id, year);
  if (!stored)
    throw new NotFoundError(
      year === undefined
        ? `${council.name} has no SEN2 return yet.`
        : `${council.name} has no ${String(year)} SEN2 return.`,
    );
  const findings = await loadFindings(ctx.db, stored.id);
  const counts = countFindings(findings);
  return {
    collectionYear: stored.collectionYear,
    referenceDate: stored.referenceDate,
    synthetic: stored.synthetic,
    byKind: Object.entries(counts).map(([kind, count]) => ({
      kind,
      title: findingKinds[kind as keyof typeof findingKinds].title,
      severity: findingKinds[kind as keyof typeof findingKinds].severity,
      count,
    })),
    unresolvedUrns: stored.unresolved,
    findings: findings.map((f) => ({ ...f, text: describeFinding(f) })),
  };
}
