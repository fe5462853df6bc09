import { expect, fixture, html } from '@open-wc/testing';
import { type RestAdapter } from '@prefcenter/adapter-rest';
import { newIdempotencyKey, textScales, type ThemeCatalog } from '@prefcenter/core';
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

/** Holds the customer's request budget spent on the reference server, or ends the hold. */
async function holdBudget(session: ServerSession, spent: boolean): Promise<void> {
  const response = await fetch(`${session.baseUrl}/dev/rate-limit`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ spent }),
  });
  if (response.status !== 204) throw new Error(`The server refused the hold: ${response.status}`);
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
    const before = await serverTheme(session);
    // The customer's request budget is held spent (the dev server's hook), as other tabs
    // asking all the time would keep it: spending it by sending requests raced its refill,
    // which a busy machine could lose for a minute.
    await holdBudget(session, true);
    // What the countdown said, recorded as it is drawn: it is gone once the Retry-After is
    // over (a second here), which a busy machine may reach before a check that polls.
    const countdown: string[] = [];
    const recorder = new MutationObserver(() => {
      const said = shadow(el).querySelector('[part="retry-after"]')?.textContent;
      if (said) countdown.push(said);
    });
    recorder.observe(shadow(el), { subtree: true, childList: true, characterData: true });
    const slider = () => shadow(el).querySelector<HTMLInputElement>('[part="text-size"]')!;
    const chosen = before.textScale === textScales[3] ? 4 : 3;
    slider().value = String(chosen);
    slider().dispatchEvent(new Event('change'));

    await waitUntil(() => shadow(el).querySelector('[part="save-error"]'), 'the save meets the rate limit');
    const error = shadow(el).querySelector('[part="save-error"]')!;
    expect(error.textContent).to.contain('Too many changes in a short time.');
    recorder.disconnect();
    expect(countdown.join(' ')).to.contain('You can try again in');
    expect(slider().value, 'the view is rolled back').to.not.equal(String(chosen));
    await expect(el).to.be.accessible();
    await holdBudget(session, false);
    expect(await serverTheme(session), 'the server does not have it').to.deep.equal(before);

    // Retry (which, pressed before the Retry-After is over, waits for it) sends the kept change.
    button(el, 'save-error', 'Retry').click();
    await waitUntil(() => !shadow(el).querySelector('[part="save-error"]'), 'the retry is sent');
    await waitUntil(
      () => shadow(el).querySelector('[part="save-status"]')?.textContent?.includes('Saved'),
      'the kept change is saved',
    );
    expect((await serverTheme(session)).textScale).to.equal(textScales[chosen]);
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
