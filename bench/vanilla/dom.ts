/** A child of `h()`: a node, a text (always set as text, never parsed), or nothing. */
export type Child = Node | string | false | null | undefined;

/**
 * One element with its attributes and children: createElement, setAttribute and text
 * nodes, nothing else. Attributes whose value is `undefined` are left out.
 */
export function h(tag: string, attributes: Record<string, string | number | undefined> | null, ...children: Child[]) {
  const element = document.createElement(tag);
  if (attributes) {
    for (const name in attributes) {
      const value = attributes[name];
      if (value !== undefined) element.setAttribute(name, String(value));
    }
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * A sentence with isolated adapter text (core's `isolate`, FSI … PDI) as nodes: each
 * isolated run becomes a `<bdi>`, as core's `bidi()` does in Lit templates. Text stays text.
 */
export function bidi(text: string): Child[] {
  return text.split(/\u2068([^\u2069]*)\u2069/).map((piece, i) => (i % 2 ? h('bdi', null, piece) : piece));
}
