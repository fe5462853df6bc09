/** The first element in a widget's shadow root that matches `selector`, or null. */
export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);

/** Every element in a widget's shadow root that matches `selector`. */
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
