import { deletePlacementSnapshot } from '../../services/placements/imports';
import { databaseOptions, databaseUsage, requireOption, type Command } from '../command';
import { commandLineActor, withRuntime } from './withRuntime';

export const placementsRemove: Command = {
  words: ['placements', 'remove'],
  summary: 'Remove a wrongly imported placement register (audited)',
  usage: `highneeds placements remove --council CODE --as-at YYYY-MM-DD [--data DIR]

  Removes the register dated --as-at and its placements; the KPIs computed from the register no longer
  count them. Import the file again if it was right.
${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' }, 'as-at': { type: 'string' } },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const asAt = requireOption(args, 'as-at');
    return withRuntime(args, io, async (runtime) => {
      await deletePlacementSnapshot(runtime.ctx, commandLineActor(io.env), council, asAt);
      io.out(`Removed the placement register as at ${asAt} of council ${council}.`);
      return 0;
    });
  },
};
