import { expect, fixture, html } from '@open-wc/testing';
import {
  bootTheme,
  colorSchemes,
  contrastModes,
  createThemeBootScript,
  darkColors,
  densities,
  motionModes,
  paintTheme,
  themeBootScript,
  themePlan,
  writeThemeCache,
  type ThemeChoice,
} from '@prefcenter/core';
import '../../../packages/elements/src/theme-picker/define.js';
import type { ThemePicker } from '../../../packages/elements/src/theme-picker/index.js';
import { FakeThemeAdapter, palette, radio, ready, shadow } from './helpers.js';

interface Probe {
  bodyParsed: boolean;
  scheme: string | undefined;
  contrast: string | undefined;
  density: string | undefined;
  bg: string;
  accent: string;
  textScale: string;
  colorScheme: string;
  backgroundOfRoot: string;
}

declare global {
  interface Window {
    __bootProbe?: (probe: Probe) => void;
    __targetProbe?: (probe: Record<string, string | undefined>) => void;
  }
}

const dark: ThemeChoice = {
  scheme: 'dark',
  contrast: 'standard',
  motion: 'full',
  density: 'comfortable',
  textScale: 1,
};

/**
 * A new document, as on the next visit: its `<head>` runs the boot script, and the very
 * next script, still in `<head>` and before `<body>` exists, reads what it did. Nothing
 * can have been painted yet, so what it sees is what the first paint shows.
 */
async function nextVisit(key: string): Promise<Probe> {
  const probed = new Promise<Probe>((resolve) => (window.__bootProbe = resolve));
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html><head>
<script>${createThemeBootScript(key)}</script>
<style>html { background: var(--prefs-color-bg, rgb(1, 2, 3)); }</style>
<script>
  var e = document.documentElement, cs = getComputedStyle(e);
  parent.__bootProbe({
    bodyParsed: document.body !== null,
    scheme: e.dataset.prefsScheme,
    contrast: e.dataset.prefsContrast,
    density: e.dataset.prefsDensity,
    bg: cs.getPropertyValue('--prefs-color-bg').trim(),
    accent: cs.getPropertyValue('--prefs-color-accent').trim(),
    textScale: cs.getPropertyValue('--prefs-text-scale').trim(),
    colorScheme: cs.colorScheme,
    backgroundOfRoot: cs.backgroundColor,
  });
</script>
</head><body><p>Host page</p></body></html>`;
  document.body.append(iframe);
  try {
    return await probed;
  } finally {
    iframe.remove();
    delete window.__bootProbe;
  }
}

let n = 0;
const newKey = () => `theme-boot-test-${Date.now()}-${n++}`;

describe('theme boot script', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('theme-boot-test-')) localStorage.removeItem(key);
  });

  it('after a reload, applies the last choice from the picker before first paint', async () => {
    const key = newKey();
    const adapter = new FakeThemeAdapter();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><theme-picker .adapter=${adapter} storage-key=${key}></theme-picker></div>`,
    );
    const el = wrapper.querySelector<ThemePicker>('theme-picker')!;
    el.target = wrapper;
    await ready(el);
    radio(el, 'scheme', 'dark').click();
    radio(el, 'accent', 'forest').click();
    radio(el, 'density', 'compact').click();
    const range = shadow(el).querySelector<HTMLInputElement>('input[type="range"]')!;
    range.value = '3';
    range.dispatchEvent(new Event('input'));
    range.dispatchEvent(new Event('change'));
    await el.updateComplete;
    wrapper.remove(); // the page is gone; only the cache remains

    const probe = await nextVisit(key);
    expect(probe.bodyParsed, 'the probe runs before <body>').to.equal(false);
    expect(probe.scheme).to.equal('dark');
    expect(probe.density).to.equal('compact');
    expect(probe.bg).to.equal(darkColors['color-bg']);
    expect(probe.accent).to.equal('#8fd7a0');
    expect(probe.textScale).to.equal('1.25');
    expect(probe.colorScheme).to.equal('dark');
    expect(probe.backgroundOfRoot, 'the host CSS already resolves the token').to.equal('rgb(20, 23, 27)');
  });

  it('with a target selector, paints that element as the parser makes it, and not the root', async () => {
    const key = newKey();
    writeThemeCache(themePlan({ ...dark, density: 'compact' }), key);
    const probed = new Promise<Record<string, string | undefined>>((resolve) => (window.__targetProbe = resolve));
    const iframe = document.createElement('iframe');
    // The probe runs right after the target's start tag, before anything of it can be rendered.
    iframe.srcdoc = `<!doctype html><html><head>
<script>${createThemeBootScript(key, '#settings')}</script>
</head><body><header>Bank</header><main id="settings"><script>
  var t = document.querySelector('#settings');
  parent.__targetProbe({
    scheme: t.dataset.prefsScheme,
    density: t.dataset.prefsDensity,
    bg: t.style.getPropertyValue('--prefs-color-bg'),
    root: document.documentElement.dataset.prefsScheme,
  });
</script></main></body></html>`;
    document.body.append(iframe);
    try {
      expect(await probed).to.deep.equal({
        scheme: 'dark',
        density: 'compact',
        bg: darkColors['color-bg'],
        root: undefined,
      });
    } finally {
      iframe.remove();
      delete window.__targetProbe;
    }
  });

  it('bootTheme does the same for a bundled head script, and ignores a selector that is not valid', async () => {
    const key = newKey();
    writeThemeCache(themePlan(dark), key);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // As from a <head> script: the page is still being parsed.
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      expect(bootTheme(key, '#boot-later'), 'not there yet').to.equal(undefined);
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
    expect(document.readyState).to.equal('complete');
    const later = document.createElement('section');
    later.id = 'boot-later';
    host.append(later);
    await Promise.resolve(); // the observer's callback
    expect(later.dataset['prefsScheme']).to.equal('dark');
    expect(document.documentElement.dataset['prefsScheme'], 'the root is left alone').to.equal(undefined);
    expect(bootTheme(key, '#boot-later')?.scheme, 'already there').to.equal('dark');
    expect(bootTheme(key, '[[not a selector')).to.equal(undefined);
    expect(() => new Function(createThemeBootScript(key, '[[not a selector'))()).not.to.throw();
  });

  it('does nothing without a cache, or with a foreign or broken one', async () => {
    const key = newKey();
    expect((await nextVisit(key)).scheme).to.equal(undefined);
    localStorage.setItem(key, '{not json');
    expect((await nextVisit(key)).scheme).to.equal(undefined);
    localStorage.setItem(key, JSON.stringify({ v: 2, scheme: 'dark' }));
    const probe = await nextVisit(key);
    expect(probe.scheme).to.equal(undefined);
    expect(probe.backgroundOfRoot).to.equal('rgb(1, 2, 3)');
  });

  it('paints exactly what applyTheme paints, for every choice', async () => {
    const key = newKey();
    const iframe = document.createElement('iframe');
    iframe.srcdoc = '<!doctype html><title>boot</title>';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(iframe);
    await loaded;
    const doc = iframe.contentDocument!;
    let compared = 0;
    for (const scheme of colorSchemes)
      for (const contrast of contrastModes)
        for (const motion of motionModes)
          for (const density of densities) {
            const choice: ThemeChoice = { scheme, contrast, motion, density, textScale: 1.125, accent: 'gold' };
            const plan = themePlan(choice, palette);
            writeThemeCache(plan, key);
            doc.documentElement.removeAttribute('style');
            const script = doc.createElement('script');
            script.textContent = createThemeBootScript(key);
            doc.head.append(script);
            script.remove();
            const expected = document.createElement('div');
            paintTheme(plan, expected);
            const booted = doc.documentElement;
            const label = JSON.stringify(choice);
            expect(booted.getAttribute('style'), label).to.equal(expected.getAttribute('style'));
            for (const name of ['prefsScheme', 'prefsContrast', 'prefsMotion', 'prefsDensity']) {
              expect(booted.dataset[name], `${name} ${label}`).to.equal(expected.dataset[name]);
            }
            compared++;
          }
    expect(compared).to.equal(54);
  });

  it('has a stable default text, safe to inline', () => {
    expect(themeBootScript).to.equal(createThemeBootScript('prefcenter-theme'));
    expect(themeBootScript).not.to.contain('</');
    expect(createThemeBootScript('</script><script>alert(1)//')).not.to.contain('</script>');
  });
});
