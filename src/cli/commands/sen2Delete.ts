import { deleteSen2Return } from '../../services/sen2/imports';
import { databaseOptions, databaseUsage, requireOption, UsageError, type Command } from '../command';
import { commandLineActor, withRuntime } from './withRuntime';

export const sen2Delete: Command = {
  words: ['sen2', 'delete'],
  summary: "Delete a council's SEN2 return of a year, with its records and data-quality report (audited)",
  usage: `highneeds sen2 delete YEAR --council CODE [--data DIR]

  Deletes the return of collection year YEAR, its records (the census and funnel no longer count them)
  and its data-quality report, all at once. Refused while forecast inputs made from it are held (they are
  named): to correct a return, import the corrected one with --replace instead.
${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' } },
  allowPositionals: true,
  async run(args, io) {
    const [year] = args.positionals;
    if (!year) throw new UsageError('Give the year of the return, e.g. 2025.');
    const council = requireOption(args, 'council');
    return withRuntime(args, io, async ({ ctx }) => {
      const deleted = await deleteSen2Return(ctx, commandLineActor(io.env), council, { year });
      const counts = deleted.counts as { people: number; warnings: number };
      io.out(
        `Deleted the ${String(deleted.collectionYear)} SEN2 return of council ${council}: ${String(counts.people)} people and ${String(counts.warnings)} data-quality warnings.`,
      );
      return 0;
    });
  },
};
