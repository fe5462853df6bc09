import { expect } from '@open-wc/testing';
import {
  notificationsDomain,
  paymentsDomain,
  privacyDomain,
  themeDomain,
  type NotificationCatalog,
  type NotificationPreferences,
  type Payments,
  type PrivacyCatalog,
  type PrivacyPreferences,
  type ThemeCatalog,
  type ThemePreferences,
  type Versioned,
} from '@prefcenter/core';
import type { PrefsElement } from '@prefcenter/core';
import { Deferred } from '../shared/deferred.js';
import { FakeBackend } from '../shared/fake-backend.js';
import { waitUntil } from '../shared/wait.js';

// A page rendered on Node (scripts/lib/ssr-pages-plugin.mjs serves /__ssr/<tag>), loaded in
// an iframe as a browser loads any page, then hydrated by loading the widgets into it: the
// server's nodes must be the nodes the customer then uses, where they were, and no
// skeleton may come back over a widget the server drew ready.

interface Data {
  theme: { document: ThemePreferences; catalog: ThemeCatalog };
  notifications: { document: NotificationPreferences; catalog: NotificationCatalog };
  privacy: { document: PrivacyPreferences; catalog: PrivacyCatalog };
  payments: { document: Payments };
}

const data = (await (await fetch('/test/ssr/data.json')).json()) as Data;

type Widget = PrefsElement<Versioned> & HTMLElement;

interface ServedPage {
  frame: HTMLIFrameElement;
  el: Widget;
  /** Every element of the server's shadow root, in document order. */
  nodes: () => Element[];
  /** Where each of `nodes()` is drawn, and the widget itself. */
  boxes: () => string[];
  /** Elements the page added to or removed from the shadow root since it was served. */
  added: Element[];
  removed: Element[];
}

/** The boxes that differ, as `before -> after`, so that a failure names what moved. */
const moved = (before: string[], after: string[]) =>
  before.length === after.length
    ? before.flatMap((box, i) => (box === after[i] ? [] : [`${box} -> ${after[i]}`]))
    : [`${before.length} boxes -> ${after.length}`];

/** Hydration kept the server's nodes, in order and where they were drawn, and added or removed none. */
function expectUntouched(page: ServedPage, before: Element[], boxes: string[]): void {
  expect(page.nodes()).to.have.ordered.members(before);
  expect(moved(boxes, page.boxes())).to.deep.equal([]);
  expect(page.added).to.deep.equal([]);
  expect(page.removed).to.deep.equal([]);
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/**
 * After the page's next rendering steps: rows with `content-visibility: auto` are laid out
 * at their placeholder size until a rendering step has found them on screen.
 */
function rendered(frame: HTMLIFrameElement): Promise<void> {
  const view = frame.contentWindow!;
  return new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(() => resolve())));
}

async function servePage(path: string): Promise<ServedPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1400px; border: 0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  await rendered(frame);
  const page = frame.contentDocument!;
  const el = page.body.firstElementChild as Widget;
  const root = el.shadowRoot;
  if (!root) throw new Error(`The page at ${path} has no declarative shadow root.`);
  const added: Element[] = [];
  const removed: Element[] = [];
  new MutationObserver((records) => {
    for (const record of records) {
      added.push(...[...record.addedNodes].filter((n): n is Element => n.nodeType === Node.ELEMENT_NODE));
      removed.push(...[...record.removedNodes].filter((n): n is Element => n.nodeType === Node.ELEMENT_NODE));
    }
  }).observe(root, { childList: true, subtree: true });
  const nodes = () => [...root.querySelectorAll('*')];
  const box = (node: Element) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return `${node.localName}.${node.className} ${x},${y} ${width}x${height}`;
  };
  return { frame, el, nodes, boxes: () => [box(el), ...nodes().map(box)], added, removed };
}

/** Loads Lit's hydration support and the widgets into the served page, as its own script would. */
async function hydrate({ frame, el }: ServedPage): Promise<void> {
  const page = frame.contentDocument!;
  const script = page.createElement('script');
  script.type = 'module';
  script.src = new URL('hydrate-entry.ts', import.meta.url).pathname;
  page.head.append(script);
  await waitUntil(() => frame.contentWindow!.customElements.get(el.localName), 'the widgets were not defined');
  await el.updateComplete;
  await rendered(frame);
}

const themeBackend = () => new FakeBackend(themeDomain, data.theme.catalog, structuredClone(data.theme.document));
const privacyBackend = () =>
  new FakeBackend(privacyDomain, data.privacy.catalog, structuredClone(data.privacy.document));
const paymentsBackend = () =>
  new FakeBackend<Payments, undefined>(paymentsDomain, undefined, structuredClone(data.payments.document));
const notificationsBackend = () =>
  // Without the optional actions: the server cannot know the adapter offers history or
  // verification, so their buttons would be added after hydration (a known limit, README).
  new FakeBackend(notificationsDomain, data.notifications.catalog, structuredClone(data.notifications.document), {
    actions: [],
  });

describe('server rendering: a page rendered on Node hydrates in the browser', () => {
  it('the ready theme picker keeps its nodes and boxes, never shows a skeleton, and then saves a choice', async () => {
    const page = await servePage('/__ssr/theme-picker?data=theme');
    const before = page.nodes();
    const boxes = page.boxes();
    const dark = page.el.shadowRoot!.querySelector<HTMLInputElement>('input[name=scheme][value=dark]')!;
    expect(before.length).to.be.greaterThan(20);
    expect(page.el.shadowRoot!.querySelector('[part=skeleton]')).to.equal(null);
    // Drawn by the server's markup alone: the chosen accent is checked, the others are not.
    const checked = [...page.el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=accent]')].filter(
      (input) => input.checked,
    );
    expect(checked.map((input) => input.value)).to.deep.equal(['forest']);

    const backend = themeBackend();
    page.el.adapter = backend.adapter;
    await hydrate(page);

    expect(page.added.filter((node) => node.matches('[part=skeleton], .skeleton'))).to.deep.equal([]);
    expectUntouched(page, before, boxes);
    // The adapter was asked again in the background, and agreed: nothing changed.
    await waitUntil(() => backend.loads >= 1, 'the server data was not read again');
    await page.el.updateComplete;
    expect(page.nodes()).to.have.ordered.members(before);

    dark.click();
    const save = await backend.save(1);
    expect(save.patch).to.deep.equal({ scheme: 'dark' });
    expect(save.meta.version).to.equal(data.theme.document.version);
    await waitUntil(() => page.frame.contentDocument!.documentElement.dataset['prefsScheme'] === 'dark');
  });

  it('the ready notification settings keep their nodes and boxes, and a switch saves through the adapter', async () => {
    const page = await servePage('/__ssr/notification-prefs?data=notifications');
    const before = page.nodes();
    const boxes = page.boxes();
    const push = page.el.shadowRoot!.querySelector<HTMLButtonElement>(
      'button[aria-label="\u2068Push\u2069 for \u2068Large transactions\u2069"]',
    )!;
    expect(push.getAttribute('aria-checked')).to.equal('false');

    const backend = notificationsBackend();
    page.el.adapter = backend.adapter;
    await hydrate(page);

    expectUntouched(page, before, boxes);

    push.click();
    const save = await backend.save(1);
    expect(save.patch).to.deep.equal({ subscriptions: { 'large-transaction': { push: true } } });
    expect(save.meta.version).to.equal(data.notifications.document.version);
    await waitUntil(() => push.getAttribute('aria-checked') === 'true');
  });

  it('the ready privacy settings keep their nodes and boxes, and a switch saves through the adapter', async () => {
    const page = await servePage('/__ssr/privacy-levels?data=privacy');
    const before = page.nodes();
    const boxes = page.boxes();
    const marketing = page.el.shadowRoot!.querySelector<HTMLInputElement>('[data-purpose="marketing"] input')!;
    expect(marketing.checked).to.equal(false);

    const backend = privacyBackend();
    page.el.adapter = backend.adapter;
    await hydrate(page);

    expectUntouched(page, before, boxes);

    marketing.click();
    const save = await backend.save(1);
    expect(save.patch).to.deep.equal({
      purposes: { marketing: true },
      sources: { marketing: 'widget' },
      preset: 'custom',
    });
    expect(save.meta.version).to.equal(data.privacy.document.version);
  });

  it('the ready payment methods keep their nodes and boxes, and making a default saves through the adapter', async () => {
    const page = await servePage('/__ssr/payment-methods?data=payments');
    const before = page.nodes();
    const boxes = page.boxes();
    const makeDefault = page.el.shadowRoot!.querySelector<HTMLButtonElement>(
      '[data-method="pm_mc"] [data-action="default-default"]',
    )!;
    expect(makeDefault).to.not.equal(null);

    const backend = paymentsBackend();
    page.el.adapter = backend.adapter;
    await hydrate(page);

    expectUntouched(page, before, boxes);

    makeDefault.click();
    const save = await backend.save(1);
    expect(save.patch).to.deep.equal({ defaultMethodId: 'pm_mc' });
    expect(save.meta.version).to.equal(data.payments.document.version);
  });

  for (const tag of ['theme-picker', 'notification-prefs', 'privacy-levels', 'payment-methods'] as const) {
    it(`the loading ${tag} keeps its skeleton nodes until the adapter answers, then draws the answer`, async () => {
      const page = await servePage(`/__ssr/${tag}`);
      const skeleton = page.el.shadowRoot!.querySelector('[part=skeleton]');
      expect(skeleton).to.not.equal(null);
      const before = page.nodes();
      const boxes = page.boxes();

      const backends = {
        'theme-picker': themeBackend,
        'notification-prefs': notificationsBackend,
        'privacy-levels': privacyBackend,
        'payment-methods': paymentsBackend,
      };
      const backend = backends[tag]();
      backend.holdLoads = new Deferred();
      page.el.adapter = backend.adapter as never;
      await hydrate(page);

      expect(page.nodes()).to.have.ordered.members(before);
      expect(moved(boxes, page.boxes())).to.deep.equal([]);
      expect(page.added).to.deep.equal([]);
      backend.holdLoads.resolve();
      await waitUntil(() => !page.el.shadowRoot!.querySelector('[part=skeleton]'), 'the skeleton stayed');
      expect(skeleton!.isConnected).to.equal(false);
      expect(page.el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    });
  }

  it('a widget hydrated before its adapter is set shows the server data, then works once the adapter comes', async () => {
    const page = await servePage('/__ssr/theme-picker?data=theme');
    await hydrate(page);
    // No adapter yet: once hydrated (not before: the first render must match the server's),
    // the widget says it is not set up, as any widget does.
    await waitUntil(() => page.el.shadowRoot!.querySelector('[part=error]'), 'no configuration error');
    expect(page.el.shadowRoot!.querySelector('[part=error] h2')!.textContent).to.equal('This widget is not set up');

    const backend = themeBackend();
    page.el.adapter = backend.adapter;
    await waitUntil(() => page.el.shadowRoot!.querySelector('input[name=scheme][value=dark]'));
    expect(page.el.shadowRoot!.querySelector('[part=skeleton]')).to.equal(null);
    page.el.shadowRoot!.querySelector<HTMLInputElement>('input[name=scheme][value=dark]')!.click();
    expect((await backend.save(1)).patch).to.deep.equal({ scheme: 'dark' });
  });
});
