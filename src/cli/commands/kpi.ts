import fs from 'node:fs';
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
import { optionalString, UsageError, type Command, type CommandIO } from '../command';
import { renderTable } from '../table';

/** Reads a JSON file, or reports why not (exit 1). */
function readJson(file: string, io: CommandIO): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    io.err(
      `${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON (${(error as Error).message})`}`,
    );
    return undefined;
  }
}

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
    const raw = readJson(file, io);
    if (raw === undefined) return Promise.resolve(1);
    const read = readKpiSet(raw);
    if (!read.ok) {
      io.err(`${file}: ${read.errors.length} problem(s); nothing was read:`);
      for (const e of read.errors) io.err(`  ${e.path || '(file)'}: ${e.message}`);
      return Promise.resolve(1);
    }
    const set = read.data;
    const period = optionalString(args, 'period') ?? set.periods.at(-1)?.period;
    if (!period) throw new UsageError('The file has no periods: give --period.');
    const plans: PlanVersion[] = [];
    for (const planFile of (args.values.plan as unknown as string[] | undefined) ?? []) {
      const json = readJson(planFile, io);
      if (json === undefined) return Promise.resolve(1);
      const plan = readPlanJson(json);
      if (!plan.ok) {
        io.err(`${planFile}: ${plan.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
        return Promise.resolve(1);
      }
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
