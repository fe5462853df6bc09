import { html } from 'lit';

/**
 * Adapter text in a sentence of ours, isolated (FSI … PDI) so that its direction does not
 * spill over: an English name in an Arabic sentence keeps its full stop and its neighbours
 * in place. For aria-labels, announcements and lists; `bidi()` turns it into markup.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** A sentence as markup: each isolated run (one level deep) becomes a `<bdi>`. Text stays text, never HTML. */
export function bidi(text: string): unknown {
  const pieces = text.split(/\u2068([^\u2069]*)\u2069/);
  return pieces.length > 1 ? pieces.map((piece, i) => (i % 2 ? html`<bdi>${piece}</bdi>` : piece)) : text;
}
