import { z } from 'zod';
import { parseScenario, type ScenarioChange } from '../../core/forecast/scenario';
import { parseFinancialYear } from '../../core/periods';
import { mitigationProblems, type Mitigation } from '../../core/reformPlan';

/** A financial year as people write it ("2026-27"), or the reason it is not one. */
export const financialYearInput = z.string().transform((value, ctx) => {
  try {
    return parseFinancialYear(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** A mitigation as the API, the CLI's plan file and the web send it (docs/reform-plan.md); pounds for money. */
export const mitigationSchema = z
  .object({
    id: z.string().trim().min(1, 'is required'),
    name: z.string().trim().min(1, 'is required'),
    workstream: z.string().trim().min(1, 'is required'),
    owner: z.string().trim().min(1, 'is required'),
    startYear: financialYearInput,
    phaseIn: z.array(z.number()).min(1, 'give at least one phase, e.g. [0.25, 0.6, 1]'),
    changes: z.array(z.unknown()).optional(),
    amounts: z.record(z.string(), z.number()).optional(),
    illustrative: z.boolean().optional(),
  })
  .strict()
  .transform((m, ctx): Mitigation => {
    let changes: ScenarioChange[] | undefined;
    if (m.changes) {
      const parsed = parseScenario({ name: m.name, changes: m.changes });
      if (!parsed.ok)
        for (const p of parsed.problems) ctx.addIssue({ code: 'custom', message: `${p.path}: ${p.message}` });
      else changes = [...parsed.scenario.changes];
    }
    const amounts = m.amounts
      ? Object.fromEntries(Object.entries(m.amounts).map(([y, pounds]) => [y, Math.round(pounds * 100)]))
      : undefined;
    const mitigation: Mitigation = {
      id: m.id,
      name: m.name,
      workstream: m.workstream,
      owner: m.owner,
      startYear: m.startYear,
      phaseIn: m.phaseIn,
      ...(changes ? { changes } : {}),
      ...(amounts ? { amounts } : {}),
      ...(m.illustrative ? { illustrative: true } : {}),
    };
    // Whole sentences ("Mitigation "Early help": phase 2 ..."), so no field name is put before them.
    for (const problem of mitigationProblems(mitigation))
      ctx.addIssue({ code: 'custom', message: problem.charAt(0).toUpperCase() + problem.slice(1) });
    return mitigation;
  });

/** The mitigations of a plan, in the plan's order; ids must be unique. */
export const mitigationsSchema = z
  .array(mitigationSchema)
  .min(1, 'a plan needs at least one mitigation')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const m of list) {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', message: `two mitigations have the id '${m.id}'` });
      seen.add(m.id);
    }
  });
