import { ageBandOfSingleYear, ageBands, type AgeBand } from '../../core/benchmark/ageBands';
import { known, type Figure } from '../../core/benchmark/figure';
import { placementCategories, wideFormatColumns } from '../../core/benchmark/placementCategories';
import { series } from '../../core/benchmark/series';
import { categoryTotal } from './categoryTotal';
import { calendarYearOf, censusYearOf } from './eesGeography';
import { eachEesRow, type EesRow, type ReleasePart } from './ehcpReleasePart';
import type { ValueCollector } from './valueCollector';

// The June 2025 release, wide format: one row per area, year and breakdown, one column per establishment
// type. time_period is the academic year ('202425' = the January 2025 census) for caseload and the
// calendar year for flows. Only the 'All ...' breakdown rows and single years of age are read.

const placementColumns = placementCategories.flatMap((c) => wideFormatColumns[c]);

function censusYear(row: EesRow, out: ValueCollector): number | undefined {
  const year = censusYearOf(row.text('time_period'));
  if (year === undefined)
    out.error(row.line, 'time_period', row.text('time_period'), "is not an academic year such as '202425'");
  return year;
}

function calendarYear(row: EesRow, out: ValueCollector): number | undefined {
  const year = calendarYearOf(row.text('time_period'));
  if (year === undefined)
    out.error(row.line, 'time_period', row.text('time_period'), 'is not a calendar year');
  return year;
}

const caseload: ReleasePart = {
  path: 'data/caseload.csv',
  signature: ['breakdown_topic', 'ehcplans', 'mainstream_la_maintained'],
  series: [
    series.caseload,
    ...placementCategories.map((c) => series.placement(c)),
    ...ageBands.map((b) => series.ageBand(b)),
  ],
  read(table, out) {
    let latest: number | undefined;
    const ages = new Map<string, { line: number; bands: Map<AgeBand, Figure[]> }>();
    eachEesRow(table, ['breakdown_topic', 'breakdown', 'ehcplans', ...placementColumns], out, (row) => {
      const topic = row.text('breakdown_topic');
      if (topic !== 'All EHC plans' && topic !== 'Child or young persons age') return;
      const year = censusYear(row, out);
      const plans = row.figure('ehcplans');
      if (year === undefined || !plans) return;
      latest = Math.max(latest ?? year, year);
      if (topic === 'Child or young persons age') {
        const band = ageBandOfSingleYear(row.text('breakdown'));
        if (!band)
          return out.error(
            row.line,
            'breakdown',
            row.text('breakdown'),
            "is not a single year of age ('under 3', 'age 3' ... 'age 25')",
          );
        const key = `${row.area}|${String(year)}`;
        const entry = ages.get(key) ?? { line: row.line, bands: new Map<AgeBand, Figure[]>() };
        entry.bands.set(band, [...(entry.bands.get(band) ?? []), plans]);
        ages.set(key, entry);
        return;
      }
      out.add(series.caseload, row.area, String(year), plans, row.line, 'ehcplans');
      for (const category of placementCategories) {
        const figures = wideFormatColumns[category].map((column) => row.figure(column));
        if (figures.some((f) => f === undefined)) return;
        out.add(
          series.placement(category),
          row.area,
          String(year),
          categoryTotal(figures as Figure[]),
          row.line,
          category,
        );
      }
    });
    // The release leaves out the row for an age with no plans (Kingston has no 'age 25' row in 2024/25,
    // and its single ages still add up to its total): a band with no rows is zero when the area has any.
    for (const [key, { line, bands }] of ages) {
      const [area = '', year = ''] = key.split('|');
      for (const band of ageBands) {
        out.add(
          series.ageBand(band),
          area,
          year,
          bands.has(band) ? categoryTotal(bands.get(band) ?? []) : (allNotAvailable(bands) ?? known(0)),
          line,
          'breakdown',
        );
      }
    }
    return latest;
  },
};

// When every single-year row of an area is x (Hackney 2024: plans without breakdowns), so is every band.
function allNotAvailable(bands: Map<AgeBand, Figure[]>): Figure | undefined {
  const all = [...bands.values()].flat();
  return all.every((f) => f.value === null) ? all[0] : undefined;
}

const newPlans: ReleasePart = {
  path: 'data/newplans.csv',
  signature: ['breakdown_topic', 'new_ehc_plans'],
  series: [series.newPlans],
  read(table, out) {
    let latest: number | undefined;
    eachEesRow(table, ['breakdown_topic', 'new_ehc_plans'], out, (row) => {
      if (row.text('breakdown_topic') !== 'New EHC plans') return;
      const year = calendarYear(row, out);
      const plans = row.figure('new_ehc_plans');
      if (year === undefined || !plans) return;
      latest = Math.max(latest ?? year + 1, year + 1);
      out.add(series.newPlans, row.area, String(year), plans, row.line, 'new_ehc_plans');
    });
    return latest;
  },
};

const requests: ReleasePart = {
  path: 'data/requests.csv',
  signature: ['breakdown_topic', 'requests_received_in_year'],
  series: [series.requests],
  read(table, out) {
    let latest: number | undefined;
    eachEesRow(table, ['breakdown_topic', 'requests_received_in_year'], out, (row) => {
      if (row.text('breakdown_topic') !== 'All requests for EHC needs assessments') return;
      const year = calendarYear(row, out);
      const received = row.figure('requests_received_in_year');
      if (year === undefined || !received) return;
      latest = Math.max(latest ?? year + 1, year + 1);
      out.add(series.requests, row.area, String(year), received, row.line, 'requests_received_in_year');
    });
    return latest;
  },
};

const timeliness: ReleasePart = {
  path: 'data/timeliness_20_week.csv',
  signature: ['breakdown_topic', 'plans_issued_den_ex', 'plans_issued_20_weeks_ex'],
  series: [series.issued, series.issuedWithin20Weeks],
  read(table, out) {
    let latest: number | undefined;
    eachEesRow(table, ['breakdown_topic', 'plans_issued_den_ex', 'plans_issued_20_weeks_ex'], out, (row) => {
      if (row.text('breakdown_topic') !== 'All EHC plans issued') return;
      const year = calendarYear(row, out);
      const issued = row.figure('plans_issued_den_ex');
      const within = row.figure('plans_issued_20_weeks_ex');
      if (year === undefined || !issued || !within) return;
      latest = Math.max(latest ?? year + 1, year + 1);
      out.add(series.issued, row.area, String(year), issued, row.line, 'plans_issued_den_ex');
      out.add(
        series.issuedWithin20Weeks,
        row.area,
        String(year),
        within,
        row.line,
        'plans_issued_20_weeks_ex',
      );
    });
    return latest;
  },
};

/** The CSVs of the 2025 (wide format) release that the product reads (the tribunal table is separate). */
export const wideFormatParts: readonly ReleasePart[] = [caseload, newPlans, requests, timeliness];
