import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';

// Small synthetic versions of each DfE file, with the real files' quirks (byte-order marks, LA names with
// commas, x/z/c/../~ codes, old and new LA codes, reorganised LAs, #N/A cells, subtotal rows). The CSVs
// and content.xml are committed beside this file; zips and workbooks are assembled from them here so a
// reader can see every cell. None of it is real data.

const here = import.meta.dirname;

/** A committed fixture file's bytes. */
export function fixtureBytes(...parts: string[]): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(here, ...parts)));
}

/** The 2022 (long format) release zip: data/*.csv as the DfE lays it out. */
export function release2022Zip(): Uint8Array {
  const files = ['sen2_age_caseload.csv', 'sen2_estab_caseload.csv', 'sen2_age_new_plans.csv', 'sen2_mi.csv'];
  return zipSync({
    ...Object.fromEntries(files.map((f) => [`data/${f}`, fixtureBytes('ehcp2022', f)])),
    'data-guidance/data-guidance.txt': new TextEncoder().encode('Synthetic release for tests.'),
  });
}

/** The 2025 (wide format) release zip, with the tribunal table under supporting-files/. */
export function release2025Zip(): Uint8Array {
  return zipSync({
    'data/caseload.csv': fixtureBytes('ehcp2025', 'caseload.csv'),
    'data/newplans.csv': fixtureBytes('ehcp2025', 'newplans.csv'),
    'data/requests.csv': fixtureBytes('ehcp2025', 'requests.csv'),
    'data/timeliness_20_week.csv': fixtureBytes('ehcp2025', 'timeliness_20_week.csv'),
    'supporting-files/SEND Tribunals and appeal rate 2014-2024.csv': fixtureBytes('ehcp2025', 'tribunal.csv'),
  });
}

/** A DSG allocations .ods (2023 to 2024) built from the committed content.xml. */
export function allocationsOds(): Uint8Array {
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
  return zipSync({
    mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet'),
    'content.xml': fixtureBytes('allocations-content.xml'),
    'META-INF/manifest.xml': new TextEncoder().encode(manifest),
  });
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The High Needs benchmarking "All LA data" table: seven header rows, then one row per LA. */
export async function hnBenchmarkingXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  const headings: Record<string, string> = {
    B2: 'Year',
    C2: '2021-22',
    P3: 'Section 251 budget',
    BI3: 'Section 251 outturn',
    B5: 'Region',
    C5: 'LA code',
    D5: 'LA name',
    E5: '2-18 Population (ONS mid-2021 projection)',
    G5: 'No. aged up to 25 with SEN statement or EHCP',
    P4: 'Place funding',
    W4: 'Top up funding (maintained schools, academies, free schools and colleges)',
    AE4: 'Top up funding (non-maintained\nand independent schools and colleges)',
    AM4: 'SEN support and inclusion services',
    BI4: 'Place funding',
    BP4: 'Top up funding (maintained schools, academies, free schools and colleges)',
    BX4: 'Top up funding (non-maintained\nand independent schools and colleges)',
    CI4: 'Therapies and other health related services',
  };
  for (const [address, text] of Object.entries(headings)) sheet.getCell(address).value = text;
  const groups = {
    budget: ['P', 'W', 'AE', 'AM', 'AN', 'AO', 'AP'],
    outturn: ['BI', 'BP', 'BX', 'CF', 'CG', 'CH', 'CI'],
  };
  const rows: [number, string, string, number, number[] | null, number[] | null][] = [
    [
      8,
      'OUTER LONDON ',
      '314',
      37801.419,
      [5309666.67, 9381733.36, 8197000, 1098700, 501000, 0, 282100],
      [811932, 12941164.49, 10238194.22, 1040554.24, 660782.22, 0, 329381.51],
    ],
    [
      9,
      'OUTER LONDON ',
      '319',
      40000,
      [4000000, 8000000, 2000000, 1000000, 400000, 100000, 100000],
      [3900000, 7900000, 2100000, 900000, 300000, 100000, 100000],
    ],
    [10, 'SOUTH WEST  ', '837', 0, null, null],
    [11, 'EAST MIDLANDS  ', '940', 75388, [1, 2, 3, 4, 5, 6, 7], null],
  ];
  for (const [line, region, code, population, budget, outturn] of rows) {
    const row = sheet.getRow(line);
    row.getCell('B').value = region;
    row.getCell('C').value = Number(code);
    row.getCell('D').value = code;
    row.getCell('E').value = population;
    row.getCell('AR').value = { error: '#REF!' };
    groups.budget.forEach(
      (column, i) => (row.getCell(column).value = budget ? (budget[i] ?? 0) : { error: '#N/A' }),
    );
    groups.outturn.forEach(
      (column, i) => (row.getCell(column).value = outturn ? (outturn[i] ?? 0) : { error: '#N/A' }),
    );
    row.getCell('CO').value = { formula: `BI${String(line)}/E${String(line)}`, result: 21.48 };
  }
  return bytesOf(workbook);
}

/** dsg-by-year.xlsx: one sheet per year, LAs then subtotals and regions in la_code. */
export async function dsgByYearXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const years: [string, string, (string | number)[][]][] = [
    [
      'dsg_budget_20',
      '201920',
      [
        ['ENGLAND', '', 44867520326.8435],
        ['314', 'Kingston upon Thames', 140630828.366388],
        ['839', 'Bournemouth, Christchurch and Poole', 259243459.17895],
        ['LONDON', '', 9],
        ['METROPOLITAN AUTHORITIES', '', 8],
        ['London', '', 9],
      ],
    ],
    [
      'dsg_budget_2021_03_16',
      '202021',
      [
        ['ENGLAND', '', 47456408682],
        ['314', 'Kingston upon Thames', 148043118],
        ['839', 'Bournemouth Christchurch and Poole', 275150878],
      ],
    ],
  ];
  for (const [name, period, rows] of years) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(['la_code', 'la_name', 'Total DSG allocation (£s)', 'time_period']);
    for (const [code, la, amount] of rows) sheet.addRow([code, la, amount, period]);
  }
  return bytesOf(workbook);
}

/** dsg-cumulative-balance-pct.xlsx: no LA codes, LAs by name; negative is a deficit. */
export async function cumulativeBalanceXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet 1');
  sheet.addRow([
    'time_period',
    'geographic_level',
    'region_name',
    'la_name',
    'deficit',
    'DSG cumulative balance as a % of the total income',
    'financial_year',
  ]);
  const rows: [string, string, string, string, number][] = [
    ['201920', 'National', 'England', '', -1.08],
    ['201920', 'Regional', 'London', '', -1.75],
    ['201920', 'Local authority', 'London', 'Kingston upon Thames', -13.69],
    ['201920', 'Local authority', 'London', 'Sutton', 0.5],
    ['201920', 'Local authority', 'South West', 'Dorset', -2.5],
    ['202021', 'Local authority', 'London', 'Kingston upon Thames', -8.38],
    ['202021', 'Local authority', 'London', 'Sutton', -1.5],
    ['202021', 'National', 'England', '', -1.69],
  ];
  for (const [period, level, region, la, pct] of rows)
    sheet.addRow([period, level, region, la, -pct, pct, `${period.slice(0, 4)}-${period.slice(4)}`]);
  return bytesOf(workbook);
}
