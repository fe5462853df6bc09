import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  AdapterError,
  darkColors,
  highContrastDarkColors,
  highContrastLightColors,
  lightColors,
  readThemeCache,
  type PrefsChangeEvent,
  type PrefsThemeAppliedEvent,
} from '@prefcenter/core';
import '../../../packages/elements/src/theme-picker/define.js';
import type { ThemePicker } from '../../../packages/elements/src/theme-picker/index.js';
import { FakeThemeAdapter, Deferred, announced, initialDoc, palette, radio, ready, shadow, token } from './helpers.js';
import { waitUntil } from '../../shared/wait.js';

let keyCount = 0;

/** A picker applying to its own target element, with its own cache key, so tests do not share state. */
async function setup(adapter = new FakeThemeAdapter(), attrs: { mode?: string } = {}) {
  const key = `theme-test-${Date.now()}-${keyCount++}`;
  const wrapper = await fixture<HTMLDivElement>(
    html`<div class="target">
      <theme-picker .adapter=${adapter} storage-key=${key} mode=${attrs.mode ?? 'auto'}></theme-picker>
    </div>`,
  );
  const el = wrapper.querySelector('theme-picker')!;
  el.target = wrapper;
  await ready(el);
  return { el, adapter, target: wrapper, key };
}

const colour = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('<theme-picker>', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('theme-test-')) localStorage.removeItem(key);
  });

  it('shows a skeleton while loading, then the choices', async () => {
    const adapter = new FakeThemeAdapter();
    adapter.holdLoads = new Deferred<void>();
    const el = await fixture<ThemePicker>(html`<theme-picker .adapter=${adapter} storage-key=""></theme-picker>`);
    const skeleton = shadow(el).querySelector('[part="skeleton"]');
    expect(skeleton).to.exist;
    expect(skeleton!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    adapter.holdLoads.resolve();
    await ready(el);
    expect(shadow(el).querySelector('[part="skeleton"]')).to.equal(null);
    const legends = [...shadow(el).querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Colour scheme', 'Accent colour', 'High contrast', 'Motion', 'Density']);
    expect(radio(el, 'scheme', 'light').checked).to.equal(true);
    expect(radio(el, 'accent', 'harbour').checked).to.equal(true);
  });

  it('applies to the page root by default, and fires prefs-theme-applied on load', async () => {
    const root = document.documentElement;
    const adapter = new FakeThemeAdapter(initialDoc({ scheme: 'dark' }));
    const el = document.createElement('theme-picker');
    el.adapter = adapter;
    el.storageKey = '';
    const applied = oneEvent(el, 'prefs-theme-applied') as Promise<PrefsThemeAppliedEvent>;
    document.body.append(el);
    try {
      const event = await applied;
      expect(event.detail.target).to.equal(root);
      expect(event.detail.reason).to.equal('load');
      expect(event.detail.resolved.scheme).to.equal('dark');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(root.dataset['prefsScheme']).to.equal('dark');
      expect(getComputedStyle(root).colorScheme).to.equal('dark');
    } finally {
      el.remove();
      root.removeAttribute('style');
      for (const name of ['prefsScheme', 'prefsContrast', 'prefsMotion', 'prefsDensity']) delete root.dataset[name];
    }
  });

  it('applies a target named by a CSS selector', async () => {
    const adapter = new FakeThemeAdapter(initialDoc({ density: 'compact' }));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <section id="themed-region"></section>
        <theme-picker .adapter=${adapter} storage-key="" target="#themed-region"></theme-picker>
      </div>`,
    );
    await ready(wrapper.querySelector('theme-picker')!);
    const region = wrapper.querySelector<HTMLElement>('#themed-region')!;
    expect(region.dataset['prefsDensity']).to.equal('compact');
    expect(token(region, 'density')).to.equal('0.75');
  });

  it('warns once and applies nothing when the target selector matches nothing', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<ThemePicker>(
        html`<theme-picker .adapter=${new FakeThemeAdapter()} storage-key="" target="#nowhere"></theme-picker>`,
      );
      await ready(el);
      radio(el, 'scheme', 'dark').click();
      await el.updateComplete;
      el.target = '[[not a selector';
      await el.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('"#nowhere"');
    expect(document.documentElement.dataset['prefsScheme']).to.equal(undefined);
  });

  it('moves the theme when the host names another target', async () => {
    const { el, target } = await setup(new FakeThemeAdapter(initialDoc({ scheme: 'dark' })));
    const other = document.createElement('section');
    target.append(other);
    el.target = other;
    await el.updateComplete;
    expect(other.dataset['prefsScheme']).to.equal('dark');
    expect(token(other, 'color-bg')).to.equal(darkColors['color-bg']);
    expect(target.dataset['prefsScheme'], 'the old target is cleared').to.equal(undefined);
    expect(target.getAttribute('style') ?? '').not.to.contain('--prefs-');
  });

  it('leaves the page alone once removed, even when its save ends later, and repaints when put back', async () => {
    const adapter = new FakeThemeAdapter();
    adapter.holdSaves = true;
    const { el, target } = await setup(adapter);
    const parent = el.parentElement!;
    radio(el, 'scheme', 'dark').click();
    await el.updateComplete;
    expect(target.dataset['prefsScheme']).to.equal('dark');
    const save = await adapter.save(1);
    el.remove();
    // The host restyles its page meanwhile; the removed picker's late answer must not undo that.
    target.dataset['prefsScheme'] = 'host';
    save.confirm();
    await el.updateComplete;
    await el.updateComplete;
    expect(target.dataset['prefsScheme']).to.equal('host');
    parent.append(el);
    await el.updateComplete;
    expect(target.dataset['prefsScheme'], 'back on the page, it paints the confirmed choice').to.equal('dark');
  });

  describe('each choice changes the target', () => {
    it('colour scheme: tokens, color-scheme and data-prefs-scheme, and widgets inside follow', async () => {
      const { el, target, adapter } = await setup();
      expect(target.dataset['prefsScheme']).to.equal('light');
      expect(token(target, 'color-bg')).to.equal(lightColors['color-bg']);
      radio(el, 'scheme', 'dark').click();
      await el.updateComplete;
      expect(target.dataset['prefsScheme']).to.equal('dark');
      expect(token(target, 'color-bg')).to.equal(darkColors['color-bg']);
      expect(token(target, 'color-text')).to.equal(darkColors['color-text']);
      expect(token(target, 'color-scheme')).to.equal('dark');
      expect(getComputedStyle(target).colorScheme).to.equal('dark');
      // The picker is a widget inside the target: its own surface follows through --pc-* aliases.
      const surface = shadow(el).querySelector('[part="base"]')!;
      expect(getComputedStyle(surface).backgroundColor).to.equal(colour(darkColors['color-bg']!));
      await announced(el, 'Dark theme applied');
      const save = await adapter.save(1);
      expect(save.patch).to.deep.equal({ scheme: 'dark' });
      expect(save.meta.version).to.equal(1);
    });

    it('accent: the swatch colour and a readable colour on it', async () => {
      const { el, target } = await setup();
      expect(token(target, 'color-accent')).to.equal('#0b5cad');
      radio(el, 'accent', 'forest').click();
      await el.updateComplete;
      expect(token(target, 'color-accent')).to.equal('#1e6b34');
      expect(token(target, 'color-on-accent')).to.equal('#ffffff');
      await announced(el, 'Accent colour Forest applied');
      radio(el, 'scheme', 'dark').click();
      await el.updateComplete;
      expect(token(target, 'color-accent')).to.equal('#8fd7a0');
      expect(token(target, 'color-on-accent')).to.equal('#000000');
      const dot = radio(el, 'accent', 'forest').parentElement!.querySelector('[part="swatch"]')!;
      expect(getComputedStyle(dot).backgroundColor, 'the swatch shows its dark variant').to.equal(colour('#8fd7a0'));
    });

    it('text size: --prefs-text-scale, and the font sizes of widgets scale with it', async () => {
      const { el, target } = await setup();
      const base = shadow(el).querySelector('[part="base"]')!;
      const before = parseFloat(getComputedStyle(base).fontSize);
      const range = shadow(el).querySelector<HTMLInputElement>('input[type="range"]')!;
      range.value = '4';
      range.dispatchEvent(new Event('input', { bubbles: true }));
      range.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(token(target, 'text-scale')).to.equal('1.375');
      expect(parseFloat(getComputedStyle(base).fontSize)).to.be.closeTo(before * 1.375, 0.05);
      expect(range.getAttribute('aria-valuetext')).to.equal('137.5%');
      await announced(el, 'Text size 137.5% applied');
    });

    it('text size: follows a drag live, and commits once, on release', async () => {
      const { el, target, adapter, key } = await setup();
      const changes: PrefsChangeEvent[] = [];
      el.addEventListener('prefs-change', (e) => changes.push(e));
      const range = shadow(el).querySelector<HTMLInputElement>('input[type="range"]')!;
      const sample = shadow(el).querySelector<HTMLElement>('[part="sample"]')!;
      for (const [step, scale] of [
        ['2', '1.125'],
        ['3', '1.25'],
        ['4', '1.375'],
        ['3', '1.25'],
      ] as const) {
        range.value = step;
        range.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
        expect(token(target, 'text-scale'), 'the page follows the drag').to.equal(scale);
        expect(sample.style.getPropertyValue('--pc-font-size-m'), 'so does the preview').to.contain(`* ${scale}`);
      }
      expect(readThemeCache(key)?.sets.base?.['text-scale'], 'not cached while dragging').to.equal('1');
      expect(changes, 'no change while dragging').to.have.length(0);
      expect(adapter.saves, 'no save while dragging').to.have.length(0);
      range.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(changes.map((e) => e.detail.patch)).to.deep.equal([{ textScale: 1.25 }]);
      const save = await adapter.save(1);
      expect(save.patch).to.deep.equal({ textScale: 1.25 });
      await announced(el, 'Text size 125% applied');
      expect(adapter.saves).to.have.length(1);
      expect(token(target, 'text-scale')).to.equal('1.25');
      expect(range.value).to.equal('3');
      expect(readThemeCache(key)?.sets.base?.['text-scale'], 'cached once chosen').to.equal('1.25');
    });

    it('high contrast: the high-contrast colour set and data-prefs-contrast', async () => {
      const { el, target } = await setup();
      radio(el, 'contrast', 'more').click();
      await el.updateComplete;
      expect(target.dataset['prefsContrast']).to.equal('more');
      expect(token(target, 'color-border')).to.equal(highContrastLightColors['color-border']);
      radio(el, 'scheme', 'dark').click();
      await el.updateComplete;
      expect(token(target, 'color-bg')).to.equal(highContrastDarkColors['color-bg']);
      await announced(el, 'Dark theme applied');
    });

    it('announces every choice, the system ones included', async () => {
      const { el } = await setup(new FakeThemeAdapter(initialDoc({ scheme: 'light', contrast: 'standard' })));
      const said: Array<[string, string, string]> = [
        ['contrast', 'more', 'High contrast applied'],
        ['contrast', 'system', 'Contrast of the system applied'],
        ['density', 'compact', 'Compact density applied'],
        ['density', 'comfortable', 'Comfortable density applied'],
        ['motion', 'system', 'Motion setting of the system applied'],
        ['motion', 'full', 'Full motion applied'],
        ['scheme', 'system', 'Colour scheme of the system applied'],
      ];
      for (const [group, value, message] of said) {
        radio(el, group, value).click();
        await el.updateComplete;
        await announced(el, message);
      }
    });

    it('a text size stored between steps is shown as it is, on the nearest step', async () => {
      const { el, target } = await setup(new FakeThemeAdapter(initialDoc({ textScale: 1.1 })));
      const range = shadow(el).querySelector<HTMLInputElement>('input[type="range"]')!;
      expect(token(target, 'text-scale')).to.equal('1.1');
      expect(range.value).to.equal('2');
      expect(range.getAttribute('aria-valuetext')).to.equal('110%');
      expect(shadow(el).querySelector('output')!.textContent!.trim()).to.equal('110%');
    });

    it('motion: reduced durations and data-prefs-motion', async () => {
      const { el, target } = await setup();
      expect(token(target, 'duration-m')).to.equal('200ms');
      radio(el, 'motion', 'reduce').click();
      await el.updateComplete;
      expect(target.dataset['prefsMotion']).to.equal('reduce');
      expect(token(target, 'duration-fast')).to.equal('0ms');
      expect(token(target, 'duration-m')).to.equal('0ms');
      expect(token(target, 'duration-m-reduced')).to.equal('0ms');
      await announced(el, 'Reduced motion applied');
    });

    it('density: --prefs-density and data-prefs-density', async () => {
      const { el, target } = await setup();
      const before = parseFloat(getComputedStyle(shadow(el).querySelector('[part="reset-button"]')!).minHeight);
      radio(el, 'density', 'compact').click();
      await el.updateComplete;
      expect(target.dataset['prefsDensity']).to.equal('compact');
      expect(token(target, 'density')).to.equal('0.75');
      const after = parseFloat(getComputedStyle(shadow(el).querySelector('[part="reset-button"]')!).minHeight);
      expect(after).to.be.closeTo(before * 0.75, 0.5);
    });

    it('Reset to defaults restores the default choice and the palette default accent', async () => {
      const adapter = new FakeThemeAdapter(
        initialDoc({ scheme: 'dark', accent: 'forest', textScale: 1.5, contrast: 'more', motion: 'reduce' }),
      );
      const { el, target } = await setup(adapter);
      shadow(el).querySelector<HTMLButtonElement>('[part="reset-button"]')!.click();
      await el.updateComplete;
      expect(radio(el, 'scheme', 'system').checked).to.equal(true);
      expect(radio(el, 'accent', 'harbour').checked).to.equal(true);
      expect(target.dataset['prefsDensity']).to.equal('comfortable');
      expect(token(target, 'text-scale')).to.equal('1');
      await announced(el, 'Default theme applied');
      const save = await adapter.save(1);
      expect(save.patch).to.deep.equal({
        scheme: 'system',
        textScale: 1,
        contrast: 'system',
        motion: 'system',
        density: 'comfortable',
        accent: 'harbour',
      });
    });
  });

  it('adjusts a low-contrast swatch instead of hiding it, and says so', async () => {
    const { el, target } = await setup();
    const gold = radio(el, 'accent', 'gold').closest('label')!;
    expect(gold.textContent).to.contain('adjusted for legibility');
    radio(el, 'accent', 'gold').click();
    await el.updateComplete;
    const applied = token(target, 'color-accent');
    expect(applied).not.to.equal('#d4a017');
    // Gold on dark is legible as it is, so it is not marked there.
    radio(el, 'scheme', 'dark').click();
    await el.updateComplete;
    expect(token(target, 'color-accent')).to.equal('#d4a017');
    expect(radio(el, 'accent', 'gold').closest('label')!.textContent).not.to.contain('adjusted');
  });

  it('shows saving, then saved', async () => {
    const adapter = new FakeThemeAdapter();
    adapter.holdSaves = true;
    const { el } = await setup(adapter);
    radio(el, 'density', 'compact').click();
    const save = await adapter.save(1);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="save-status"]')!.textContent).to.contain('Saving…');
    await expect(el).to.be.accessible();
    save.confirm();
    await oneEvent(el, 'prefs-saved');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="save-status"]')!.textContent).to.contain('Saved');
  });

  it('rolls the page back when the adapter refuses, says so, and Retry sends the same change', async () => {
    const adapter = new FakeThemeAdapter();
    adapter.holdSaves = true;
    const { el, target, key } = await setup(adapter);
    const reasons: string[] = [];
    el.addEventListener('prefs-theme-applied', (e) => reasons.push(e.detail.reason));
    radio(el, 'scheme', 'dark').click();
    await el.updateComplete;
    expect(target.dataset['prefsScheme']).to.equal('dark');
    expect(readThemeCache(key)?.scheme).to.equal('dark');
    const first = await adapter.save(1);
    first.fail(new AdapterError('unavailable', 'down'));
    await oneEvent(el, 'prefs-error');
    await el.updateComplete;
    expect(target.dataset['prefsScheme']).to.equal('light');
    expect(token(target, 'color-bg')).to.equal(lightColors['color-bg']);
    expect(radio(el, 'scheme', 'light').checked).to.equal(true);
    expect(readThemeCache(key)?.scheme, 'the cache rolls back too').to.equal('light');
    expect(reasons).to.deep.equal(['change', 'rollback']);
    await announced(el, 'Your change was not saved and has been undone.');
    const error = shadow(el).querySelector('[part="save-error"]')!;
    expect(error.textContent).to.contain('not available');
    await expect(el).to.be.accessible();

    [...error.querySelectorAll('button')].find((b) => b.textContent!.includes('Retry'))!.click();
    const second = await adapter.save(2);
    expect(second.meta.idempotencyKey).to.equal(first.meta.idempotencyKey);
    await el.updateComplete;
    expect(target.dataset['prefsScheme']).to.equal('dark');
    second.confirm();
    await oneEvent(el, 'prefs-saved');
    expect(adapter.document.scheme).to.equal('dark');
  });

  it('holds a choice that collided with one made elsewhere, and keeps theirs or mine', async () => {
    const adapter = new FakeThemeAdapter();
    adapter.holdSaves = true;
    const { el } = await setup(adapter);
    radio(el, 'scheme', 'dark').click();
    await el.updateComplete;
    // Another device chose "system" meanwhile; this save meets the newer version.
    adapter.document = { ...adapter.document, scheme: 'system', version: 2 };
    (await adapter.save(1)).fail(new AdapterError('conflict', 'newer version'));
    await waitUntil(() => shadow(el).querySelector('[part="conflict"]'));
    const conflict = shadow(el).querySelector('[part="conflict"]')!;
    expect(conflict.textContent).to.contain('Someone changed these settings elsewhere.');
    expect(radio(el, 'scheme', 'system').checked, 'theirs is shown').to.equal(true);
    await expect(el).to.be.accessible();
    [...conflict.querySelectorAll('button')].find((b) => b.textContent!.includes('Use my changes'))!.click();
    const mine = await adapter.save(2);
    expect(mine.patch).to.deep.equal({ scheme: 'dark' });
    expect(mine.meta.version).to.equal(2);
  });

  it('reports a malformed palette clearly and applies the default theme', async () => {
    const adapter = new FakeThemeAdapter(initialDoc({ scheme: 'dark' }), {
      swatches: [{ id: 'bad', name: 'Bad', light: 'not-a-colour' }],
    });
    const key = `theme-test-malformed-${keyCount++}`;
    localStorage.setItem(key, JSON.stringify({ marker: 'kept' }));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('theme-picker');
    el.adapter = adapter;
    el.storageKey = key;
    el.target = wrapper;
    const applied = oneEvent(el, 'prefs-theme-applied') as Promise<PrefsThemeAppliedEvent>;
    wrapper.append(el);
    const event = await applied;
    expect(event.detail.reason).to.equal('default');
    expect(event.detail.choice.scheme).to.equal('system');
    await el.updateComplete;
    const error = shadow(el).querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('could not read');
    expect(error.textContent).to.contain('swatches[0].light');
    expect(shadow(el).querySelector('[part="default-note"]')!.textContent).to.contain('default theme');
    expect(token(wrapper, 'color-accent'), 'core default accent').to.be.oneOf([
      lightColors['color-accent'],
      darkColors['color-accent'],
      highContrastLightColors['color-accent'],
      highContrastDarkColors['color-accent'],
    ]);
    expect(wrapper.dataset['prefsDensity']).to.equal('comfortable');
    expect(localStorage.getItem(key), 'the cached choice is kept').to.contain('kept');
    await expect(el).to.be.accessible();
  });

  it('refuses a palette that repeats a swatch id, naming the repeat', async () => {
    const swatches = [...palette.swatches, { ...palette.swatches[2]!, id: 'harbour', name: 'Harbour again' }];
    const adapter = new FakeThemeAdapter(initialDoc(), { ...palette, swatches });
    const el = await fixture<ThemePicker>(html`<theme-picker .adapter=${adapter} storage-key=""></theme-picker>`);
    await waitUntil(() => shadow(el).querySelector('[part="error"]'), 'the repeat was not refused');
    const error = shadow(el).querySelector('[part="error"]')!;
    expect(error.textContent).to.contain('could not read');
    expect(error.textContent).to.contain('swatches[3].id');
    expect(shadow(el).querySelectorAll('input[name="accent"]').length, 'no half-drawn swatches').to.equal(0);
  });

  describe('manual mode', () => {
    it('previews the draft, keeps the page until Apply, and Cancel drops the draft', async () => {
      const adapter = new FakeThemeAdapter();
      const { el, target } = await setup(adapter, { mode: 'manual' });
      const sample = () => shadow(el).querySelector<HTMLElement>('[part="sample"]')!;
      radio(el, 'scheme', 'dark').click();
      await el.updateComplete;
      expect(sample().style.getPropertyValue('--pc-color-bg')).to.equal(darkColors['color-bg']);
      expect(target.dataset['prefsScheme'], 'the page keeps its theme').to.equal('light');
      expect(adapter.saves).to.have.length(0);
      await announced(el, 'Dark theme: shown in the preview. Choose Apply to use it.');
      const buttons = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="save-bar"] button')];
      expect(buttons().map((b) => b.textContent!.trim())).to.deep.equal(['Apply', 'Cancel']);
      await expect(el).to.be.accessible();

      buttons()[1]!.click();
      await el.updateComplete;
      expect(sample().style.getPropertyValue('--pc-color-bg')).to.equal(lightColors['color-bg']);
      expect(radio(el, 'scheme', 'light').checked).to.equal(true);

      radio(el, 'scheme', 'dark').click();
      await el.updateComplete;
      buttons()[0]!.click();
      await el.updateComplete;
      expect(target.dataset['prefsScheme']).to.equal('dark');
      const save = await adapter.save(1);
      expect(save.patch).to.deep.equal({ scheme: 'dark' });
    });

    it('a text size being dragged shows in the preview only, and becomes a draft on release', async () => {
      const adapter = new FakeThemeAdapter();
      const { el, target } = await setup(adapter, { mode: 'manual' });
      const changes: PrefsChangeEvent[] = [];
      el.addEventListener('prefs-change', (e) => changes.push(e));
      const range = shadow(el).querySelector<HTMLInputElement>('input[type="range"]')!;
      const sample = shadow(el).querySelector<HTMLElement>('[part="sample"]')!;
      range.value = '5';
      range.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(sample.style.getPropertyValue('--pc-font-size-m')).to.contain('* 1.5');
      expect(token(target, 'text-scale'), 'the page keeps its theme').to.equal('1');
      expect(changes).to.have.length(0);
      range.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(changes.map((e) => e.detail.patch)).to.deep.equal([{ textScale: 1.5 }]);
      expect(token(target, 'text-scale'), 'still only a draft').to.equal('1');
      expect(adapter.saves).to.have.length(0);
    });
  });

  it('renders swatch names as text', async () => {
    const adapter = new FakeThemeAdapter(initialDoc(), {
      swatches: [{ id: 'x', name: '<img src=x onerror=alert(1)>', light: '#0b5cad' }],
    });
    const { el } = await setup(adapter);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(radio(el, 'accent', 'x').closest('label')!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  describe('accessibility', () => {
    for (const [name, fields] of [
      ['light', { scheme: 'light' }],
      ['dark', { scheme: 'dark' }],
      ['high contrast', { contrast: 'more' }],
      ['high contrast dark', { scheme: 'dark', contrast: 'more' }],
    ] as const) {
      it(`passes axe in ${name}`, async () => {
        const { el } = await setup(new FakeThemeAdapter(initialDoc(fields)));
        await expect(el).to.be.accessible();
      });
    }

    for (const [name, fields, focus] of [
      ['light', { scheme: 'light' }, '#0b5cad'],
      ['dark', { scheme: 'dark' }, '#7db7ff'],
      ['high contrast', { contrast: 'more' }, highContrastLightColors['color-focus']!],
      ['high contrast dark', { scheme: 'dark', contrast: 'more' }, highContrastDarkColors['color-focus']!],
    ] as const) {
      it(`shows a visible focus ring in ${name}`, async () => {
        const { el } = await setup(new FakeThemeAdapter(initialDoc(fields)));
        const input = radio(el, 'density', 'compact');
        input.focus();
        const style = getComputedStyle(input);
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        expect(style.outlineColor).to.equal(colour(focus));
      });
    }

    it('the preview sample is hidden from assistive technology and out of the tab order', async () => {
      const { el } = await setup();
      const sample = shadow(el).querySelector<HTMLElement>('[part="sample"]')!;
      expect(sample.getAttribute('aria-hidden')).to.equal('true');
      expect(sample.inert).to.equal(true);
    });
  });

  it("shows the host's own sample in the preview slot, following the draft through the --prefs-* tokens", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <theme-picker .adapter=${new FakeThemeAdapter()} storage-key="" mode="manual">
          <p slot="preview" id="own" style="background: var(--prefs-color-bg); color: var(--prefs-color-text)">
            <button>Transfer</button>
          </p>
        </theme-picker>
      </div>`,
    );
    const el = wrapper.querySelector('theme-picker')!;
    el.target = wrapper;
    await ready(el);
    const own = wrapper.querySelector<HTMLElement>('#own')!;
    const ours = shadow(el).querySelector<HTMLElement>('.card')!;
    expect(ours.getClientRects().length, 'our sample gives way').to.equal(0);
    expect(own.assignedSlot?.name).to.equal('preview');
    radio(el, 'scheme', 'dark').click();
    await el.updateComplete;
    expect(getComputedStyle(own).backgroundColor).to.equal(colour(darkColors['color-bg']!));
    expect(getComputedStyle(own).color).to.equal(colour(darkColors['color-text']!));
    expect(wrapper.dataset['prefsScheme'], 'the page keeps its theme until Apply').to.equal('light');
    // Decorative, as our own sample: not in the tab order, not read out.
    own.querySelector('button')!.focus();
    expect(document.activeElement).not.to.equal(own.querySelector('button'));
    await expect(el).to.be.accessible();
  });

  it('writes the cache the boot script reads on every change', async () => {
    const { el, key } = await setup();
    expect(readThemeCache(key)?.scheme).to.equal('light');
    radio(el, 'motion', 'reduce').click();
    await el.updateComplete;
    const plan = readThemeCache(key)!;
    expect(plan.motion).to.equal('reduce');
    expect(plan.sets.reduce!['duration-m']).to.equal('0ms');
    expect(plan.accent).to.equal('harbour');
    expect(Object.keys(plan.sets)).to.have.members(['base', 'light', 'reduce']);
  });

  it('follows a save confirmed elsewhere (the adapter pushes a newer document)', async () => {
    const listeners = new Set<(doc: unknown) => void>();
    const adapter = Object.assign(new FakeThemeAdapter(), {
      subscribe: (_domain: string, listener: (doc: unknown) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    const { el, target } = await setup(adapter);
    const applied = oneEvent(el, 'prefs-theme-applied') as Promise<PrefsThemeAppliedEvent>;
    for (const l of listeners) l(initialDoc({ version: 5, scheme: 'dark' }));
    expect((await applied).detail.reason).to.equal('confirm');
    expect(target.dataset['prefsScheme']).to.equal('dark');
  });

  it('uses its palette default accent when the document names none', async () => {
    const doc = initialDoc();
    delete doc.accent;
    const { el, target } = await setup(new FakeThemeAdapter(doc, { ...palette, defaultAccent: 'forest' }));
    expect(radio(el, 'accent', 'forest').checked).to.equal(true);
    expect(token(target, 'color-accent')).to.equal('#1e6b34');
  });
});
