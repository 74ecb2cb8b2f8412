import { createCouncil } from '../../services/councils';
import { databaseOptions, databaseUsage, requireOption, type Command } from '../command';
import { commandLineActor, withRuntime } from './withRuntime';

export const councilAdd: Command = {
  words: ['council', 'add'],
  summary: 'Add a council to this instance',
  usage: `highneeds council add --code 314 --new-code E09000021 --name NAME --region REGION [--data DIR]\n\n${databaseUsage}`,
  options: {
    ...databaseOptions,
    code: { type: 'string' },
    'new-code': { type: 'string' },
    name: { type: 'string' },
    region: { type: 'string' },
  },
  async run(args, io) {
    const input = {
      code: requireOption(args, 'code'),
      newCode: requireOption(args, 'new-code'),
      name: requireOption(args, 'name'),
      region: requireOption(args, 'region'),
    };
    await withRuntime(args, io, async (runtime) => {
      const council = await createCouncil(runtime.ctx, commandLineActor(io.env), input);
      io.out(`Added ${council.name} (${council.code}, ${council.newCode}).`);
    });
  },
};
