import type { NotificationsAdapter } from '@prefcenter/core';
import '../packages/elements/src/notification-prefs/define.js';
import { NotificationPrefs } from '../packages/elements/src/notification-prefs/index.js';
import { VanillaPrefs } from './vanilla/baseline.js';

/** What the bench measures: our element, or the same markup written by hand. */
export type Kind = 'ours' | 'baseline';

/** A page mounted in the document, with its grid drawn. */
export interface Mounted {
  root: ShadowRoot;
  /** Clicks `button`; resolves once the DOM shows what the click changed. */
  click(button: HTMLElement): Promise<void>;
  remove(): void;
}

/** Resolves once `root` holds the grid: right after the mutation that adds it. */
export function whenGrid(root: ShadowRoot): Promise<void> {
  if (root.querySelector('[role="grid"]')) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!root.querySelector('[role="grid"]')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** The widget's own style sheets, adopted by the baseline's shadow root as well. */
function widgetSheets(): CSSStyleSheet[] {
  return NotificationPrefs.elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
}

/** Mounts `kind` on `adapter` in the body and resolves once its grid is in the DOM. */
export async function mount(kind: Kind, adapter: NotificationsAdapter): Promise<Mounted> {
  if (kind === 'ours') {
    const el = document.createElement('notification-prefs');
    el.adapter = adapter;
    document.body.append(el);
    const root = el.shadowRoot!;
    await whenGrid(root);
    return {
      root,
      click: async (button) => {
        button.click();
        await el.updateComplete;
      },
      remove: () => el.remove(),
    };
  }
  const page = new VanillaPrefs(adapter, widgetSheets());
  document.body.append(page.host);
  const drawn = whenGrid(page.root);
  await page.load();
  await drawn;
  return {
    root: page.root,
    // The click handler updates the DOM before it returns.
    click: async (button) => button.click(),
    remove: () => {
      page.disconnect();
      page.host.remove();
    },
  };
}
