import { laByCode, laByName } from '../../core/benchmark/laLookup';
import { ENGLAND, type LocalAuthority } from '../../core/benchmark/localAuthorities';
import { series } from '../../core/benchmark/series';
import type { CsvTable } from './csvTable';
import { readCell } from './publishedNumber';
import type { ValueCollector } from './valueCollector';

// "SEND Tribunals and appeal rate 2014-2024.csv" (supporting file of the 2025 release): a spreadsheet
// saved as CSV, not an EES file. Title rows, a two-row header (year, then appeals / decisions / rate),
// region label rows, LA names with footnote numbers glued on ("Cumberland8", "Dorset6"), " - " for nil
// (its rate column shows 0.00%), ".." not available, "~" suppressed, thousands separators, an
// "England Total" row, and notes below. LAs are found by name for each year, because the table puts a
// reorganised LA's earlier years under its new code ("Dorset6, 838" from 2014) and has a wrong code for
// Northamptonshire (892, which is Nottingham); the name is what the figures belong to.

/** The path of the table inside the release zip. */
export const TRIBUNAL_TABLE_PATH = 'supporting-files/SEND Tribunals and appeal rate 2014-2024.csv';

/** The series the tribunal table is the source of. */
export const tribunalSeries = [series.tribunalAppeals, series.appealableDecisions];

/** Whether a table (read without a header row) looks like the tribunal appeal-rate table. */
export function isTribunalTable(table: CsvTable): boolean {
  return table.rows.slice(0, 10).some((r) => /appeal rate to the SEND Tribunal/i.test(r.cells[0] ?? ''));
}

const related = (a: LocalAuthority, b: LocalAuthority) =>
  a === b || (a.successors ?? []).includes(b.code) || (a.predecessors ?? []).includes(b.code);

/** Reads the table (parsed without a header row); returns the latest census year it speaks to. */
export function readTribunalTable(table: CsvTable, out: ValueCollector, notes: string[]): number | undefined {
  const headerAt = table.rows.findIndex((r) => (r.cells[0] ?? '').trim() === 'Local Authority');
  const header = table.rows[headerAt];
  const subheader = table.rows[headerAt + 1];
  if (!header || !subheader) {
    out.error(0, 'Local Authority', '', "no header row starting 'Local Authority' was found");
    return undefined;
  }
  const years: { year: number; column: number }[] = [];
  header.cells.forEach((cell, column) => {
    if (/^\d{4}$/.test(cell.trim()) && /^Appeals registered/i.test(subheader.cells[column] ?? '')) {
      years.push({ year: Number(cell.trim()), column });
    }
  });
  if (years.length === 0)
    out.error(header.line, '', '', 'no year columns with "Appeals registered" under them were found');
  let latest: number | undefined;
  for (const { line, cells } of table.rows.slice(headerAt + 2)) {
    const rawName = (cells[0] ?? '').trim();
    if (/^(sources|notes)/i.test(rawName)) break;
    if (rawName === '' || /^England total excluding/i.test(rawName)) continue;
    const code = (cells[1] ?? '').trim();
    const values = years.map(({ column }) => [cells[column], cells[column + 1]]);
    if (code === '' && values.every(([a, b]) => (a ?? '').trim() === '' && (b ?? '').trim() === '')) continue; // a region label
    const name = rawName.replace(/\d+(,\d+)*$/, '').trim();
    const england = /^England Total$/i.test(name);
    const byCode = code === '' ? undefined : laByCode(code);
    let codeNoted = false;
    for (const { year, column } of years) {
      const appeals = readCell(cells[column], { nilDash: true });
      const decisions = readCell(cells[column + 1], { nilDash: true });
      if ('error' in appeals) out.error(line, `${String(year)} appeals`, cells[column] ?? '', appeals.error);
      if ('error' in decisions)
        out.error(line, `${String(year)} appealable decisions`, cells[column + 1] ?? '', decisions.error);
      if ('error' in appeals || 'error' in decisions) continue;
      const given = [appeals.figure, decisions.figure].filter(
        (f) => f.value !== null || f.missing !== 'absent',
      );
      if (given.length === 0) continue;
      const la = england ? undefined : laByName(name, `${String(year)}-07-01`);
      // '..' in the years before an LA existed (Cumberland before 2023) is not a figure for anywhere.
      if (!england && !la && given.every((f) => f.missing === '..')) continue;
      if (!england && !la) {
        if (laByName(name, '2014-07-01') || laByName(name, '2099-01-01')) {
          notes.push(
            `Tribunal table: ${name} ${String(year)} has figures but ${name} did not exist in mid-${String(year)}; they are not attributed to any LA.`,
          );
        } else {
          out.error(line, 'Local Authority', rawName, 'is not a known LA name');
          break;
        }
        continue;
      }
      if (la && byCode && !related(la, byCode) && !codeNoted) {
        notes.push(
          `Tribunal table row ${String(line)}: LA code ${code} is ${byCode.name} but the row is ${name}; the name is used (an error in the published table).`,
        );
        codeNoted = true;
      }
      const area = england ? ENGLAND : (la as LocalAuthority).code;
      latest = Math.max(latest ?? year + 1, year + 1);
      if (appeals.figure.missing !== 'absent')
        out.add(series.tribunalAppeals, area, String(year), appeals.figure, line, `${String(year)} appeals`);
      if (decisions.figure.missing !== 'absent') {
        out.add(
          series.appealableDecisions,
          area,
          String(year),
          decisions.figure,
          line,
          `${String(year)} appealable decisions`,
        );
      }
    }
  }
  return latest;
}
