import fs from 'node:fs';
import path from 'node:path';
import { exportRecoveryPlan, importRecoveryPlan } from '../../services/financialModel/recoveryPlanWorkbook';
import {
  databaseOptions,
  databaseUsage,
  optionalString,
  requireOption,
  UsageError,
  type Command,
} from '../command';
import { readInputFile, reportImportFailure } from '../fileInput';
import { commandLineActor, withRuntime } from './withRuntime';

/** `highneeds drp export`: a version and its recovery plan document as the DfE 2019 template workbook. */
export const drpExport: Command = {
  words: ['drp', 'export'],
  summary: 'Write a deficit recovery plan as the DfE 2019 template workbook (.xlsx)',
  usage: `highneeds drp export --council CODE [--version NAME] --out FILE.xlsx [--data DIR]

  --version NAME  the plan version to write (default: the council's version with a recovery plan document)
  --out FILE      where to write the workbook: front page, Financial Summary (roll-forward as formulas), EHCP data
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    version: { type: 'string' },
    out: { type: 'string' },
  },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const out = requireOption(args, 'out');
    const version = optionalString(args, 'version');
    return withRuntime(args, io, async (runtime) => {
      const workbook = await exportRecoveryPlan(runtime.ctx, commandLineActor(io.env), council, version);
      fs.writeFileSync(out, workbook);
      io.out(
        `Wrote the deficit recovery plan${version ? ` "${version}"` : ''} of council ${council} to ${path.resolve(out)}.`,
      );
      return 0;
    });
  },
};

/** `highneeds drp import`: a DfE 2019 recovery plan workbook as a plan version with its document. */
export const drpImport: Command = {
  words: ['drp', 'import'],
  summary: 'Import a DfE 2019 deficit recovery plan workbook as a plan version (all or nothing)',
  usage: `highneeds drp import FILE.xlsx --council CODE [--name NAME] [--replace] [--data DIR]

  --name NAME  store under this name (default: the name in the workbook's properties, as drp export writes it)
  --replace    replace an existing draft of the same name (a frozen version is never replaced)
  Every cell that cannot be read is listed, with its sheet, row and column; then nothing is saved (exit 1).
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    name: { type: 'string' },
    replace: { type: 'boolean' },
  },
  allowPositionals: true,
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file) throw new UsageError('Give the workbook file.');
    if (extra.length > 0) throw new UsageError(`One file at a time (also given: ${extra.join(' ')}).`);
    const council = requireOption(args, 'council');
    const content = readInputFile(file);
    const name = optionalString(args, 'name');
    const options = { replace: args.values.replace === true, ...(name ? { name } : {}) };
    return withRuntime(args, io, async (runtime) => {
      try {
        const version = await importRecoveryPlan(
          runtime.ctx,
          commandLineActor(io.env),
          council,
          content,
          options,
        );
        io.out(
          `Imported "${version.name}" with its recovery plan document into council ${council} (${version.status}).`,
        );
        return 0;
      } catch (error) {
        return reportImportFailure(io, file, error);
      }
    });
  },
};

/** The `drp` commands, listed in src/cli/main.ts. */
export const drpCommands = [drpExport, drpImport];
