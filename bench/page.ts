/**
 * The benchmark page: `npm run bench` bundles it with production Lit and loads it in
 * Chromium, one fresh page per measurement. It mounts either <notification-prefs> or the
 * same markup written by hand (bench/vanilla) on a generated catalog, and reports to the
 * driver through `window.bench`.
 */
import type { NotificationsAdapter } from '@prefcenter/core';
import { notificationsDomain } from '../packages/core/src/domains/notifications/definition.js';
import { instantAdapter } from './adapter.js';
import { countNodes, diffLines, normalise, type NodeCounts } from './dom-diff.js';
import { drawAllRows, frame, gridOf, switchToClick, timeSwitch } from './steps.js';
import { mount, type Kind, type Mounted } from './subjects.js';

export interface Timings {
  firstRender: number;
  switchDom: number;
  switchFrame: number;
  rowsDrawn: number;
  switchAllDom: number;
  switchAllFrame: number;
  switchAllAgainDom: number;
}

/**
 * How many switches after the first are timed on the same page, each on a cell still off
 * (switching on never asks for a confirmation): the first click of a page runs code the
 * engine has not compiled yet, these show a customer's later clicks.
 */
const again = 9;

/**
 * Longer than both pages wait to save a change (300 ms; ours restarts its wait on each
 * change and sends them together): each later click comes after the last one was saved,
 * as a customer's do, and not into one batch that ours merges and redraws row by row.
 */
const saved = () => new Promise<void>((resolve) => setTimeout(resolve, 400)).then(frame);

/** The median of `again` more switches on `page`, each on the `which` cell among those off, each after the last was saved. */
async function switchAgain(page: Mounted, which: 'middle' | 'last'): Promise<number> {
  const doms: number[] = [];
  for (let i = 0; i < again; i++) {
    await saved();
    doms.push((await timeSwitch(page, switchToClick(page.root, which))).dom);
  }
  return doms.sort((a, b) => a - b)[Math.floor(doms.length / 2)]!;
}

/** First render, a switch, then every row drawn and a switch at the end, and more switches there. */
async function timings(kind: Kind, count: number): Promise<Timings> {
  const adapter = instantAdapter(count);
  const start = performance.now();
  const page = await mount(kind, adapter);
  await frame();
  const firstRender = performance.now() - start;
  const one = await timeSwitch(page, switchToClick(page.root, 'middle'));
  const rowsDrawn = await drawAllRows(page.root);
  await frame();
  const all = await timeSwitch(page, switchToClick(page.root, 'last'));
  const switchAllAgainDom = await switchAgain(page, 'last');
  page.remove();
  return {
    firstRender,
    switchDom: one.dom,
    switchFrame: one.frame,
    rowsDrawn,
    switchAllDom: all.dom,
    switchAllFrame: all.frame,
    switchAllAgainDom,
  };
}

/** A page of its own: a first switch, not timed, then the median of `again` more in the first rows. */
async function switchAgainTime(kind: Kind, count: number): Promise<number> {
  const page = await mount(kind, instantAdapter(count));
  await frame();
  await timeSwitch(page, switchToClick(page.root, 'middle'));
  const median = await switchAgain(page, 'middle');
  page.remove();
  return median;
}

/**
 * What our first render spends checking the adapter's answers (catalog and preferences),
 * timed apart in a fresh page on the same data with the widget's own parsers, run once and
 * cold as at a first render. The hand-written page checks nothing; the driver prints our
 * first render with and without this beside the baseline's.
 */
async function checkTime(count: number): Promise<number> {
  const adapter = instantAdapter(count);
  const { signal } = new AbortController();
  const [catalog, document] = await Promise.all([
    adapter.getNotificationCatalog({ signal }),
    adapter.getNotificationPreferences({ signal }),
  ]);
  const { parseCatalog, parseDocument } = notificationsDomain.parsers;
  const start = performance.now();
  parseCatalog!(catalog);
  parseDocument(document);
  return performance.now() - start;
}

let heldAdapter: NotificationsAdapter | undefined;
let heldPage: Mounted | undefined;

/**
 * One page kept across the driver's calls, for what the driver measures between steps
 * (the heap after a collection, a CPU profile): the data first, then the page, then all rows.
 */
const held = {
  prepare(count: number): void {
    heldAdapter = instantAdapter(count);
  },
  async mount(kind: Kind): Promise<void> {
    heldPage = await mount(kind, heldAdapter!);
    await frame();
  },
  async drawAll(): Promise<void> {
    await drawAllRows(heldPage!.root);
    await frame();
  },
  switchOne(which: 'middle' | 'last'): Promise<{ dom: number; frame: number }> {
    return timeSwitch(heldPage!, switchToClick(heldPage!.root, which));
  },
};

export interface Comparison {
  /** One readable report per step at which the two DOMs differ; empty when they match. */
  diffs: string[];
  counts: Record<Kind, { first: NodeCounts; all: NodeCounts }>;
}

/**
 * Mounts each page in turn and takes its DOM at three steps: first render (the whole
 * shadow root), after a switch (the grid, and the dock below it with the Undo confirmation;
 * the save state beside them follows timers), and with every row drawn (the grid).
 */
async function compare(count: number): Promise<Comparison> {
  const snapshots = new Map<Kind, string[][]>();
  const counts = new Map<Kind, { first: NodeCounts; all: NodeCounts }>();
  for (const kind of ['ours', 'baseline'] as const) {
    const page = await mount(kind, instantAdapter(count));
    await frame();
    const first = normalise(page.root);
    const firstCounts = countNodes(page.root);
    await page.click(switchToClick(page.root, 'middle'));
    const switched = [gridOf(page.root), page.root.querySelector('.dock')].flatMap((node) =>
      node ? normalise(node) : ['(missing)'],
    );
    await drawAllRows(page.root);
    await frame();
    const all = normalise(gridOf(page.root));
    counts.set(kind, { first: firstCounts, all: countNodes(page.root) });
    snapshots.set(kind, [first, switched, all]);
    page.remove();
  }
  const steps = ['first render', 'after a switch', 'all rows drawn'];
  const ours = snapshots.get('ours')!;
  const baseline = snapshots.get('baseline')!;
  const diffs = steps.flatMap((step, i) => {
    const diff = diffLines(ours[i]!, baseline[i]!);
    return diff ? [`${count} categories, ${step}:\n${diff}`] : [];
  });
  return { diffs, counts: { ours: counts.get('ours')!, baseline: counts.get('baseline')! } };
}

const bench = { timings, switchAgainTime, checkTime, held, compare };

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
