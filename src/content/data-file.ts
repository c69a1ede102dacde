import { parse } from 'yaml';
import type { z } from 'zod';

/** One problem in a data file: where (a dotted field path) and what. */
export interface Issue {
  path: string;
  message: string;
}

/** A data file that does not match its schema. The message names the file and every failing field. */
export class DataFileError extends Error {
  readonly file: string;
  readonly issues: Issue[];

  constructor(file: string, issues: Issue[]) {
    super(`${file} is invalid:\n${issues.map((i) => `  - ${i.path || '(file)'}: ${i.message}`).join('\n')}`);
    this.name = 'DataFileError';
    this.file = file;
    this.issues = issues;
  }
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Parses YAML text and validates it against `schema`, then runs `crossCheck` for rules a schema
 * cannot state (references between fields). Throws a DataFileError naming `file` and each field.
 */
export function parseDataFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  crossCheck: (data: z.output<S>) => Issue[] = () => [],
): z.output<S> {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new DataFileError(file, [{ path: '', message: `not valid YAML: ${(error as Error).message}` }]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new DataFileError(
      file,
      result.error.issues.map((issue) => ({ path: dotted(issue.path), message: issue.message })),
    );
  }
  const issues = crossCheck(result.data);
  if (issues.length > 0) throw new DataFileError(file, issues);
  return result.data;
}
