import { ContextRoot } from '@lit/context';

/** Set on `globalThis` once a root listens, by whichever copy of core came first. */
const rootAttached: unique symbol = Symbol.for('@prefcenter/context-root@1');

/**
 * A widget asks for its adapter once, when it connects. A `<prefs-provider>` registered
 * after the widgets (the CDN bundle loaded after the host's own copy, or the provider's
 * define imported last) would never hear that question, and the widget would say no
 * adapter was given. A context root on the page keeps unanswered questions and asks again
 * when a provider appears. One per page is enough, whichever copy of core attaches it.
 */
export function attachContextRoot(): void {
  const page = globalThis as { [rootAttached]?: true };
  if (page[rootAttached] || typeof document === 'undefined') return;
  page[rootAttached] = true;
  new ContextRoot().attach(document.documentElement);
}
