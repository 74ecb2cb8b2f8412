import { z } from 'zod';
import {
  assessmentOutcomes,
  ceaseReasons,
  codesOf,
  requestOutcomes,
  senSettings,
} from '../../core/sen2/codes';
import type { Sen2Module } from '../../core/sen2/sen2Return';
import {
  ethnicityCode,
  flag,
  optionalCode,
  optionalDate,
  optionalText,
  optionalWhole,
  requiredDate,
  requiredWhole,
  sexCode,
  tableId,
} from './bladeCells';

// The nine files of a COLLECT Blade export (`Blade-Export_DD-MM-YYYY_<suffix>.csv`) and the columns we
// read from each. Column names are COLLECT's, lower case (the reader ignores case). Columns that only
// some return versions have (sex from 2024, gendercurrent before; requestsource from 2025) are optional.
// Columns we never need are not read at all: postcode, NativeId, sourceid, the order columns.

/** How to read one module's file. */
export interface BladeModule {
  readonly module: Sen2Module;
  /** The file name's last part: Blade-Export_16-01-2025_<suffix>.csv. */
  readonly suffix: string;
  readonly idColumn: string;
  /** The parent module's id column, which this file also holds; null for module 0. */
  readonly parentColumn: string | null;
  /** Columns a file must have (the rest may be missing in some versions). */
  readonly required: readonly string[];
  /** One row's cells (by lower-case column name) to its values. */
  readonly schema: z.ZodObject;
}

const urnCell = optionalText;
const settingCell = optionalCode(codesOf(senSettings), 'an SEN setting code');

const establishment = {
  urn: urnCell,
  ukprn: urnCell,
  sensetting: settingCell,
  placementrank: optionalWhole(1),
  senunitindicator: flag,
  resourcedprovisionindicator: flag,
};

const define = (
  module: Sen2Module,
  suffix: string,
  idColumn: string,
  parentColumn: string | null,
  required: readonly string[],
  cells: Record<string, z.ZodType>,
): BladeModule => ({
  module,
  suffix,
  idColumn,
  parentColumn,
  required: [idColumn, ...(parentColumn ? [parentColumn] : []), ...required],
  schema: z.object({
    [idColumn]: tableId,
    ...(parentColumn ? { [parentColumn]: tableId } : {}),
    ...cells,
  }),
});

/** The nine modules in the return's order; parents come before their children. */
export const bladeModules: readonly BladeModule[] = [
  define('header', 'sen2', 'sen2tableid', null, ['year', 'referencedate', 'lea'], {
    collection: optionalText,
    year: requiredWhole(2000),
    referencedate: requiredDate,
    lea: z
      .string()
      .trim()
      .regex(/^\d{3}$/, 'is not a three-digit LA number'),
  }),
  define('person', 'person', 'persontableid', 'sen2tableid', ['personbirthdate', 'upn'], {
    surname: optionalText,
    forename: optionalText,
    personbirthdate: optionalDate,
    sex: sexCode,
    gendercurrent: sexCode,
    ethnicity: ethnicityCode,
    upn: optionalText,
    uniquelearnernumber: optionalText,
  }),
  define('requests', 'requests', 'requeststableid', 'persontableid', ['receiveddate', 'requestoutcome'], {
    receiveddate: optionalDate,
    requestsource: optionalText,
    rya: flag,
    requestoutcomedate: optionalDate,
    requestoutcome: optionalCode(codesOf(requestOutcomes), 'a request outcome code'),
    requestmediation: flag,
    requesttribunal: flag,
    exported: flag,
  }),
  define('assessment', 'assessment', 'assessmenttableid', 'requeststableid', ['assessmentoutcome'], {
    assessmentoutcome: optionalCode(codesOf(assessmentOutcomes), 'an assessment outcome code'),
    assessmentoutcomedate: optionalDate,
    assessmentmediation: flag,
    assessmenttribunal: flag,
    week20: flag,
  }),
  define('namedplan', 'namedplan', 'namedplantableid', 'assessmenttableid', ['startdate', 'ceasedate'], {
    startdate: optionalDate,
    planres: optionalText,
    planwbp: optionalText,
    pb: flag,
    ceasedate: optionalDate,
    ceasereason: optionalCode(codesOf(ceaseReasons), 'a cease reason').transform((c) =>
      c === null ? null : Number(c),
    ),
  }),
  define('plandetail', 'plandetail', 'plandetailtableid', 'namedplantableid', ['urn', 'sensetting'], {
    ...establishment,
  }),
  define('activeplans', 'activeplans', 'activeplanstableid', 'requeststableid', [], {
    transferla: optionalText,
    lastreview: optionalDate,
  }),
  define(
    'placementdetail',
    'placementdetail',
    'placementdetailtableid',
    'activeplanstableid',
    ['urn', 'sensetting', 'entrydate', 'leavingdate'],
    { ...establishment, entrydate: optionalDate, leavingdate: optionalDate },
  ),
  define('senneed', 'senneed', 'senneedtableid', 'activeplanstableid', ['sentype', 'sentyperank'], {
    sentype: z.string().trim().min(1, 'is blank: every need record names its SEN type').toUpperCase(),
    sentyperank: requiredWhole(1),
  }),
];

/** The module definition of a module. */
export function bladeModule(module: Sen2Module): BladeModule {
  return bladeModules.find((m) => m.module === module)!;
}
