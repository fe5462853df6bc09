/** A source map as `minify-literals` returns it (magic-string's), with the original source inside. */
export interface TemplateSourceMap {
  version: number;
  file?: string;
  sources: string[];
  sourcesContent: string[];
  names: string[];
  mappings: string;
}

/**
 * `code` (TypeScript or JavaScript) with the text of its templates minified and a source
 * map from `code` to the result; `undefined` when nothing changed.
 */
export function minifyTemplates(
  code: string,
  fileName: string,
): Promise<{ code: string; map: TemplateSourceMap } | undefined>;
