import path from 'node:path';
import { CsvFileError, parseCsv } from './csvTable';
import { isDsgAllocations, readDsgAllocations } from './dsgAllocations';
import { isDsgByYear, readDsgByYear } from './dsgByYear';
import { isDsgCumulativeBalance, readDsgCumulativeBalance } from './dsgCumulativeBalance';
import { loadWorkbook } from './excelCells';
import { isEhcpReleaseZip, readEhcpReleaseCsv, readEhcpReleaseZip } from './ehcpRelease';
import { isHnBenchmarkingTable, readHnBenchmarkingTable } from './hnBenchmarkingTable';
import type { NationalDataset } from './nationalDataset';
import { isOdsEntries, readOdsSheets } from './odsSheets';
import type { ReadResult } from './readResult';
import { isStatisticalNeighbours, readStatisticalNeighbours } from './statisticalNeighbours';
import { isZip, zipEntryNames } from './zipArchive';
import { ZipLimitError } from '../zip';

// Which publication a file is, from its content (names change when people download and rename files),
// then that publication's reader. A file that is none of them is one error saying what was expected.

const expected = [
  'an EHCP statistics release zip (2022: data/sen2_age_caseload.csv ...; 2025: data/caseload.csv ...) or one of its CSVs',
  "the High Needs benchmarking LA table (.xlsx, '2-18 Population' in E5)",
  'a DSG allocations file (.ods with an Allocations_summary sheet)',
  "dsg-by-year.xlsx (columns la_code, la_name, 'Total DSG allocation (£s)', time_period)",
  "dsg-cumulative-balance-pct.xlsx (column 'DSG cumulative balance as a % of the total income')",
  'statistical-neighbours.csv (LA names across the header row)',
];

function unknown(file: string, what: string): ReadResult<NationalDataset> {
  return {
    ok: false,
    errors: [
      {
        file,
        row: 0,
        column: '',
        value: '',
        message: `${what} is not a DfE file this product reads. Expected one of: ${expected.join('; ')}.`,
      },
    ],
  };
}

/** Reads a published DfE file whatever it is: the dataset, or its row errors. */
export async function readNationalFile(
  filePath: string,
  bytes: Uint8Array,
): Promise<ReadResult<NationalDataset>> {
  try {
    return await readDetected(path.basename(filePath), bytes);
  } catch (error) {
    // A CSV (on its own or in a release zip) that cannot be read: its file, line and problem.
    if (error instanceof CsvFileError) return { ok: false, errors: [error.rowError] };
    throw error;
  }
}

async function readDetected(file: string, bytes: Uint8Array): Promise<ReadResult<NationalDataset>> {
  if (isZip(bytes)) {
    let names: string[];
    try {
      names = zipEntryNames(bytes, file);
    } catch (error) {
      if (error instanceof ZipLimitError) throw error;
      return unknown(file, `A damaged zip (${(error as Error).message})`);
    }
    if (isEhcpReleaseZip(names)) return readEhcpReleaseZip(file, bytes);
    if (isOdsEntries(names)) {
      const sheets = readOdsSheets(bytes, file);
      return isDsgAllocations(sheets)
        ? readDsgAllocations(file, sheets)
        : unknown(file, 'This spreadsheet (.ods)');
    }
    if (names.includes('xl/workbook.xml')) {
      const workbook = await loadWorkbook(bytes, file);
      if (isHnBenchmarkingTable(workbook)) return readHnBenchmarkingTable(file, workbook);
      if (isDsgByYear(workbook)) return readDsgByYear(file, workbook);
      if (isDsgCumulativeBalance(workbook)) return readDsgCumulativeBalance(file, workbook);
      return unknown(file, 'This workbook (.xlsx)');
    }
    return unknown(file, 'This zip');
  }
  const release = readEhcpReleaseCsv(file, bytes);
  if (release) return release;
  const table = parseCsv(file, bytes);
  if (isStatisticalNeighbours(table)) return readStatisticalNeighbours(table);
  return unknown(file, 'This file');
}
