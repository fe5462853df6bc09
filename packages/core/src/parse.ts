import * as z from 'zod/mini';
import { AdapterError, formatPath } from './errors.js';
import { formatNames } from './validate.js';

type Issue = z.core.$ZodIssue;

/**
 * zod/mini ships no message locale (that keeps it small), so we word the few issue
 * codes ourselves. These messages are for developers, in logs and in the error's
 * detail; the customer sees a translated sentence chosen from the error's kind.
 */
function describeIssue(issue: Issue | undefined): string {
  if (!issue) return 'invalid value';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `must be a valid ${formatNames[issue.format] ?? issue.format}`;
    case 'unrecognized_keys':
      return `unexpected keys ${issue.keys.join(', ')}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid value';
  }
}

/**
 * Checks what an adapter returned against the domain schema. A malformed answer
 * becomes an `invalid-response` error that names the first bad field, so the widget
 * can say what is wrong instead of crashing half-drawn.
 */
export function parseAdapterResponse<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  throw new AdapterError(
    'invalid-response',
    `Malformed ${what} from the adapter at ${formatPath(path)}: ${describeIssue(issue)}.`,
    { path, cause: result.error },
  );
}

/** The same check for what a host or customer sends in: a bad value is a `validation` error. */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) fields[formatPath(issue.path)] = describeIssue(issue);
  const first = result.error.issues[0];
  throw new AdapterError(
    'validation',
    `Invalid ${what} at ${formatPath(first?.path ?? [])}: ${describeIssue(first)}.`,
    { path: first?.path ?? [], fields, cause: result.error },
  );
}
