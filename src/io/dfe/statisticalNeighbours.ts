import { laByName } from '../../core/benchmark/laLookup';
import type { LocalAuthority } from '../../core/benchmark/localAuthorities';
import type { CsvTable } from './csvTable';
import type { NationalDataset, NeighbourList } from './nationalDataset';
import type { ReadResult } from './readResult';

// statistical-neighbours.csv: the header row is LA names, and each column lists that LA's neighbours
// nearest first (join on name; "Bristol, City of" is quoted because of its comma). The file is for
// today's LAs (Cumberland, North Northamptonshire), so a name is matched to the LA that exists now, or
// failing that the most recent LA of that name. The edition is 'current': a new file replaces it.

const NOW = '9999-12-31';

function laNamed(name: string): LocalAuthority | undefined {
  return (
    laByName(name, NOW) ??
    laByName(name, '2023-01-01') ??
    laByName(name, '2020-01-01') ??
    laByName(name, '2018-01-01')
  );
}

/** Whether a CSV's header looks like the statistical neighbours table (LA names across). */
export function isStatisticalNeighbours(table: CsvTable): boolean {
  const names = table.header.filter((h) => h !== '');
  return names.length >= 2 && names.filter((h) => laNamed(h) !== undefined).length >= names.length * 0.9;
}

/** Reads the neighbours of every LA in the header. */
export function readStatisticalNeighbours(table: CsvTable): ReadResult<NationalDataset> {
  const errors: { file: string; row: number; column: string; value: string; message: string }[] = [];
  const lists: NeighbourList[] = [];
  table.header.forEach((name, column) => {
    if (name === '') return;
    const la = laNamed(name);
    if (!la)
      return errors.push({
        file: table.file,
        row: 1,
        column: name,
        value: name,
        message: 'is not a known LA name',
      });
    const neighbours: string[] = [];
    for (const { line, cells } of table.rows) {
      const neighbourName = (cells[column] ?? '').trim();
      if (neighbourName === '') continue;
      const neighbour = laNamed(neighbourName);
      if (!neighbour)
        errors.push({
          file: table.file,
          row: line,
          column: name,
          value: neighbourName,
          message: 'is not a known LA name',
        });
      else if (neighbour === la)
        errors.push({
          file: table.file,
          row: line,
          column: name,
          value: neighbourName,
          message: 'is the LA itself',
        });
      else if (neighbours.includes(neighbour.code))
        errors.push({
          file: table.file,
          row: line,
          column: name,
          value: neighbourName,
          message: 'is listed twice',
        });
      else neighbours.push(neighbour.code);
    }
    if (lists.some((l) => l.la === la.code))
      errors.push({
        file: table.file,
        row: 1,
        column: name,
        value: name,
        message: 'appears twice in the header',
      });
    lists.push({ la: la.code, neighbours });
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    data: {
      publication: 'statistical-neighbours',
      edition: 'current',
      series: [],
      values: [],
      neighbours: lists,
      sources: [{ file: table.file, rows: table.rows.length }],
      notes: [`Statistical neighbours of ${String(lists.length)} LAs.`],
    },
  };
}
