import { msg } from '@lit/localize';
import { fillPlaceholders, ownValue } from '../safe-record.js';

/**
 * The one way a visible sentence is said: `text(id, english, values)`. The id is stable
 * (`<widget>.…`, `core.…`), so translations survive rewording; the English is a plain
 * string whose `{name}` placeholders are filled from `values`, after translation and after
 * a host's override alike, so a translator, a host and the source all write `{name}`.
 *
 * `scripts/lib/text-messages.mjs` extracts these calls (of anything named `text` or
 * `translate`) for lit-localize, which needs literal ids and English: call them with literals.
 */
export type TextValues = Readonly<Record<string, string>>;
export type Text = (id: string, english: string, values?: TextValues) => string;

/**
 * lit-localize's run-time lookup. Wrapped, for two reasons: `msg` is a live binding that
 * `configureLocalization` replaces, so it must be read at each call; and lit-localize's
 * extractor recognises `msg()` by a brand on its type and would reject this call's variable
 * arguments, while our own extraction step reads the `text()` calls instead.
 */
const current = (): ((english: string, options: { id: string }) => string) => msg;
const lookup = (english: string, id: string): string => current()(english, { id });

/** Fills `{name}` placeholders in one pass: a value is never read for placeholders itself. */
function fill(sentence: string, values: TextValues | undefined): string {
  return values ? fillPlaceholders(sentence, values) : sentence;
}

/** The key a host overrides a sentence by: its id without the widget's (or core's) prefix. */
export function overrideKey(id: string): string {
  return id.slice(id.indexOf('.') + 1);
}

/**
 * Sentence `id` in the active locale (the English when untranslated), placeholders filled:
 * `text()` without a host's overrides, for what is said outside a widget. (Named apart from
 * `text`, which core already exports as the schema of a free text.)
 */
export const translate: Text = (id, english, values) => fill(lookup(english, id), values);

/**
 * Sentence `id` as a host words it in `overrides` (keyed by `overrideKey(id)`, own string
 * values only, so `__proto__` or `constructor` reads nothing inherited), else translated.
 */
export function textWithOverrides(
  overrides: Readonly<Record<string, unknown>> | undefined,
  id: string,
  english: string,
  values?: TextValues,
): string {
  const override = ownValue(overrides, overrideKey(id));
  return typeof override === 'string' ? fill(override, values) : translate(id, english, values);
}
