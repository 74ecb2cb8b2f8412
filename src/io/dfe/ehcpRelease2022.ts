import { ageBandOfLabel, ageBands } from '../../core/benchmark/ageBands';
import { known, type Figure } from '../../core/benchmark/figure';
import {
  placementCategories,
  placementCategoryOfType,
  type PlacementCategory,
} from '../../core/benchmark/placementCategories';
import { series } from '../../core/benchmark/series';
import { categoryTotal } from './categoryTotal';
import { calendarYearOf, censusYearOf } from './eesGeography';
import { eachEesRow, type EesRow, type ReleasePart } from './ehcpReleasePart';
import type { ValueCollector } from './valueCollector';

// The June 2022 release, long format: one row per area, year and category, with statements (`_st`),
// EHC plans (`_ehc`) and both (`_all`). Caseload counts are `Total_all` (statements and plans: the seed's
// 958 for Kingston in January 2017). time_period '2019' is the January 2019 census for caseload files
// and the calendar year 2019 for flows (new plans, timeliness).

function censusYear(row: EesRow, out: ValueCollector): number | undefined {
  const year = censusYearOf(row.text('time_period'));
  if (year === undefined) out.error(row.line, 'time_period', row.text('time_period'), 'is not a year');
  return year;
}

const ageCaseload: ReleasePart = {
  path: 'data/sen2_age_caseload.csv',
  signature: ['characteristic_age', 'Total_all'],
  series: [series.caseload, ...ageBands.map((band) => series.ageBand(band))],
  read(table, out) {
    let latest: number | undefined;
    eachEesRow(table, ['characteristic_age', 'Total_all'], out, (row) => {
      const year = censusYear(row, out);
      const figure = row.figure('Total_all');
      if (year === undefined || !figure) return;
      latest = Math.max(latest ?? year, year);
      const label = row.text('characteristic_age');
      if (label === 'Total')
        return out.add(series.caseload, row.area, String(year), figure, row.line, 'Total_all');
      const band = ageBandOfLabel(label);
      if (!band)
        return out.error(
          row.line,
          'characteristic_age',
          label,
          'is not one of the age bands Under 5, Age 5 to 10, Age 11 to 15, Age 16 to 19, Age 20 to 25',
        );
      out.add(series.ageBand(band), row.area, String(year), figure, row.line, 'Total_all');
    });
    return latest;
  },
};

const establishmentCaseload: ReleasePart = {
  path: 'data/sen2_estab_caseload.csv',
  signature: ['establishment_type', 'establishment_group', 'Total_all'],
  series: placementCategories.map((c) => series.placement(c)),
  read(table, out) {
    let latest: number | undefined;
    // Per area and year: each establishment type's figure, then the categories once all rows are in.
    const groups = new Map<string, { line: number; types: Map<string, Figure> }>();
    eachEesRow(table, ['establishment_type', 'establishment_group', 'Total_all'], out, (row) => {
      const year = censusYear(row, out);
      const figure = row.figure('Total_all');
      const type = row.text('establishment_type');
      if (year === undefined || !figure || type === 'Total') return;
      if (!placementCategoryOfType(type)) {
        return out.error(
          row.line,
          'establishment_type',
          type,
          'is not an establishment type the placement categories know (src/core/benchmark/placementCategories.ts)',
        );
      }
      latest = Math.max(latest ?? year, year);
      const key = `${row.area}|${String(year)}`;
      const group = groups.get(key) ?? { line: row.line, types: new Map<string, Figure>() };
      group.types.set(type, figure);
      groups.set(key, group);
    });
    for (const [key, { line, types }] of groups) {
      const [area = '', year = ''] = key.split('|');
      // 'Awaiting provision - total' is the only figure in years without the six detailed rows, and
      // their subtotal in years with them: count it only when the detail is absent.
      const detailed = [...types.keys()].some(
        (t) => t.startsWith('Awaiting provision - ') && t !== 'Awaiting provision - total',
      );
      const byCategory = new Map<PlacementCategory, Figure[]>();
      for (const [type, figure] of types) {
        if (detailed && type === 'Awaiting provision - total') continue;
        const category = placementCategoryOfType(type) ?? 'other';
        byCategory.set(category, [...(byCategory.get(category) ?? []), figure]);
      }
      // A category with no rows is zero: the types given add up to the published total in every row
      // of the release (no FE types exist before 2015, when statements did not reach further education).
      for (const category of placementCategories) {
        const figures = byCategory.get(category);
        out.add(
          series.placement(category),
          area,
          year,
          figures ? categoryTotal(figures) : known(0),
          line,
          'Total_all',
        );
      }
    }
    return latest;
  },
};

const newPlans: ReleasePart = {
  path: 'data/sen2_age_new_plans.csv',
  signature: ['characteristic_age', 'Total_new_all'],
  series: [series.newPlans],
  read(table, out) {
    let latest: number | undefined;
    eachEesRow(table, ['characteristic_age', 'Total_new_all'], out, (row) => {
      if (row.text('characteristic_age') !== 'Total') return;
      const year = calendarYearOf(row.text('time_period'));
      const figure = row.figure('Total_new_all');
      if (year === undefined)
        return out.error(row.line, 'time_period', row.text('time_period'), 'is not a calendar year');
      if (!figure) return;
      latest = Math.max(latest ?? year + 1, year + 1);
      out.add(series.newPlans, row.area, String(year), figure, row.line, 'Total_new_all');
    });
    return latest;
  },
};

const managementInformation: ReleasePart = {
  path: 'data/sen2_mi.csv',
  signature: ['TotNoExcEHC', 'NoExc20weekEHC'],
  series: [series.issued, series.issuedWithin20Weeks, series.requests],
  read(table, out) {
    let latest: number | undefined;
    // Initial requests for assessment (from 2016; z before) feed the stock-flow forecast. Files saved
    // before the column was read, or cut down to the timeliness columns, still import without it.
    const requestsGiven = table.header.includes('InreqEHC');
    const columns = ['TotNoExcEHC', 'NoExc20weekEHC', ...(requestsGiven ? ['InreqEHC'] : [])];
    eachEesRow(table, columns, out, (row) => {
      const year = calendarYearOf(row.text('time_period'));
      if (year === undefined)
        return out.error(row.line, 'time_period', row.text('time_period'), 'is not a calendar year');
      const requests = requestsGiven ? row.figure('InreqEHC') : undefined;
      if (requests) out.add(series.requests, row.area, String(year), requests, row.line, 'InreqEHC');
      const issued = row.figure('TotNoExcEHC');
      const within = row.figure('NoExc20weekEHC');
      if (!issued || !within) return;
      latest = Math.max(latest ?? year + 1, year + 1);
      out.add(series.issued, row.area, String(year), issued, row.line, 'TotNoExcEHC');
      out.add(series.issuedWithin20Weeks, row.area, String(year), within, row.line, 'NoExc20weekEHC');
    });
    return latest;
  },
};

/** The CSVs of the 2022 (long format) release that the product reads. */
export const longFormatParts: readonly ReleasePart[] = [
  ageCaseload,
  establishmentCaseload,
  newPlans,
  managementInformation,
];
