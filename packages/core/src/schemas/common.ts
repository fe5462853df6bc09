import * as z from 'zod/mini';
import { problems } from '../validate.js';
import { declaredRules } from './declared-rules.js';

export const id = z.string().check(z.minLength(1), z.maxLength(200));
/**
 * An id that becomes a key of a preferences document (a category's or a channel's: the
 * document keeps `subscriptions[category][channel]`). zod, like JSON.parse for object
 * shapes, drops a record key named `__proto__`, so a choice for such an id could never
 * be saved: the catalog refuses it, naming it, instead of losing the customer's clicks.
 */
export const keyId = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^(?!__proto__$)/));
/** Any text an institution or customer wrote: rendered as text, never as HTML. */
export const text = z.string().check(z.maxLength(2000));
export const isoDateTime = z.iso.datetime({ offset: true });
export const hexColor = z.string().check(z.regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/));

/**
 * `list` with no two items sharing a value of `field`: lists whose items are keyed by id
 * (a repeated one would switch two things at once). Declared on the schema, so zod checks
 * it here and the compile step emits it as `uniqueBy`, which the compiled checker reads:
 * both name the second item, with the same message.
 */
export function uniqueBy<T extends z.ZodMiniArray>(list: T, field: string): T {
  const rule = z.superRefine<unknown[]>((items, context) => {
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      const value = (item as Record<string, unknown>)[field];
      if (seen.has(value)) {
        context.issues.push({
          code: 'custom',
          message: problems.duplicate(field, value),
          path: [index, field],
          input: value,
        });
      }
      seen.add(value);
    });
  });
  declaredRules.add(rule);
  return list.check(rule, z.meta({ uniqueBy: field }));
}

/** Every preferences document the customer edits carries these, for optimistic concurrency. */
export const versionFields = {
  version: z.number().check(z.int(), z.minimum(0)),
  updatedAt: isoDateTime,
};

export interface Versioned {
  version: number;
  updatedAt: string;
}

/** One entry of a change history, for any domain. */
export const changeRecordSchema = z.object({
  id,
  at: isoDateTime,
  /** Human-readable summary the adapter wrote, e.g. "SMS for Large transactions: on". */
  summary: text,
  /** Where the change came from, e.g. "web", "mobile app", "branch", "another tab". */
  source: z.optional(text),
  /** Machine-readable form of what changed, when the adapter keeps it. */
  patch: z.optional(z.unknown()),
});
export type ChangeRecord = z.infer<typeof changeRecordSchema>;
export const changeHistorySchema = z.array(changeRecordSchema);
