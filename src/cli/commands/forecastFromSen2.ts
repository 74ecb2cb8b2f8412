import fs from 'node:fs';
import { ForecastInputsInvalidError } from '../../services/forecasts/inputSets';
import { addForecastInputsFromSen2 } from '../../services/sen2/forecastInputs';
import { optionalString, requireOption, UsageError, type CommandIO, type ParsedArgs } from '../command';
import { renderTable } from '../table';
import { choice } from './forecastArgs';
import { commandLineActor, withRuntime } from './withRuntime';

const readFile = (file: string | undefined) => {
  if (file === undefined) return undefined;
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`${file}: there is no such file.`);
  }
};

/** `forecast inputs add --from-sen2`: stores inputs made from the council's SEN2 returns, and says how. */
export function forecastInputsFromSen2(args: ParsedArgs, io: CommandIO): Promise<number> {
  if (args.values.witan !== undefined) throw new UsageError('Give --witan DIR or --from-sen2, not both.');
  if (args.values.rebuild === true && args.values['no-rebuild'] === true)
    throw new UsageError('Give --rebuild or --no-rebuild, not both.');
  const setting = choice(args, 'setting', ['category', 'type'], 'category');
  const population = readFile(optionalString(args, 'population'));
  const costs = readFile(optionalString(args, 'costs'));
  return withRuntime(args, io, async ({ ctx }) => {
    try {
      const result = await addForecastInputsFromSen2(
        ctx,
        commandLineActor(io.env),
        requireOption(args, 'council'),
        {
          name: requireOption(args, 'name'),
          setting: setting === 'type' ? 'settingType' : 'category',
          ...(args.values.rebuild === true
            ? { rebuild: true }
            : args.values['no-rebuild'] === true
              ? { rebuild: false }
              : {}),
          ...(population !== undefined ? { population } : {}),
          ...(costs !== undefined ? { costs } : {}),
        },
      );
      const set = result.inputSet;
      io.out(
        `Stored forecast inputs ${String(set.id)} "${set.name}" from ${set.source}: ${String(set.summary.transitions)} transitions, seed year ${String(set.summary.seedYear)}, projecting ${set.summary.projectionYears.join(', ')}.`,
      );
      io.out(
        renderTable(
          ['transition', 'from return', 'stayers', 'movers', 'joiners', 'leavers', 'left out', 'how'],
          result.transitionYears.map((y) => [
            `${String(y.year)}-${String(y.year + 1)}`,
            y.fromReturn,
            y.stayers,
            y.movers,
            y.joiners,
            y.leavers,
            y.leftOut,
            y.rebuilt ? 'rebuilt: no leavers' : 'both Januaries in the return',
          ]),
        ),
      );
      for (const n of result.notRebuilt)
        io.out(`January ${String(n.year)} could not be rebuilt: ${n.reason}.`);
      for (const warning of set.warnings) io.err(`note: ${warning}`);
      return 0;
    } catch (error) {
      return printInvalidInputs(error, io);
    }
  });
}

/** Prints every problem of inputs that do not read (exit code 1); rethrows anything else. */
export function printInvalidInputs(error: unknown, io: CommandIO): number {
  if (!(error instanceof ForecastInputsInvalidError)) throw error;
  for (const problem of error.problems) io.err(problem);
  io.err(error.message);
  return 1;
}
