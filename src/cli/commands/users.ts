import { councilRoles } from '../../services/permissions';
import { addCouncilUser, addSystemAdministrator } from '../../services/users';
import {
  databaseOptions,
  databaseUsage,
  optionalString,
  requireOption,
  UsageError,
  type Command,
  type CommandIO,
  type ParsedArgs,
} from '../command';
import { commandLineActor, withRuntime } from './withRuntime';

/** A password given on standard input (never as an argument). */
export async function passwordFrom(args: ParsedArgs, io: CommandIO): Promise<string> {
  // Passwords are read from standard input only, so they never appear in shell history or process lists.
  if (args.values['password-stdin'] !== true)
    throw new UsageError('Give the password on standard input with --password-stdin.');
  const password = (await io.readStdin()).replace(/\r?\n$/, '');
  if (!password) throw new UsageError('No password was given on standard input.');
  return password;
}

export const userAdd: Command = {
  words: ['user', 'add'],
  summary: 'Give a person a role in a council (creating their account if new)',
  usage: `highneeds user add --council CODE --role ROLE --email EMAIL [--name NAME] --password-stdin [--data DIR]

  --council CODE    old LA code (314) or new code (E09000021)
  --role ROLE       one of ${councilRoles.join(', ')}
  --email EMAIL     the person's email, used to sign in
  --name NAME       how they are shown (default: the email)
  --password-stdin  read the password (at least 10 characters) from standard input
${databaseUsage}

Example: printf '%s' "$PASSWORD" | highneeds user add --council 314 --role finance --email a@b.gov.uk --password-stdin`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    role: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const input = {
      role: requireOption(args, 'role'),
      email: requireOption(args, 'email'),
      displayName: optionalString(args, 'name'),
    };
    const password = await passwordFrom(args, io);
    await withRuntime(args, io, async (runtime) => {
      const user = await addCouncilUser(runtime.ctx, commandLineActor(io.env), council, {
        ...input,
        password,
      });
      io.out(`${user.email} is now ${user.role} in council ${council}.`);
    });
  },
};

export const userAddSystemAdmin: Command = {
  words: ['user', 'add-system-admin'],
  summary: 'Create or promote a system administrator (may act on every council)',
  usage: `highneeds user add-system-admin --email EMAIL [--name NAME] --password-stdin [--data DIR]\n\n${databaseUsage}`,
  options: {
    ...databaseOptions,
    email: { type: 'string' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  },
  async run(args, io) {
    const input = { email: requireOption(args, 'email'), displayName: optionalString(args, 'name') };
    const password = await passwordFrom(args, io);
    await withRuntime(args, io, async (runtime) => {
      const user = await addSystemAdministrator(runtime.ctx, commandLineActor(io.env), {
        ...input,
        password,
      });
      io.out(`${user.email} is a system administrator.`);
    });
  },
};
