import { changeCouncilRole, removeCouncilRole, resetCouncilUserPassword } from '../../services/councilPeople';
import { councilRoles } from '../../services/permissions';
import { listCouncilUsers } from '../../services/users';
import { databaseOptions, databaseUsage, requireOption, type Command } from '../command';
import { renderTable } from '../table';
import { passwordFrom } from './users';
import { commandLineActor, withRuntime } from './withRuntime';

const council = { type: 'string' } as const;
const email = { type: 'string' } as const;

export const userList: Command = {
  words: ['user', 'list'],
  summary: 'List the people with a role in a council',
  usage: `highneeds user list --council CODE [--data DIR]\n\n${databaseUsage}`,
  options: { ...databaseOptions, council },
  async run(args, io) {
    const code = requireOption(args, 'council');
    return withRuntime(args, io, async (runtime) => {
      const people = await listCouncilUsers(runtime.ctx, commandLineActor(io.env), code);
      io.out(
        renderTable(
          ['email', 'name', 'role'],
          people.map((p) => [p.email, p.displayName, p.role]),
        ),
      );
      return 0;
    });
  },
};

export const userRole: Command = {
  words: ['user', 'role'],
  summary: "Change a person's role in a council",
  usage: `highneeds user role --council CODE --email EMAIL --role ROLE [--data DIR]

  --role ROLE       one of ${councilRoles.join(', ')}
${databaseUsage}`,
  options: { ...databaseOptions, council, email, role: { type: 'string' } },
  async run(args, io) {
    const code = requireOption(args, 'council');
    const who = { email: requireOption(args, 'email') };
    const role = requireOption(args, 'role');
    return withRuntime(args, io, async (runtime) => {
      const person = await changeCouncilRole(runtime.ctx, commandLineActor(io.env), code, who, { role });
      io.out(`${person.email} is now ${person.role} in council ${code}.`);
      return 0;
    });
  },
};

export const userRemove: Command = {
  words: ['user', 'remove'],
  summary: "Take away a person's role in a council (the account stays)",
  usage: `highneeds user remove --council CODE --email EMAIL [--data DIR]\n\n${databaseUsage}`,
  options: { ...databaseOptions, council, email },
  async run(args, io) {
    const code = requireOption(args, 'council');
    const who = { email: requireOption(args, 'email') };
    return withRuntime(args, io, async (runtime) => {
      await removeCouncilRole(runtime.ctx, commandLineActor(io.env), code, who);
      io.out(`${who.email} no longer has a role in council ${code}.`);
      return 0;
    });
  },
};

export const userResetPassword: Command = {
  words: ['user', 'reset-password'],
  summary: 'Set a one-time password a person must change at their next sign-in',
  usage: `highneeds user reset-password --council CODE --email EMAIL --password-stdin [--data DIR]

  Every session the person has ends; at their next sign-in they choose their own password.
  --password-stdin  read the one-time password (at least 10 characters) from standard input
${databaseUsage}`,
  options: { ...databaseOptions, council, email, 'password-stdin': { type: 'boolean' } },
  async run(args, io) {
    const code = requireOption(args, 'council');
    const who = { email: requireOption(args, 'email') };
    const password = await passwordFrom(args, io);
    return withRuntime(args, io, async (runtime) => {
      await resetCouncilUserPassword(runtime.ctx, commandLineActor(io.env), code, who, { password });
      io.out(`${who.email} must choose a new password at their next sign-in.`);
      return 0;
    });
  },
};

/** The `highneeds user ...` commands for people already in a council. */
export const peopleCommands = [userList, userRole, userRemove, userResetPassword];
