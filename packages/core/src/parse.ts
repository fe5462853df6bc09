import * as z from 'zod/mini';
import { AdapterError, formatPath } from './errors.js';
import { problems } from './validate.js';

type Issue = z.core.$ZodIssue;

/**
 * zod/mini ships no message locale (that keeps it small), so we word the issue codes
 * ourselves, with the compiled checker's sentences (`problems` in validate.ts): the two
 * paths say the same thing about the same value.
 */
function describeIssue(issue: Issue | undefined): string {
  if (!issue) return 'invalid value';
  switch (issue.code) {
    case 'invalid_type':
      return problems.type(issue.expected);
    case 'invalid_value':
      return problems.value(issue.values);
    case 'too_small':
      return problems.min(issue.minimum);
    case 'too_big':
      return problems.max(issue.maximum);
    case 'invalid_format':
      return problems.format(issue.format, 'pattern' in issue ? issue.pattern : undefined);
    case 'invalid_key':
      return problems.key(describeIssue(issue.issues[0]));
    case 'invalid_union':
      // A discriminated union names the values its field may take.
      if ('options' in issue && issue.options) return problems.value(issue.options);
      break;
    case 'unrecognized_keys':
      return `unexpected keys ${issue.keys.join(', ')}`;
  }
  return issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid value';
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
