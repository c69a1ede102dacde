import { DataFileError } from './data-file';

/** The DataFileError that `run` throws, for tests of bad data; any other error, or none, fails the test. */
export function dataFileErrorOf(run: () => unknown): DataFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected a DataFileError, but the data loaded');
}
