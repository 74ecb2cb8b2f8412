import {
  placementCategories,
  placementCategoryLabels,
  type PlacementCategory,
} from '../../core/benchmark/placementCategories';
import { readCsvTable, RowChecker, type ReadResult } from './csvTable';

// witan.send settings are a council's own codes, so which of the DfE's seven placement categories each
// one is in is an input: a CSV file with columns `setting` and `category` (docs/forecast.md). A category
// is written as its code (`specialMaintained`) or the DfE's heading ("Maintained special schools or
// special academies"), in any case.

const byName = new Map<string, PlacementCategory>();
for (const category of placementCategories) {
  byName.set(category.toLowerCase(), category);
  byName.set(placementCategoryLabels[category].toLowerCase(), category);
}

/** Reads a setting-to-category mapping; every row is checked (settings are checked against the model later). */
export function readSettingCategories(text: string): ReadResult<Record<string, PlacementCategory>> {
  const table = readCsvTable(text, ['setting', 'category']);
  if (!table.ok) return table;
  const check = new RowChecker(table.data.rowErrors);
  const mapping: Record<string, PlacementCategory> = {};
  const firstRowOf = new Map<string, number>();
  for (const row of table.data.rows) {
    const setting = check.name(row, 'setting');
    const text = row.cell('category');
    const category = byName.get(text.trim().toLowerCase());
    if (!category)
      check.fail(
        row,
        'category',
        `'${text}' is not a placement category (one of ${placementCategories.join(', ')})`,
      );
    if (setting === undefined || !category) continue;
    const first = firstRowOf.get(setting);
    if (first !== undefined) {
      check.fail(row, 'setting', `setting ${setting} already has a category in row ${first}`);
      continue;
    }
    firstRowOf.set(setting, row.row);
    mapping[setting] = category;
  }
  return check.result(mapping);
}
