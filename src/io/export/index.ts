// Writing files people download: one CSV writer and one XLSX cell writer, both making formula-looking
// text inert (docs/security.md, "Exports").
export { csvCell, toCsv, type CsvOptions, type CsvValue } from './csvWriter';
export { looksLikeFormula, neutraliseText, restoreNeutralised } from './neutralise';
export { neutraliseWorkbook, safeCellValue, workbookBytes } from './xlsxWriter';
