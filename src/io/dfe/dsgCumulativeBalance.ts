import type ExcelJS from 'exceljs';
import { laByName, regionOf } from '../../core/benchmark/laLookup';
import { ENGLAND } from '../../core/benchmark/localAuthorities';
import { series } from '../../core/benchmark/series';
import { financialYearStart } from '../../core/periods';
import { cellFigure, cellText } from './excelCells';
import { financialYearOfTimePeriod } from './financialTimePeriod';
import type { NationalDataset } from './nationalDataset';
import type { ReadResult } from './readResult';
import { ValueCollector } from './valueCollector';

// dsg-cumulative-balance-pct.xlsx: time_period, geographic_level, region_name, la_name, deficit,
// 'DSG cumulative balance as a % of the total income', financial_year. There are no LA codes, so LAs are
// found by name on the first day of the financial year ('Dorset' in 2019-20 is the new Dorset, 838).
// The % column is kept with its sign (negative is a deficit); `deficit` is the same number negated.

const PCT = 'DSG cumulative balance as a % of the total income';
const columns = ['time_period', 'geographic_level', 'region_name', 'la_name', PCT];

/** Whether a workbook is the DSG cumulative balance file. */
export function isDsgCumulativeBalance(workbook: ExcelJS.Workbook): boolean {
  const first = workbook.worksheets[0]?.getRow(1);
  return first !== undefined && (first.values as ExcelJS.CellValue[]).some((v) => cellText(v) === PCT);
}

/** Reads the DSG cumulative balance as % of DSG income, by LA, region and England. */
export function readDsgCumulativeBalance(
  file: string,
  workbook: ExcelJS.Workbook,
): ReadResult<NationalDataset> {
  const out = new ValueCollector(file);
  const sheet = workbook.worksheets[0];
  const header = ((sheet?.getRow(1).values ?? []) as ExcelJS.CellValue[]).map((v) => cellText(v).trim());
  const at = Object.fromEntries(columns.map((c) => [c, header.indexOf(c)])) as Record<string, number>;
  const absent = columns.filter((c) => (at[c] ?? -1) < 0);
  if (!sheet || absent.length > 0) {
    return {
      ok: false,
      errors: [
        {
          file,
          row: 1,
          column: absent.join(', '),
          value: '',
          message: `expected columns ${columns.join(', ')}`,
        },
      ],
    };
  }
  let rows = 0;
  const years: string[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const text = (c: string) => cellText(row.getCell(at[c] ?? 0).value).trim();
    if (text('time_period') === '') return;
    rows += 1;
    const fy = financialYearOfTimePeriod(text('time_period'));
    if (!fy)
      return out.error(line, 'time_period', text('time_period'), "is not a financial year such as '201920'");
    const level = text('geographic_level');
    const area =
      level === 'National'
        ? ENGLAND
        : level === 'Regional'
          ? regionOf(text('region_name'))?.code
          : level === 'Local authority'
            ? laByName(text('la_name'), financialYearStart(fy))?.code
            : undefined;
    if (!area) {
      const [column, value] =
        level === 'Local authority'
          ? ['la_name', text('la_name')]
          : level === 'Regional'
            ? ['region_name', text('region_name')]
            : ['geographic_level', level];
      return out.error(
        line,
        column,
        value,
        level === 'Local authority'
          ? `is not an LA that existed on ${financialYearStart(fy)}`
          : 'is not a known region or level',
      );
    }
    years.push(fy);
    const reading = cellFigure(row.getCell(at[PCT] ?? 0).value);
    if ('error' in reading) return out.error(line, PCT, text(PCT), reading.error);
    out.add(series.dsgCumulativeBalancePct, area, fy, reading.figure, line, PCT);
  });
  if (out.errors.length > 0) return { ok: false, errors: out.errors };
  const latest = [...years].sort().at(-1) ?? '';
  return {
    ok: true,
    data: {
      publication: 'dsg-cumulative-balance',
      edition: latest,
      series: [series.dsgCumulativeBalancePct],
      values: out.published(),
      neighbours: [],
      sources: [{ file, rows }],
      notes: ['DSG cumulative balance as % of total DSG income; negative is a deficit. LAs matched by name.'],
    },
  };
}
