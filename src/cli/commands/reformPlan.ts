import fs from 'node:fs';
import { formatMoney } from '../../core/money';
import { runCouncilReformPlan } from '../../services/reformPlan/reformPlanRun';
import {
  databaseOptions,
  databaseUsage,
  optionalString,
  requireOption,
  UsageError,
  type Command,
} from '../command';
import { renderTable } from '../table';
import { commandLineActor, withRuntime } from './withRuntime';

/** `highneeds reform run`: runs a reform plan file, prints the bridge, optionally pushes into a draft. */
export const reformRun: Command = {
  words: ['reform', 'run'],
  summary: 'Run a local SEND reform plan (mitigations) and print its bridge; --push writes it into a draft',
  usage: `highneeds reform run --council CODE --plan FILE [--version NAME] [--push --replace LINE,LINE] [--format json|table] [--data DIR]

  FILE holds {"inputSet": ID, "mitigations": [...], "simulations": 200, "seed": 1} as in
  docs/reform-plan.md. --version takes funding and the opening balance for the bridge from that plan
  version; --push also writes the plan's lines into it (a draft), the unmitigated demand in place of the
  spending lines --replace names (the first push; later pushes rewrite their own lines).

${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    plan: { type: 'string' },
    version: { type: 'string' },
    push: { type: 'boolean' },
    replace: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const file = requireOption(args, 'plan');
    const format = optionalString(args, 'format') ?? 'table';
    if (!['json', 'table'].includes(format))
      throw new UsageError(`--format must be json or table, not '${format}'.`);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      io.err(`${file}: ${(error as Error).message}`);
      return 1;
    }
    const version = optionalString(args, 'version');
    if (version) body.version = version;
    if (args.values.push === true) body.push = true;
    const replace = optionalString(args, 'replace');
    if (replace) body.replace = replace.split(',').map((id) => id.trim());
    return withRuntime(args, io, async (runtime) => {
      const result = await runCouncilReformPlan(runtime.ctx, commandLineActor(io.env), council, body);
      if (format === 'json') {
        io.out(JSON.stringify(result, null, 2));
        return 0;
      }
      const columns = result.bridge;
      const row = (label: string, f: (c: (typeof columns)[number]) => number) => [
        label,
        ...columns.map((c) => formatMoney(f(c))),
      ];
      io.out(
        renderTable(
          ['', ...columns.map((c) => c.period)],
          [
            row('Unmitigated cost', (c) => c.unmitigatedCost),
            ...result.run.order.map((id, k) =>
              row(`− ${columns[0]!.savings[k]!.name}`, (c) => -c.savings[k]!.saving),
            ),
            row('Mitigated cost', (c) => c.mitigatedCost),
            row('Funding', (c) => c.funding),
            row('In-year deficit', (c) => c.inYearDeficit),
            row('Cumulative deficit', (c) => c.cumulativeDeficit),
          ],
        ),
      );
      io.out(
        "Savings are each mitigation added in the plan's order (sequential); --format json also has each alone.",
      );
      if (result.pushed.length > 0) io.out(`Pushed ${result.pushed.length} lines into "${version ?? ''}".`);
      return 0;
    });
  },
};
