import fs from 'node:fs';
import path from 'node:path';
import {
  deleteUrnLookupEntry,
  downloadUrnLookup,
  importUrnLookup,
  listUrnLookup,
  putUrnLookupEntry,
  UrnLookupInvalidError,
} from '../../services/sen2/urnLookup';
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

// `highneeds sen2 urns ...`: the council's URN lookup (docs/formats/sen2-urn-lookup.md), which gives the
// setting type of the URNs and UKPRNs its placement register does not name.

const council = { council: { type: 'string' } } as const;

const urnsList: Command = {
  words: ['sen2', 'urns'],
  summary: "List a council's URN lookup (URN or UKPRN -> setting type)",
  usage: `highneeds sen2 urns --council CODE [--data DIR]\n${databaseUsage}`,
  options: { ...databaseOptions, ...council },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const rows = await listUrnLookup(ctx, commandLineActor(io.env), requireOption(args, 'council'));
      io.out(
        renderTable(
          ['key', 'kind', 'setting type', 'name'],
          rows.map((r) => [r.key, r.keyKind, r.settingType, r.name]),
        ),
      );
      return 0;
    }),
};

const urnsImport: Command = {
  words: ['sen2', 'urns', 'import'],
  summary: "Replace a council's URN lookup with a file (urn,ukprn,setting_type,name); all or nothing",
  usage: `highneeds sen2 urns import FILE --council CODE [--data DIR]\n${databaseUsage}`,
  options: { ...databaseOptions, ...council },
  allowPositionals: true,
  async run(args, io) {
    const [file] = args.positionals;
    if (!file) throw new UsageError('Give the lookup file.');
    const text = fs.readFileSync(file, 'utf8');
    return withRuntime(args, io, async ({ ctx }) => {
      try {
        const rows = await importUrnLookup(
          ctx,
          commandLineActor(io.env),
          requireOption(args, 'council'),
          text,
        );
        io.out(`The URN lookup now holds ${String(rows.length)} establishments from ${path.basename(file)}.`);
        return 0;
      } catch (error) {
        if (!(error instanceof UrnLookupInvalidError)) throw error;
        for (const problem of error.problems) io.err(`${file}: ${problem}`);
        io.err(`${file}: ${String(error.problems.length)} problems; the lookup was not changed.`);
        return 1;
      }
    });
  },
};

const urnsSet: Command = {
  words: ['sen2', 'urns', 'set'],
  summary: 'Add or change one URN or UKPRN in the lookup',
  usage: `highneeds sen2 urns set KEY --setting-type TYPE [--name NAME] --council CODE [--data DIR]\n${databaseUsage}`,
  options: { ...databaseOptions, ...council, 'setting-type': { type: 'string' }, name: { type: 'string' } },
  allowPositionals: true,
  async run(args, io) {
    const [key] = args.positionals;
    if (!key) throw new UsageError('Give the URN (6 digits) or UKPRN (8 digits).');
    return withRuntime(args, io, async ({ ctx }) => {
      const name = optionalString(args, 'name');
      const row = await putUrnLookupEntry(
        ctx,
        commandLineActor(io.env),
        requireOption(args, 'council'),
        key,
        {
          settingType: requireOption(args, 'setting-type'),
          ...(name !== undefined ? { name } : {}),
        },
      );
      io.out(`${row.key} (${row.keyKind}) is now ${row.settingType}.`);
      return 0;
    });
  },
};

const urnsDelete: Command = {
  words: ['sen2', 'urns', 'delete'],
  summary: 'Remove one URN or UKPRN from the lookup',
  usage: `highneeds sen2 urns delete KEY --council CODE [--data DIR]\n${databaseUsage}`,
  options: { ...databaseOptions, ...council },
  allowPositionals: true,
  async run(args, io) {
    const [key] = args.positionals;
    if (!key) throw new UsageError('Give the URN or UKPRN.');
    return withRuntime(args, io, async ({ ctx }) => {
      await deleteUrnLookupEntry(ctx, commandLineActor(io.env), requireOption(args, 'council'), key);
      io.out(`Removed ${key} from the URN lookup.`);
      return 0;
    });
  },
};

const urnsExport: Command = {
  words: ['sen2', 'urns', 'export'],
  summary: 'Write the URN lookup as a CSV file (or to standard output)',
  usage: `highneeds sen2 urns export --council CODE [--out FILE] [--data DIR]\n${databaseUsage}`,
  options: { ...databaseOptions, ...council, out: { type: 'string' } },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const csv = await downloadUrnLookup(ctx, commandLineActor(io.env), requireOption(args, 'council'));
      const out = optionalString(args, 'out');
      if (out === undefined) io.out(csv.trimEnd());
      else {
        fs.writeFileSync(out, csv);
        io.out(`Wrote the URN lookup to ${path.resolve(out)}.`);
      }
      return 0;
    }),
};

export const sen2UrnCommands: Command[] = [urnsList, urnsImport, urnsSet, urnsDelete, urnsExport];
