import { checkKpis } from '../../core/checks/kpiChecks';
import type { CheckFailure } from '../../core/checks';
import type { PlanVersion } from '../../core/finance';
import {
  evaluateKpis,
  formatKpiValue,
  readKpiSet,
  type KpiEvaluation,
  type KpiSet,
  type KpiUnit,
} from '../../core/kpi';
import { readPlanJson } from '../../io/financialModel/readPlanJson';
import { optionalString, UsageError, type Command } from '../command';
import { printFileProblems, readJsonFile } from '../fileInput';
import { renderTable } from '../table';

// The file and the JSON output hold money in pounds; the core holds pence.
const pounds = (unit: KpiUnit, v: number | null) => (v === null || unit !== 'money' ? v : v / 100);

function jsonRow(k: KpiEvaluation) {
  return {
    ref: k.ref,
    name: k.name,
    category: k.category,
    unit: k.unit,
    baseline: pounds(k.unit, k.baseline),
    annualTarget: pounds(k.unit, k.annualTarget),
    periodTarget: pounds(k.unit, k.periodTarget),
    value: pounds(k.unit, k.value),
    rag: k.rag,
    ruleRag: k.ruleRag,
    publishedRag: k.publishedRag ?? null,
    overridden: k.overridden,
    ...(k.overrideReason ? { overrideReason: k.overrideReason } : {}),
    targetHow: k.targetHow,
    valueHow: k.valueHow,
    ...(k.comment ? { comment: k.comment } : {}),
  };
}

/** Matches the --plan files to the set's target version and the period's value version by name. */
function matchPlans(
  set: KpiSet,
  period: string,
  plans: PlanVersion[],
): { target?: PlanVersion; value?: PlanVersion } {
  const valueVersion = set.periods.find((p) => p.period === period)?.valueVersion;
  const result: { target?: PlanVersion; value?: PlanVersion } = {};
  for (const plan of plans) {
    const used = [
      plan.version === set.targetVersion && 'target',
      plan.version === valueVersion && 'value',
    ].filter(Boolean);
    if (used.length === 0) {
      throw new UsageError(
        `The plan file "${plan.version}" is neither the set's target version ("${set.targetVersion ?? 'none'}") nor ${period}'s value version ("${valueVersion ?? 'none'}").`,
      );
    }
    if (used.includes('target')) result.target = plan;
    if (used.includes('value')) result.value = plan;
  }
  return result;
}

export const kpiEvaluate: Command = {
  words: ['kpi', 'evaluate'],
  summary: 'Print the period target, value and RAG of every KPI in a KPI file',
  usage: `highneeds kpi evaluate FILE [--period PERIOD] [--plan PLAN.json ...] [--format json|table]

  FILE is a KPI set in the JSON format of docs/formats/kpis.md (e.g. demo/kingston/kpis-2021-22.json).
  --period   a month (2021-05) or quarter (2021-22-Q1); default: the file's last period
  --plan     a plan version file (docs/formats/financial-model.md) named as the set's targetVersion or the
             period's valueVersion; targets and values taken from the model come from it. Without it the
             stated annual targets and the recorded values are used.
  json prints {"period","kpis":[{"ref","periodTarget","value","rag",...}],"checks":[...],"problems":[...]},
  money in pounds; rag is "G", "A", "R" or null when there is nothing to judge.`,
  options: {
    format: { type: 'string' },
    period: { type: 'string' },
    plan: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
  run(args, io) {
    const [file] = args.positionals;
    if (!file) throw new UsageError('Give the KPI file.');
    const format = optionalString(args, 'format') ?? 'table';
    if (format !== 'json' && format !== 'table')
      throw new UsageError(`--format must be json or table, not '${format}'.`);
    const read = readKpiSet(readJsonFile(file));
    if (!read.ok)
      return Promise.resolve(
        printFileProblems(
          io,
          file,
          read.errors.map((e) => `${e.path || '(file)'}: ${e.message}`),
          'nothing was read',
        ),
      );
    const set = read.data;
    const period = optionalString(args, 'period') ?? set.periods.at(-1)?.period;
    if (!period) throw new UsageError('The file has no periods: give --period.');
    const plans: PlanVersion[] = [];
    for (const planFile of (args.values.plan as unknown as string[] | undefined) ?? []) {
      const plan = readPlanJson(readJsonFile(planFile));
      if (!plan.ok)
        return Promise.resolve(
          printFileProblems(
            io,
            planFile,
            plan.errors.map((e) => `${e.path || '(file)'}: ${e.message}`),
            'nothing was read',
          ),
        );
      plans.push(plan.data);
    }
    let evaluation;
    let checks: CheckFailure[];
    const matched = matchPlans(set, period, plans);
    try {
      evaluation = evaluateKpis(set, period, matched);
      checks = checkKpis(set, period, matched);
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(error.message);
      throw error;
    }
    if (format === 'json') {
      io.out(
        JSON.stringify(
          {
            council: set.council,
            period,
            monthsElapsed: evaluation.monthsElapsed,
            kpis: evaluation.kpis.map(jsonRow),
            checks,
            problems: evaluation.problems,
          },
          null,
          2,
        ),
      );
      return Promise.resolve(0);
    }
    io.out(
      `KPIs of council ${set.council} for ${period} (${evaluation.monthsElapsed} months of ${set.financialYear})\n`,
    );
    const rows = evaluation.kpis.map((k) => [
      k.ref,
      k.name.length > 50 ? `${k.name.slice(0, 49)}…` : k.name,
      formatKpiValue(k, k.periodTarget),
      formatKpiValue(k, k.value),
      `${k.rag ?? ''}${k.overridden ? '*' : ''}`,
    ]);
    io.out(renderTable(['Ref', 'KPI', 'Target', 'Value', 'RAG'], rows));
    const overridden = evaluation.kpis.filter((k) => k.overridden);
    if (overridden.length > 0)
      io.out(
        `\n* overridden by the council:\n${overridden.map((k) => `  KPI ${k.ref}: ${k.overrideReason ?? ''}`).join('\n')}`,
      );
    for (const p of evaluation.problems) io.out(`Problem: ${p}`);
    if (checks.length > 0)
      io.out(
        `\n${checks.length} reconciliation check(s) fail:\n${checks.map((c) => `  ${c.where}: ${c.message}`).join('\n')}`,
      );
    return Promise.resolve(0);
  },
};

/** The KPI commands, for src/cli/main.ts. */
export const kpiCommands: Command[] = [kpiEvaluate];
