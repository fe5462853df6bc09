import type { SourceMap } from 'magic-string';

/**
 * `code` (TypeScript or JavaScript) with the text of every css`...` and html`...` template
 * minified, and a source map from `code` to the result; `undefined` when nothing changed.
 */
export function minifyTemplateLiteralsWithMap(
  code: string,
  fileName?: string,
): { code: string; map: SourceMap } | undefined;
/** `code` with the text of every css`...` and html`...` template minified. */
export function minifyTemplateLiterals(code: string, fileName?: string): string;
