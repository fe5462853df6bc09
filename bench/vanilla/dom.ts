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
