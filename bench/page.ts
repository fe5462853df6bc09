/**
 * The benchmark page: `npm run bench` bundles it with production Lit and loads it in
 * Chromium. Each run mounts one <notification-prefs> on a generated catalog and reports
 * timings to the driver through `window.runBench`.
 */
import { generateNotificationSeed } from '@prefcenter/adapter-local';
import type { NotificationPreferences, PrefsAdapter } from '@prefcenter/core';
import '../packages/elements/src/notification-prefs/define.js';
import type { NotificationPrefs } from '../packages/elements/src/notification-prefs/index.js';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export interface BenchResult {
  firstRender: number;
  switchDom: number;
  switchFrame: number;
  switchAllRows: number;
  rowsDrawn: number;
}

/** An adapter that answers at once, so the timings are the widget's own. */
function instantAdapter(count: number): PrefsAdapter {
  const seed = generateNotificationSeed(count);
  let doc: NotificationPreferences = seed.preferences;
  return {
    getNotificationCatalog: async () => structuredClone(seed.catalog),
    getNotificationPreferences: async () => structuredClone(doc),
    updateNotificationPreferences: async (_patch, meta) => {
      doc = { ...doc, version: meta.version + 1 };
      return structuredClone(doc);
    },
  };
}

async function timeSwitch(el: NotificationPrefs, button: HTMLElement): Promise<{ dom: number; frame: number }> {
  const before = button.getAttribute('aria-checked');
  const start = performance.now();
  button.click();
  await el.updateComplete;
  const dom = performance.now() - start;
  if (button.getAttribute('aria-checked') === before) throw new Error('The cell did not change.');
  await frame();
  return { dom, frame: performance.now() - start };
}

async function runBench(count: number): Promise<BenchResult> {
  const adapter = instantAdapter(count);
  const el = document.createElement('notification-prefs') as NotificationPrefs;
  const start = performance.now();
  el.adapter = adapter;
  document.body.append(el);
  while (!el.shadowRoot?.querySelector('[role="grid"]')) await new Promise((r) => setTimeout(r, 0));
  await frame();
  const firstRender = performance.now() - start;

  const cells = [
    ...el.shadowRoot!.querySelectorAll<HTMLElement>(
      '[role="row"] [role="gridcell"] [role="checkbox"]:not([aria-disabled])',
    ),
  ];
  const cell = cells[Math.floor(cells.length / 2)]!;
  const one = await timeSwitch(el, cell);

  // The worst case: every row drawn (the customer scrolled to the end).
  const grid = el.shadowRoot!.querySelector('[role="grid"]')!;
  const rowCount = Number(grid.getAttribute('aria-rowcount'));
  (el as unknown as { limit: number }).limit = rowCount;
  await el.updateComplete;
  await frame();
  const rowsDrawn = grid.children.length;
  const last = [...grid.querySelectorAll<HTMLElement>('[role="gridcell"] [role="checkbox"]:not([aria-disabled])')].at(
    -1,
  )!;
  const all = await timeSwitch(el, last);
  el.remove();
  return { firstRender, switchDom: one.dom, switchFrame: one.frame, switchAllRows: all.dom, rowsDrawn };
}

/** Mounts a widget and leaves it, for the heap figure. */
async function mountForHeap(count: number): Promise<void> {
  const el = document.createElement('notification-prefs') as NotificationPrefs;
  el.adapter = instantAdapter(count);
  document.body.append(el);
  while (!el.shadowRoot?.querySelector('[role="grid"]')) await new Promise((r) => setTimeout(r, 0));
}

declare global {
  interface Window {
    runBench: typeof runBench;
    mountForHeap: typeof mountForHeap;
  }
}
window.runBench = runBench;
window.mountForHeap = mountForHeap;
