import { clearSignInThrottles, listSignInThrottles } from '../../services/signInThrottles';
import { databaseOptions, databaseUsage, optionalString, UsageError, type Command } from '../command';
import { renderTable } from '../table';
import { commandLineActor, withRuntime } from './withRuntime';

const signInThrottles: Command = {
  words: ['signin', 'throttles'],
  summary: 'Failed sign-ins being counted, slowed or refused (per account and address, per address)',
  usage: `highneeds signin throttles [--council CODE] [--data DIR]

  --council CODE  only the accounts of the council's members
${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' } },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const rows = await listSignInThrottles(ctx, commandLineActor(io.env), optionalString(args, 'council'));
      if (rows.length === 0) {
        io.out('No failed sign-ins are being counted.');
        return 0;
      }
      io.out(
        renderTable(
          ['scope', 'email', 'address', 'failures', 'state', 'since', 'last attempt'],
          rows.map((r) => [
            r.scope,
            r.email ?? '',
            r.address ?? '',
            String(r.failures),
            r.state,
            r.since,
            r.lastAttemptAt,
          ]),
        ),
      );
      return 0;
    }),
};

const signInClear: Command = {
  words: ['signin', 'clear'],
  summary: 'Clear failed sign-in counters so a person (or an address) may try again at once',
  usage: `highneeds signin clear (--email EMAIL | --address ADDRESS | --all) [--data DIR]
${databaseUsage}`,
  options: {
    ...databaseOptions,
    email: { type: 'string' },
    address: { type: 'string' },
    all: { type: 'boolean' },
  },
  run(args, io) {
    const email = optionalString(args, 'email');
    const address = optionalString(args, 'address');
    const all = args.values.all === true;
    if ([email !== undefined, address !== undefined, all].filter(Boolean).length !== 1)
      throw new UsageError('Give one of --email, --address or --all.');
    return withRuntime(args, io, async ({ ctx }) => {
      const { cleared } = await clearSignInThrottles(ctx, commandLineActor(io.env), undefined, {
        ...(email !== undefined ? { email } : {}),
        ...(address !== undefined ? { address } : {}),
      });
      io.out(`Cleared ${String(cleared)} counter${cleared === 1 ? '' : 's'}.`);
      return 0;
    });
  },
};

export const signInCommands: Command[] = [signInThrottles, signInClear];
