import { bladeFilesFromPath, bladeFilesFromZip } from '../../io/sen2/bladeSource';
import { z } from 'zod';
import { ValidationError } from '../errors';
import { labelled } from '../fieldLabels';
import { parseInput } from '../validation';

// The nine Blade files from what a person gives: a zip (the web upload), or a folder or zip on disk (the
// command line). Zips go through the capped reader; a refused zip is a 400 that says why.

/** The CSV files of an uploaded zip, by name. */
export function bladeFilesOfZip(bytes: Uint8Array): Map<string, string> {
  const read = bladeFilesFromZip(bytes);
  if (!read.ok) throw new ValidationError(read.message);
  return read.files;
}

const exportFilesInput = z
  .object({
    files: labelled(z.record(z.string(), labelled(z.string(), 'a Blade file')), 'the Blade files'),
  })
  .strict();

/** The CSV files a browser sends as JSON (`{"files": {NAME: TEXT}}`: the files the person chose), by name. */
export function bladeFilesOfJson(body: unknown): Map<string, string> {
  return new Map(Object.entries(parseInput(exportFilesInput, body).files));
}

/** The CSV files of a folder or zip on disk, by name. */
export function bladeFilesOfPath(location: string): Map<string, string> {
  const read = bladeFilesFromPath(location);
  if (!read.ok) throw new ValidationError(read.message);
  return read.files;
}
