import { z } from 'zod';
import { seedYearOf } from '../../core/forecast/initialPopulation';
import { NONSEND, type WitanInputs } from '../../core/forecast/witanInputs';
import {
  readUploadedWitan,
  witanFilesFromZip,
  type WitanFileTexts,
} from '../../io/forecastInputs/readUploadedWitan';
import { formatRowError } from '../../io/witan/readWitanFolder';
import type { FileRowError } from '../../io/witan/crossCheck';
import { actorLabel, recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { ConflictError, NotFoundError, ServiceError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { text } from '../fields';
import { readingUpload } from '../uploads';
import { parseInput } from '../validation';

/** What is shown of an input set: counts and years, never its rows (they describe children). */
export interface InputSetSummary {
  transitions: number;
  firstTransitionYear: number;
  seedYear: number;
  projectionYears: number[];
  settings: string[];
  needs: string[];
  /** EHCPs at each January census the transitions cover, the seed year's last: the fan chart's history. */
  history: Array<{ year: number; ehcps: number }>;
}

/** Inputs that do not read: every problem, as data and as sentences. */
export class ForecastInputsInvalidError extends ServiceError {
  readonly problems: string[];
  constructor(readonly errors: readonly FileRowError[]) {
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in the witan.send inputs; nothing was stored.`,
      400,
    );
    this.problems = errors.map(formatRowError);
  }
}

function historyOf(inputs: WitanInputs, seedYear: number): InputSetSummary['history'] {
  const counts = new Map<number, number>();
  for (const t of inputs.transitions) {
    if (t.setting1 !== NONSEND) counts.set(t.calendarYear, (counts.get(t.calendarYear) ?? 0) + 1);
    if (t.calendarYear === seedYear - 1 && t.setting2 !== NONSEND)
      counts.set(seedYear, (counts.get(seedYear) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b).map(([year, ehcps]) => ({ year, ehcps }));
}

function summaryOf(inputs: WitanInputs): InputSetSummary {
  const seedYear = seedYearOf(inputs.transitions);
  return {
    history: historyOf(inputs, seedYear),
    transitions: inputs.transitions.length,
    firstTransitionYear: Math.min(...inputs.transitions.map((t) => t.calendarYear)),
    seedYear,
    projectionYears: [...new Set(inputs.population.map((p) => p.calendarYear))]
      .filter((y) => y > seedYear)
      .sort((a, b) => a - b),
    settings: inputs.validSettings.map((v) => v.setting),
    needs: [...new Set(inputs.validSettings.flatMap((v) => v.needs))].sort(),
  };
}

export function inputSetView(row: {
  id: number;
  name: string;
  source: string;
  summary: unknown;
  warnings: unknown;
  created_by: string;
  created_at: Date;
}) {
  return {
    id: row.id,
    name: row.name,
    source: row.source,
    summary: row.summary as InputSetSummary,
    warnings: row.warnings as string[],
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}

/** Stores checked inputs for a council (role checked by the caller); audited without the rows. */
export async function storeInputSet(
  ctx: ServiceContext,
  actor: Actor,
  council: Council,
  name: string,
  source: string,
  inputs: WitanInputs,
  warnings: readonly string[],
) {
  return inTransaction(ctx, async (trx) => {
    const existing = await trx
      .selectFrom('forecast_input_sets')
      .select('id')
      .where('council_id', '=', council.id)
      .where('name', '=', name)
      .executeTakeFirst();
    if (existing)
      throw new ConflictError(
        `${council.name} already has forecast inputs called "${name}": choose another name.`,
        'name',
      );
    const summary = summaryOf(inputs);
    const row = await trx
      .insertInto('forecast_input_sets')
      .values({
        council_id: council.id,
        name,
        source,
        inputs: JSON.stringify(inputs),
        summary: JSON.stringify(summary),
        warnings: JSON.stringify(warnings),
        created_by: actorLabel(actor).email,
        created_at: ctx.now(),
      })
      .returning(['id', 'name', 'source', 'summary', 'warnings', 'created_by', 'created_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'create',
      entity: 'forecast-inputs',
      entityId: row.id,
      after: { name, source, ...summary },
    });
    return inputSetView(row);
  });
}

const uploadInput = z
  .object({
    name: text('the name of the inputs'),
    files: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/**
 * Stores an uploaded witan.send input folder: `files` maps the four file names to their text, or `zip`
 * is the zipped folder. All or nothing: any problem in any file is reported and nothing is stored.
 */
export async function uploadForecastInputs(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown,
  zip?: Uint8Array,
) {
  const council = await requireCouncil(ctx, actor, code, 'forecasts.run');
  const data = parseInput(uploadInput, input);
  let files: WitanFileTexts;
  if (zip) {
    const unzipped = await readingUpload(() => witanFilesFromZip(zip));
    if (!unzipped.ok) throw new ValidationError(unzipped.message);
    files = unzipped.files;
  } else {
    if (!data.files)
      throw new ValidationError('files: send the four CSV files (or the folder as a zip).', 'files');
    // A browser sends the names the person chose: match them on their last part.
    files = Object.fromEntries(
      Object.entries(data.files).map(([name, text]) => [name.split(/[\\/]/).pop() ?? name, text]),
    );
  }
  const read = readUploadedWitan(files, 'census');
  if (!read.ok) throw new ForecastInputsInvalidError(read.errors);
  return storeInputSet(
    ctx,
    actor,
    council,
    data.name,
    zip ? 'zip upload' : 'CSV upload',
    read.inputs,
    read.warnings,
  );
}

/** The council's input sets, newest first. */
export async function listForecastInputs(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const rows = await ctx.db
    .selectFrom('forecast_input_sets')
    .select(['id', 'name', 'source', 'summary', 'warnings', 'created_by', 'created_at'])
    .where('council_id', '=', council.id)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(inputSetView);
}

/** One input set's rows, for a run (role checked by the caller). */
export async function loadInputSet(ctx: ServiceContext, council: Council, id: number) {
  const row = await ctx.db
    .selectFrom('forecast_input_sets')
    .selectAll()
    .where('council_id', '=', council.id)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`${council.name} has no forecast inputs with id ${id}.`);
  return { ...inputSetView(row), inputs: row.inputs as WitanInputs };
}

// What the web receives and sends.
/** A stored set of forecast inputs: its name, source, summary and warnings. */
export type InputSetView = ReturnType<typeof inputSetView>;
/** Inputs uploaded as text: a name and the witan.send files by name. */
export type UploadInputsInput = z.input<typeof uploadInput>;
