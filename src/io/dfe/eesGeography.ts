import { laByCode, regionOf } from '../../core/benchmark/laLookup';
import { ENGLAND } from '../../core/benchmark/localAuthorities';
import { columnIndex, type CsvTable } from './csvTable';
import type { RowError } from './readResult';

// Every explore-education-statistics CSV starts with the same geography columns. The 2022 release puts
// old_la_code before new_la_code and the 2025 release the other way round, so columns are found by name.

export const geographyColumns = [
  'time_period',
  'geographic_level',
  'region_code',
  'old_la_code',
  'new_la_code',
  'la_name',
] as const;
type GeographyColumn = (typeof geographyColumns)[number];

/** Reads the area of EES rows: England, a region (E12 code) or an LA (its three-digit number). */
export class EesGeography {
  private constructor(
    private readonly table: CsvTable,
    private readonly index: Record<GeographyColumn, number>,
  ) {}

  /** The geography reader for a table, or the error naming the missing columns. */
  static of(table: CsvTable): EesGeography | RowError {
    const found = columnIndex(table, geographyColumns);
    return 'error' in found ? found.error : new EesGeography(table, found.index);
  }

  cell(cells: readonly string[], column: GeographyColumn): string {
    return (cells[this.index[column]] ?? '').trim();
  }

  /**
   * The area code of a row, or an error message. An LA is checked both ways: its three-digit number
   * and its nine-character code must name the same LA (former ONS codes count: the releases still use
   * E10000002 for Buckinghamshire in some years).
   */
  area(cells: readonly string[]): { area: string } | { column: string; value: string; message: string } {
    const level = this.cell(cells, 'geographic_level');
    if (level === 'National') return { area: ENGLAND };
    if (level === 'Regional') {
      const code = this.cell(cells, 'region_code');
      const region = regionOf(code);
      return region
        ? { area: region.code }
        : {
            column: 'region_code',
            value: code,
            message: 'is not an English region code (E12000001-E12000009)',
          };
    }
    if (level !== 'Local authority') {
      return {
        column: 'geographic_level',
        value: level,
        message: "is not one of 'National', 'Regional', 'Local authority'",
      };
    }
    const old = this.cell(cells, 'old_la_code');
    const la = laByCode(old);
    if (!la || !/^\d{3}$/.test(old)) {
      return {
        column: 'old_la_code',
        value: old,
        message: `is not a known three-digit LA number (${this.cell(cells, 'la_name')}); if the DfE has created a new LA, add it to src/core/benchmark/localAuthorities.ts`,
      };
    }
    const newCode = this.cell(cells, 'new_la_code');
    const byNew = newCode === '' ? la : laByCode(newCode);
    if (byNew !== la) {
      return {
        column: 'new_la_code',
        value: newCode,
        message: `does not match LA ${old} (${la.name})${byNew ? `: it is ${byNew.name}` : ''}`,
      };
    }
    return { area: la.code };
  }
}

/**
 * The January census year of an EES time period: the 2022 release writes January 2019 as '2019'
 * ("Calendar year"), the 2025 release as the academic year '201819'. Undefined when neither.
 */
export function censusYearOf(timePeriod: string): number | undefined {
  const text = timePeriod.trim();
  if (/^\d{4}$/.test(text)) return Number(text);
  const academic = /^(\d{4})(\d{2})$/.exec(text);
  if (!academic) return undefined;
  const start = Number(academic[1]);
  return (start + 1) % 100 === Number(academic[2]) ? start + 1 : undefined;
}

/** A calendar year time period ('2021'), or undefined. */
export function calendarYearOf(timePeriod: string): number | undefined {
  const text = timePeriod.trim();
  return /^\d{4}$/.test(text) ? Number(text) : undefined;
}
