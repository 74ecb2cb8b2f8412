import type ExcelJS from 'exceljs';
import { readGridWorkbook, writeGridWorkbook } from '../../io/financialModel/gridWorkbook';
import { planToJson } from '../../io/financialModel/writePlanJson';
import type { ServiceContext } from '../context';
import type { Actor } from '../permissions';
import { openWorkbook } from '../../io/xlsx/openWorkbook';
import { ZipLimitError } from '../../io/zip';
import { uploadError } from '../uploads';
import { getVersion, importVersion, PlanFileInvalidError } from './versions';
import { workbookBytes } from '../../io/export';

/** An uploaded plan workbook, under the zip limits (413 over them); not a workbook is a plan-file problem. */
export async function openUploadedWorkbook(file: Uint8Array): Promise<ExcelJS.Workbook> {
  try {
    return await openWorkbook(file, 'The workbook');
  } catch (error) {
    if (error instanceof ZipLimitError) throw uploadError(error);
    throw new PlanFileInvalidError(['(file): is not an Excel workbook (.xlsx)']);
  }
}

/** The version's grid as an .xlsx file (years across, lines down, derived rows as live formulas). */
export async function exportVersionWorkbook(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  name: string,
): Promise<Buffer> {
  const { plan } = await getVersion(ctx, actor, code, name);
  return workbookBytes(writeGridWorkbook(plan));
}

/** Imports a grid workbook (as exported, then edited in Excel): all or nothing, every bad cell named. */
export async function importVersionWorkbook(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  file: Buffer,
  options: unknown = {},
) {
  const wb = await openUploadedWorkbook(file);
  const result = readGridWorkbook(wb);
  if (!result.ok) throw new PlanFileInvalidError(result.errors.map((e) => `${e.path}: ${e.message}`));
  return importVersion(ctx, actor, code, planToJson(result.data), options);
}
