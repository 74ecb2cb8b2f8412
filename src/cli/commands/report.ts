import fs from 'node:fs';
import path from 'node:path';
import { paperTemplates, type PaperTemplateId } from '../../core/papers';
import { paperFormatOf, renderPaper } from '../../services/papers/render';
import { quarterlyReport, reportFormatOf } from '../../services/safetyValve/report';
import {
  databaseOptions,
  databaseUsage,
  optionalString,
  requireOption,
  UsageError,
  type Command,
} from '../command';
import { commandLineActor, withRuntime } from './withRuntime';

/** The format an --out file's extension names, or a usage error saying which extensions work. */
function formatOf<T>(out: string, of: (file: string) => T): T {
  try {
    return of(out);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

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
    const format = formatOf(out, reportFormatOf);
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

/** `highneeds report committee|forum|board`: a council's paper with its tables and charts, as PDF or DOCX. */
function paperCommand(template: PaperTemplateId): Command {
  const name = paperTemplates[template].name;
  return {
    words: ['report', template],
    summary: `Write the ${name.toLowerCase()} (.pdf or .docx), its tables and charts drawn from the figures as at a date`,
    usage: `highneeds report ${template} --council CODE [--as-at YYYY-MM-DD] [--version NAME] [--paper ID] --out FILE.pdf|FILE.docx [--data DIR]

  --as-at DATE   the date the figures are as at (default: the paper's own date, else today); the latest
                 ${template} paper dated on or before it gives the words
  --version NAME the plan version of the financial model (default: the paper's, else the Safety Valve
                 agreement's)
  --paper ID     a particular stored paper, instead of the latest
  --out FILE     where to write it; the format follows the extension: .pdf (A4, rendered by Debian's
                 chromium) or .docx (Word, charts as SVG with a PNG taken by chromium)
${databaseUsage}`,
    options: {
      ...databaseOptions,
      council: { type: 'string' },
      'as-at': { type: 'string' },
      version: { type: 'string' },
      paper: { type: 'string' },
      out: { type: 'string' },
    },
    async run(args, io) {
      const council = requireOption(args, 'council');
      const out = requireOption(args, 'out');
      const format = formatOf(out, paperFormatOf);
      const paperText = optionalString(args, 'paper');
      const paper = paperText === undefined ? undefined : Number(paperText);
      if (paper !== undefined && !(Number.isInteger(paper) && paper > 0))
        throw new UsageError(`--paper ${paperText}: give the number of a stored paper, e.g. --paper 1.`);
      const asAt = optionalString(args, 'as-at');
      const version = optionalString(args, 'version');
      const input = {
        template,
        ...(asAt !== undefined ? { asAt } : {}),
        ...(version !== undefined ? { version } : {}),
        ...(paper !== undefined ? { paperId: paper } : {}),
      };
      return withRuntime(args, io, async (runtime) => {
        const made = await renderPaper(runtime.ctx, commandLineActor(io.env), council, input, format);
        fs.writeFileSync(out, made.content);
        io.out(
          `Wrote the ${name.toLowerCase()} of ${made.councilName}, figures as at ${made.asAt}, to ${path.resolve(out)} (${format.toUpperCase()}, ${made.content.length.toLocaleString('en-GB')} bytes).`,
        );
        return 0;
      });
    },
  };
}

/** The `report` commands, listed in src/cli/main.ts. */
export const reportCommands = [
  reportQuarterly,
  paperCommand('committee'),
  paperCommand('forum'),
  paperCommand('board'),
];
