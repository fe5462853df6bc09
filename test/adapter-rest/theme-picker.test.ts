import { expect, fixture, html } from '@open-wc/testing';
import { type RestAdapter } from '@prefcenter/adapter-rest';
import { newIdempotencyKey, textScales, type AdapterError, type ThemeCatalog } from '@prefcenter/core';
import '../../packages/elements/src/theme-picker/define.js';
import type { ThemePicker } from '../../packages/elements/src/theme-picker/index.js';
import { announced, radio, ready, shadow } from '../elements/theme-picker/helpers.js';
import { waitUntil } from '../shared/wait.js';
import { newCustomer, onReferenceServer, type ServerSession } from './server.js';

const read = () => ({ signal: new AbortController().signal });
const change = (version: number) => ({
  version,
  idempotencyKey: newIdempotencyKey(),
  signal: new AbortController().signal,
});

/** The picker on its own target element, with no cache, so tests share neither the page's theme nor storage. */
async function mount(adapter: RestAdapter): Promise<{ el: ThemePicker; target: HTMLDivElement }> {
  const target = await fixture<HTMLDivElement>(html`<div><theme-picker storage-key=""></theme-picker></div>`);
  const el = target.querySelector('theme-picker')!;
  el.target = target;
  el.adapter = adapter;
  await ready(el);
  return { el, target };
}

const button = (el: ThemePicker, part: string, text: string) => {
  const found = [...shadow(el).querySelectorAll<HTMLButtonElement>(`[part="${part}"] button`)].find((b) =>
    b.textContent!.includes(text),
  );
  if (!found) throw new Error(`No button "${text}" in ${part}`);
  return found;
};

/** The answer of `call` once the customer's request budget allows it (a spent one refills within seconds). */
async function unlimited<T>(call: () => Promise<T>): Promise<T> {
  let answer: { value: T } | undefined;
  await waitUntil(async () => {
    try {
      answer = { value: await call() };
    } catch (error) {
      if ((error as AdapterError).kind !== 'rate-limited') throw error;
    }
    return answer;
  }, 'the request budget never refilled');
  return answer!.value;
}

/** <theme-picker> on adapter-rest, against the reference server on PGlite (or PostgreSQL in CI). */
describe('<theme-picker> on the reference server', () => {
  const open = onReferenceServer();

  const serverTheme = (session: ServerSession) => open(session).getThemePreferences(read());

  it("loads the server's palette and choice, saves a change, and shows it again after a reload", async () => {
    const session = await newCustomer();
    const { el, target } = await mount(open(session));
    await expect(el).to.be.accessible();
    // The bank's seed: six swatches, the system's scheme, Harbour blue.
    expect(shadow(el).querySelectorAll('input[name="accent"]')).to.have.length(6);
    expect(radio(el, 'scheme', 'system').checked).to.equal(true);
    expect(radio(el, 'accent', 'harbour-blue').checked).to.equal(true);
    const { version } = await serverTheme(session);

    radio(el, 'scheme', 'dark').click();
    radio(el, 'accent', 'plum').click();
    await waitUntil(
      () => shadow(el).querySelector('[part="save-status"]')?.textContent?.includes('Saved'),
      'the picker says the change is saved',
    );
    const saved = await serverTheme(session);
    expect(saved).to.include({ scheme: 'dark', accent: 'plum' });
    // The two quick choices went out as one batched save: one version on.
    expect(saved.version).to.equal(version + 1);
    expect(target.dataset['prefsScheme']).to.equal('dark');
    await expect(el).to.be.accessible();

    // A new page: a new element on a new adapter reads the saved choice from the server.
    target.remove();
    const again = await mount(open(session));
    expect(radio(again.el, 'scheme', 'dark').checked).to.equal(true);
    expect(radio(again.el, 'accent', 'plum').checked).to.equal(true);
    expect(again.target.dataset['prefsScheme']).to.equal('dark');
  });

  it('meets a change made on another device with a 412, shows the conflict, and loses nothing', async () => {
    const session = await newCustomer();
    // The picker's first save is held on a slow network until the other device has saved.
    let held = false;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const statuses: number[] = [];
    const slow: typeof fetch = async (input, init) => {
      if (init?.method !== 'PATCH') return fetch(input, init);
      if (!held) {
        held = true;
        await released;
      }
      const response = await fetch(input, init);
      statuses.push(response.status);
      return response;
    };
    const { el } = await mount(open(session, { fetch: slow }));
    radio(el, 'scheme', 'dark').click();
    await waitUntil(() => held, 'the picker sends its save');

    const device = open(session);
    const current = await device.getThemePreferences(read());
    await device.updateThemePreferences({ scheme: 'light', density: 'compact' }, change(current.version));
    release();

    await waitUntil(() => shadow(el).querySelector('[part="conflict"]'), 'the picker shows the conflict');
    expect(statuses[0], 'the held save met the newer version').to.equal(412);
    const conflict = shadow(el).querySelector('[part="conflict"]')!;
    expect(conflict.textContent).to.contain('Someone changed these settings elsewhere.');
    // Theirs is shown, the one that did not collide (density) as well as the one that did.
    expect(radio(el, 'scheme', 'light').checked).to.equal(true);
    expect(radio(el, 'density', 'compact').checked).to.equal(true);
    await expect(el).to.be.accessible();

    button(el, 'conflict', 'Use my changes').click();
    await waitUntil(async () => (await serverTheme(session)).scheme === 'dark', 'my change reaches the server');
    // Nothing lost: my scheme, and the other device's density.
    expect(await serverTheme(session)).to.include({ scheme: 'dark', density: 'compact' });
    expect(radio(el, 'scheme', 'dark').checked).to.equal(true);
    expect(radio(el, 'density', 'compact').checked).to.equal(true);
    expect(shadow(el).querySelector('[part="conflict"]')).to.equal(null);
  });

  it("shows the server's 422 with the field it refused, and changes nothing there", async () => {
    const session = await newCustomer();
    // The palette the page loaded still offers a colour the institution has since withdrawn.
    const stalePalette: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input instanceof Request ? input.url : input).endsWith('/theme/catalog')) return response;
      const catalog = (await response.json()) as ThemeCatalog;
      catalog.swatches.push({ id: 'sunset', name: 'Sunset', light: '#9c3d1f' });
      return new Response(JSON.stringify(catalog), {
        status: response.status,
        headers: { 'Content-Type': 'application/json' },
      });
    };
    const { el } = await mount(open(session, { fetch: stalePalette }));
    const before = await serverTheme(session);
    radio(el, 'accent', 'sunset').click();

    await announced(el, 'Your change was not saved and has been undone.');
    const error = shadow(el).querySelector('[part="save-error"]')!;
    expect(error.textContent).to.contain('Some of these values were not accepted.');
    const fields = [...error.querySelectorAll('[part="refused-fields"] li')].map((li) =>
      li.textContent!.replace(/[\u2068\u2069]/g, ''),
    );
    expect(fields).to.deep.equal(['accent: there is no colour "sunset" in the palette.']);
    expect(radio(el, 'accent', 'harbour-blue').checked, 'the view is rolled back').to.equal(true);
    expect(await serverTheme(session)).to.deep.equal(before);
    await expect(el).to.be.accessible();
  });

  it('keeps a change the server refused as rate-limited (429, Retry-After), and Retry saves it', async () => {
    const session = await newCustomer();
    const { el } = await mount(open(session));
    // Other tabs of this customer keep its request budget spent: each asks again as soon as
    // it is answered, so the picker's save finds no token (or, if it does, the next choice tries again).
    let hammering = true;
    let refusals = 0;
    const hammer = async () => {
      while (hammering) {
        const response = await fetch(`${session.baseUrl}/theme/catalog`, {
          headers: { Authorization: `Bearer ${session.token}` },
          cache: 'no-store',
        });
        if (response.status === 429) refusals++;
        await response.body?.cancel();
      }
    };
    const tabs = Array.from({ length: 4 }, hammer);
    // Text sizes other than the seed's 100%, each unlike the one before.
    const sizes = [2, 3, 4, 5];
    let chosen: number | undefined;
    const slider = () => shadow(el).querySelector<HTMLInputElement>('[part="text-size"]')!;
    try {
      await waitUntil(() => refusals > 0, 'the budget is spent');
      await waitUntil(() => {
        if (shadow(el).querySelector('[part="save-error"]')) return true;
        const saved = shadow(el).querySelector('[part="save-status"]')?.textContent?.includes('Saved');
        if (chosen === undefined || saved) {
          // The first choice, or the last one found a token: choose another text size.
          const index = sizes[(chosen === undefined ? 0 : sizes.indexOf(chosen) + 1) % sizes.length]!;
          chosen = index;
          slider().value = String(index);
          slider().dispatchEvent(new Event('change'));
        }
        return false;
      }, 'a save meets the rate limit');
    } finally {
      hammering = false;
      await Promise.all(tabs);
    }

    const error = shadow(el).querySelector('[part="save-error"]')!;
    expect(error.textContent).to.contain('Too many changes in a short time.');
    expect(shadow(el).querySelector('[part="retry-after"]')?.textContent).to.contain('You can try again in');
    await expect(el).to.be.accessible();
    const refused = textScales[chosen!]!;
    expect((await unlimited(() => serverTheme(session))).textScale, 'the server does not have it').to.not.equal(
      refused,
    );
    expect(slider().value, 'the view is rolled back').to.not.equal(String(chosen));

    // Retry (pressed early, it waits for the Retry-After) sends the kept change.
    button(el, 'save-error', 'Retry').click();
    await waitUntil(() => !shadow(el).querySelector('[part="save-error"]'), 'the retry is sent');
    await waitUntil(
      () => shadow(el).querySelector('[part="save-status"]')?.textContent?.includes('Saved'),
      'the kept change is saved',
    );
    expect((await unlimited(() => serverTheme(session))).textScale).to.equal(refused);
    expect(slider().value).to.equal(String(chosen));
  });

  it('shows a change made on another device, pushed by the event stream', async () => {
    const session = await newCustomer();
    const { el, target } = await mount(open(session));
    const device = open(session);
    let { version } = await device.getThemePreferences(read());
    // The stream may still be connecting when a change is made: it is made again (every half
    // second, within the rate limit) until the picker shows it.
    let sent = 0;
    await waitUntil(async () => {
      if (radio(el, 'motion', 'reduce').checked) return true;
      if (performance.now() - sent > 500) {
        sent = performance.now();
        version = (await device.updateThemePreferences({ motion: 'reduce' }, change(version))).version;
      }
      return false;
    }, 'the picker shows the change made elsewhere');
    expect(target.dataset['prefsMotion']).to.equal('reduce');
    await announced(el, 'Updated with changes made elsewhere.');
    await expect(el).to.be.accessible();
  });
});
