// `highneeds forecast push`: a run's cost into a plan version in place of the spend lines it stands for,
// with the preview table first (the same services as the API's preview and confirm).
import { formatMoney } from '../../core/money';
import type { ModelledCostPreview } from '../../services/financialModel/modelledCostPush';
import { previewRunPush, pushRunCostToPlan } from '../../services/forecasts/planPush';
import {
  databaseOptions,
  databaseUsage,
  optionalString,
  requireOption,
  UsageError,
  type Command,
} from '../command';
import { renderTable } from '../table';
import { wholeNumber } from './forecastArgs';
import { commandLineActor, withRuntime } from './withRuntime';

const pounds = (pence: number) => formatMoney(pence);
const signed = (pence: number) => (pence > 0 ? `+${pounds(pence)}` : pounds(pence));

/** The preview as a table: per year, spend, in-year and cumulative balance before, after and the difference. */
export function previewTable(preview: ModelledCostPreview): string {
  const rows = preview.years.map((y) => [
    `${y.year}${y.modelled ? '' : ' (not modelled)'}`,
    pounds(y.spendBeforeSavings.before),
    pounds(y.spendBeforeSavings.after),
    signed(y.spendBeforeSavings.difference),
    pounds(y.inYearDsgDeficit.before),
    pounds(y.inYearDsgDeficit.after),
    pounds(y.cumulativeDeficitAfterDfe.before),
    pounds(y.cumulativeDeficitAfterDfe.after),
    signed(y.cumulativeDeficitAfterDfe.difference),
  ]);
  const replaced = preview.replaces.map(
    (r) =>
      `  ${r.id} "${r.label}": ${Object.entries(r.amounts)
        .map(([year, amount]) => `${year} ${pounds(amount ?? 0)}`)
        .join(', ')}${r.removed ? ' (the line goes)' : ''}`,
  );
  const written = preview.lines.map(
    (l) =>
      `  ${l.id} "${l.label}" (${l.kind}): ${Object.entries(l.amounts)
        .map(([year, amount]) => `${year} ${pounds(amount ?? 0)}`)
        .join(', ')}`,
  );
  return [
    `"${preview.version}", ${preview.source.description}:`,
    'Replaces',
    ...(replaced.length > 0 ? replaced : ['  nothing']),
    'Writes',
    ...written,
    '',
    renderTable(
      [
        'year',
        'spend before',
        'spend after',
        'difference',
        'in-year before',
        'in-year after',
        'cumulative before',
        'cumulative after',
        'difference',
      ],
      rows,
    ),
  ].join('\n');
}

export const forecastPush: Command = {
  words: ['forecast', 'push'],
  summary:
    "Put a run's mean cost per financial year into a draft plan version in place of the spend lines it stands for",
  usage: `highneeds forecast push --council CODE --run N --version NAME --replace LINE[,LINE] [--kind expenditure|pressure] [--dry-run] [--data DIR]

Prints the preview (spend, in-year and cumulative deficit per year, before and after) and, unless
--dry-run, makes the change. The lines named lose their amounts for the years the run projects; the
line forecast-demand carries the run's cost. Pushing again (any run) updates that line: name it, or
nothing, with --replace.
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    run: { type: 'string' },
    version: { type: 'string' },
    replace: { type: 'string' },
    kind: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const council = requireOption(args, 'council');
      const run = wholeNumber(args, 'run', 1, 999_999_999);
      if (run === undefined)
        throw new UsageError('--run is required: the number of a completed forecast run.');
      const kind = optionalString(args, 'kind');
      const input = {
        version: requireOption(args, 'version'),
        replace: (optionalString(args, 'replace') ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== ''),
        ...(kind !== undefined ? { kind } : {}),
      };
      const actor = commandLineActor(io.env);
      const preview = await previewRunPush(ctx, actor, council, run, input);
      io.out(previewTable(preview));
      if (args.values['dry-run'] === true) {
        io.out('\nDry run: nothing was changed.');
        return 0;
      }
      await pushRunCostToPlan(ctx, actor, council, run, { ...input, token: preview.token });
      io.out(`\nDone: "${preview.version}" now holds ${preview.lines.map((l) => l.id).join(', ')}.`);
      return 0;
    }),
};
