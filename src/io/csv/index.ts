// Reading CSV files: one decoder of their bytes and one parser of their records.
export {
  parseCsvRecords,
  type CsvOptions,
  type CsvProblem,
  type CsvRecord,
  type CsvRecords,
} from './csvRecords';
export { decodeText, type DecodedText } from './decodeText';
