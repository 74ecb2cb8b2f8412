import { bladeFilesFromPath, bladeFilesFromZip } from '../../io/sen2/bladeSource';
import { ValidationError } from '../errors';

// The nine Blade files from what a person gives: a zip (the web upload), or a folder or zip on disk (the
// command line). Zips go through the capped reader; a refused zip is a 400 that says why.

/** The CSV files of an uploaded zip, by name. */
export function bladeFilesOfZip(bytes: Uint8Array): Map<string, string> {
  const read = bladeFilesFromZip(bytes);
  if (!read.ok) throw new ValidationError(read.message);
  return read.files;
}

/** The CSV files of a folder or zip on disk, by name. */
export function bladeFilesOfPath(location: string): Map<string, string> {
  const read = bladeFilesFromPath(location);
  if (!read.ok) throw new ValidationError(read.message);
  return read.files;
}
