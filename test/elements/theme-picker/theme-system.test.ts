import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  createThemeBootScript,
  darkColors,
  highContrastLightColors,
  themePlan,
  writeThemeCache,
} from '@prefcenter/core';
import type { PrefsThemeAppliedEvent } from '@prefcenter/core';
import '../../../packages/elements/src/theme-picker/define.js';
import type { ThemePicker } from '../../../packages/elements/src/theme-picker/index.js';
import { FakeMedia, FakeThemeAdapter, initialDoc, radio, ready, shadow, token } from './helpers.js';
import { waitUntil } from '../../shared/wait.js';

/**
 * The runner can emulate `prefers-color-scheme` only where it drives the browser through
 * the Chrome DevTools Protocol (our Chromium). Firefox (WebDriver BiDi) and WebKit
 * (WebDriver classic) refuse, so there the same listener path is driven by a stand-in
 * `matchMedia` whose lists fire real `change` events. `prefers-contrast` and
 * `forced-colors` cannot be emulated by the runner in any browser, so those use the
 * stand-in everywhere.
 */
// Headless Chromium says "HeadlessChrome/", so no word boundary before "Chrome".
const isChromium = /Chrome\//.test(navigator.userAgent);

/**
 * Whether this browser emulates media features for real. In Chromium it must: the real
 * path is the one under test there, so a failing `emulateMedia` fails the test instead of
 * falling back to the stand-in. The other browsers are not asked, because asking fails
 * inside the runner's own process, which can end the whole run.
 */
async function emulatesMedia(): Promise<boolean> {
  if (!isChromium) return false;
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  expect(matchMedia('(prefers-color-scheme: light)').matches, 'Chromium emulates prefers-color-scheme').to.equal(true);
  return true;
}

async function picker(doc = initialDoc()) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <theme-picker .adapter=${new FakeThemeAdapter(doc)} storage-key=""></theme-picker>
    </div>`,
  );
  const el = wrapper.querySelector<ThemePicker>('theme-picker')!;
  el.target = wrapper;
  await ready(el);
  return { el, target: wrapper };
}

const nextApplied = (el: ThemePicker) => oneEvent(el, 'prefs-theme-applied') as Promise<PrefsThemeAppliedEvent>;

describe('theme follows the system', () => {
  let fake: FakeMedia | undefined;
  afterEach(() => {
    fake?.restore();
    fake = undefined;
  });

  it('applies a change of the OS colour scheme live while "system" is chosen', async () => {
    const emulated = await emulatesMedia();
    if (!emulated) fake = new FakeMedia().install();
    try {
      const { el, target } = await picker(initialDoc({ scheme: 'system' }));
      expect(target.dataset['prefsScheme']).to.equal('light');
      const applied = nextApplied(el);
      if (emulated) await emulateMedia({ colorScheme: 'dark' });
      else fake!.set('(prefers-color-scheme: dark)', true);
      const event = await applied;
      expect(event.detail.reason).to.equal('system');
      expect(event.detail.choice.scheme).to.equal('system');
      expect(event.detail.resolved.scheme).to.equal('dark');
      expect(target.dataset['prefsScheme']).to.equal('dark');
      expect(token(target, 'color-bg')).to.equal(darkColors['color-bg']);
      await el.updateComplete;
      const sample = shadow(el).querySelector<HTMLElement>('[part="sample"]')!;
      expect(sample.style.getPropertyValue('--pc-color-bg'), 'the preview follows too').to.equal(
        darkColors['color-bg'],
      );
    } finally {
      if (emulated) await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('ignores the OS scheme once the customer chose one', async () => {
    fake = new FakeMedia().install();
    const { el, target } = await picker(initialDoc({ scheme: 'system' }));
    radio(el, 'scheme', 'light').click();
    await el.updateComplete;
    let systemApplies = 0;
    el.addEventListener('prefs-theme-applied', (e) => e.detail.reason === 'system' && systemApplies++);
    fake.set('(prefers-color-scheme: dark)', true);
    await el.updateComplete;
    expect(systemApplies).to.equal(0);
    expect(target.dataset['prefsScheme']).to.equal('light');
  });

  it('follows the system contrast, with forced colours counted as more contrast, and reduced motion', async () => {
    fake = new FakeMedia().install();
    const { el, target } = await picker(initialDoc({ contrast: 'system', motion: 'system' }));
    expect(target.dataset['prefsContrast']).to.equal('standard');
    expect(target.dataset['prefsMotion']).to.equal('full');

    let applied = nextApplied(el);
    fake.set('(prefers-contrast: more)', true);
    await applied;
    expect(target.dataset['prefsContrast']).to.equal('more');
    expect(token(target, 'color-border')).to.equal(highContrastLightColors['color-border']);

    applied = nextApplied(el);
    fake.set('(prefers-contrast: more)', false);
    await applied;
    expect(target.dataset['prefsContrast']).to.equal('standard');

    applied = nextApplied(el);
    fake.set('(forced-colors: active)', true);
    await applied;
    expect(target.dataset['prefsContrast']).to.equal('more');

    applied = nextApplied(el);
    fake.set('(prefers-reduced-motion: reduce)', true);
    await applied;
    expect(target.dataset['prefsMotion']).to.equal('reduce');
    expect(token(target, 'duration-m')).to.equal('0ms');
  });

  // Only Chromium's protocol can emulate it, so this test exists there alone; the stand-in
  // path is covered in every browser above.
  if (isChromium) {
    it('follows a real change of prefers-reduced-motion', async () => {
      await emulatesMedia();
      try {
        const { el, target } = await picker(initialDoc({ motion: 'system' }));
        expect(target.dataset['prefsMotion']).to.equal('full');
        const applied = nextApplied(el);
        await emulateMedia({ reducedMotion: 'reduce' });
        expect((await applied).detail.resolved.motion).to.equal('reduce');
        expect(target.dataset['prefsMotion']).to.equal('reduce');
        expect(token(target, 'duration-m')).to.equal('0ms');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  }

  it('stops listening when removed', async () => {
    fake = new FakeMedia().install();
    const { el, target } = await picker(initialDoc({ scheme: 'system' }));
    el.remove();
    fake.set('(prefers-color-scheme: dark)', true);
    expect(target.dataset['prefsScheme']).to.equal('light');
  });

  it('the boot script follows a system change too, with no picker on the page', async () => {
    const key = `theme-system-test-${Date.now()}`;
    writeThemeCache(
      themePlan({ scheme: 'system', contrast: 'standard', motion: 'full', density: 'comfortable', textScale: 1 }),
      key,
    );
    const iframe = document.createElement('iframe');
    const installed = new Promise<FakeMedia>((resolve) => {
      (window as unknown as { __install: (w: Window) => void }).__install = (w) => resolve(new FakeMedia(w).install());
    });
    iframe.srcdoc = `<!doctype html><head><script>parent.__install(window)</script><script>${createThemeBootScript(key)}</script></head>`;
    document.body.append(iframe);
    try {
      const media = await installed;
      await waitUntil(
        () => iframe.contentDocument?.documentElement.dataset['prefsScheme'],
        'the boot script never ran',
      );
      const root = iframe.contentDocument!.documentElement;
      expect(root.dataset['prefsScheme']).to.equal('light');
      media.set('(prefers-color-scheme: dark)', true);
      expect(root.dataset['prefsScheme']).to.equal('dark');
      expect(root.style.getPropertyValue('--prefs-color-bg')).to.equal(darkColors['color-bg']);
    } finally {
      iframe.remove();
      localStorage.removeItem(key);
    }
  });
});
