// Every zip the product opens goes through here, under one set of limits.
export { checkZipLimits, unzipWithLimits, zipNames, type UnzipOptions } from './unzip';
export {
  defaultZipLimits,
  formatBytes,
  ZipLimitError,
  ZipReadError,
  type ZipLimitKind,
  type ZipLimits,
} from './zipLimits';
