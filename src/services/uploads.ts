import { ZipLimitError, ZipReadError } from '../io/zip';
import { TooLargeError, ValidationError } from './errors';

// Files people upload or import are refused in one way: a file over a zip limit is "too large" (413), a
// file that is not a zip it claims to be is "not valid" (400); both say nothing was stored.

/** The ServiceError for a zip problem thrown by io/zip, or the error as it was. */
export function uploadError(error: unknown): unknown {
  if (error instanceof ZipLimitError)
    return new TooLargeError(`${error.message} Nothing was stored.`, 'file');
  if (error instanceof ZipReadError)
    return new ValidationError(`${error.message} Nothing was stored.`, 'file');
  return error;
}

/** Runs work that reads an uploaded file, turning zip problems into errors a person can act on. */
export async function readingUpload<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw uploadError(error);
  }
}
