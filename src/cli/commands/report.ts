import fs from 'node:fs';
import path from 'node:path';
import { quarterlyReport, reportFormatOf } from '../../services/safetyValve/report';
import { databaseOptions, databaseUsage, requireOption, UsageError, type Command } from '../command';
import { commandLineActor, withRuntime } from './withRuntime';

/** `highneeds report quarterly`: the quarterly Safety Valve report of a return, as PDF or Excel. */
export const reportQuarterly: Command = {
  words: ['report', 'quarterly'],
  summary: 'Write the quarterly Safety Valve report to the DfE of a return (.pdf or .xlsx)',
  usage: `highneeds report quarterly --council CODE --period 2021-22-Q1 --out FILE.pdf|FILE.xlsx [--data DIR]

  --period P   the return's quarter, e.g. 2021-22-Q1
  --out FILE   where to write it; the format follows the extension: .pdf (A4, rendered by Debian's
               chromium) or .xlsx (the same tables, one sheet each)
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
  },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const period = requireOption(args, 'period');
    const out = requireOption(args, 'out');
    let format;
    try {
      format = reportFormatOf(out);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    return withRuntime(args, io, async (runtime) => {
      const report = await quarterlyReport(runtime.ctx, commandLineActor(io.env), council, period, format);
      fs.writeFileSync(out, report.content);
      io.out(
        `Wrote the ${period} Safety Valve report of ${report.councilName} to ${path.resolve(out)} (${format.toUpperCase()}, ${report.content.length.toLocaleString('en-GB')} bytes).`,
      );
      return 0;
    });
  },
};

/** The `report` commands, listed in src/cli/main.ts. */
export const reportCommands = [reportQuarterly];
