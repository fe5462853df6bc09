import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { bankSeed, createLocalAdapter, type LocalAdapter } from '@prefcenter/adapter-local';
import {
  resolveAccent,
  variantColors,
  type PrefsAdapter,
  type ThemePreferences,
  type ThemeVariant,
} from '@prefcenter/core';
import '@prefcenter/elements/define-all';
import type { ThemePicker } from '@prefcenter/elements';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/**
 * `<theme-picker>` on a stand-in host page. Each story applies the theme to its own
 * "page" box (the `target` property), so the Storybook toolbar's theme stays in charge
 * of the rest of the canvas. The adapter is `@prefcenter/adapter-local` in memory, with
 * latency and faults where a state needs them.
 */
interface Args {
  mode: 'auto' | 'manual';
  latency: number;
  scheme: ThemePreferences['scheme'];
  contrast: ThemePreferences['contrast'];
}

const meta: Meta<Args> = {
  title: 'Widgets/Theme picker',
  component: 'theme-picker',
  tags: ['autodocs'],
  args: { mode: 'auto', latency: 400, scheme: 'light', contrast: 'standard' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['auto', 'manual'], description: 'Auto-save, or Apply and Cancel' },
    latency: { control: { type: 'range', min: 0, max: 3000, step: 100 }, description: 'Simulated latency (ms)' },
    scheme: { control: 'inline-radio', options: ['light', 'dark', 'system'], description: 'Saved colour scheme' },
    contrast: { control: 'inline-radio', options: ['standard', 'more', 'system'], description: 'Saved contrast' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The customer chooses colour scheme, accent, text size, contrast, motion and density. The choice applies at once ' +
          'to the target (the page root unless `target` names another element) through the `--prefs-*` tokens, `color-scheme` ' +
          'and `data-prefs-*` attributes, is saved through the adapter, and is cached for `themeBootScript`, which applies ' +
          'it in `<head>` before first paint on the next visit.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

let count = 0;

function adapterFor(args: Partial<Args>, preferences: Partial<ThemePreferences> = {}): LocalAdapter {
  return createLocalAdapter({
    storage: 'memory',
    latency: args.latency ?? 400,
    seed: {
      ...bankSeed,
      theme: {
        ...bankSeed.theme,
        preferences: {
          ...bankSeed.theme.preferences,
          scheme: args.scheme ?? 'light',
          contrast: args.contrast ?? 'standard',
          ...preferences,
        },
      },
    },
  });
}

const pageStyles = html`<style>
  .tp-page {
    background: var(--prefs-color-bg);
    color: var(--prefs-color-text);
    font-family: var(--prefs-font-family);
    font-size: var(--prefs-font-size-m);
    padding: var(--prefs-space-l);
    border: 1px solid var(--prefs-color-border);
    border-radius: var(--prefs-radius-l);
    display: grid;
    gap: var(--prefs-space-l);
  }
  .tp-page header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--prefs-space-m);
    padding-block-end: var(--prefs-space-m);
    border-block-end: 1px solid var(--prefs-color-border);
  }
  .tp-page nav a {
    color: var(--prefs-color-accent);
    margin-inline-start: var(--prefs-space-m);
  }
  .tp-page .tp-cta {
    background: var(--prefs-color-accent);
    color: var(--prefs-color-on-accent);
    border: 0;
    border-radius: var(--prefs-radius-m);
    padding: var(--prefs-space-s) var(--prefs-space-l);
    font: inherit;
    justify-self: start;
    transition: transform var(--prefs-duration-m) var(--prefs-easing);
  }
  .tp-page .tp-cta:hover {
    transform: translateY(-2px);
  }
  .tp-page[data-prefs-density='compact'] .tp-note::after {
    content: ' (compact)';
  }
  .tp-table {
    border-collapse: collapse;
    font-size: var(--prefs-font-size-s);
  }
  .tp-table th,
  .tp-table td {
    border: 1px solid var(--prefs-color-border);
    padding: var(--prefs-space-xs) var(--prefs-space-s);
    text-align: start;
  }
  .tp-chip {
    display: inline-block;
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: middle;
    border-radius: 50%;
    border: 1px solid var(--prefs-color-border-strong);
    margin-inline-end: var(--prefs-space-xs);
  }
</style>`;

/** A box standing for the host's page: the picker's target, so everything in it follows the theme. */
function page(
  adapter: PrefsAdapter,
  options: { mode?: string; storageKey?: string; host?: boolean; preview?: TemplateResult } = {},
) {
  const id = `tp-page-${count++}`;
  return html`${pageStyles}
    <div class="tp-page" id=${id}>
      ${
        options.host
          ? html`<header>
                <strong>Northwind Bank</strong>
                <nav><a href="#accounts">Accounts</a><a href="#payments">Payments</a><a href="#help">Help</a></nav>
              </header>
              <p class="tp-note">
                This box is the host's page. Its own CSS reads <code>--prefs-*</code> and <code>data-prefs-*</code>, so
                it follows every choice.
              </p>
              <button class="tp-cta" type="button">Open an account</button>`
          : ''
      }
      <prefs-provider .adapter=${adapter}>
        <theme-picker target=${`#${id}`} mode=${options.mode ?? 'auto'} storage-key=${options.storageKey ?? ''}>
          ${options.preview ?? ''}
        </theme-picker>
      </prefs-provider>
    </div>`;
}

/** The picker in a story, once loaded. */
async function loaded(canvas: HTMLElement): Promise<ThemePicker> {
  const el = canvas.querySelector<ThemePicker>('theme-picker')!;
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('fieldset'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return el;
}

function pick(el: ThemePicker, group: string, value: string): void {
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)]
    .find((i) => i.value === value)!
    .click();
}

export const Ready: Story = {
  render: (args) => page(adapterFor(args), { mode: args.mode }),
};

export const Light: Story = { args: { scheme: 'light' }, render: (args) => page(adapterFor(args)) };
export const Dark: Story = { args: { scheme: 'dark' }, render: (args) => page(adapterFor(args)) };
export const FollowSystem: Story = {
  name: 'Follow the system',
  args: { scheme: 'system', contrast: 'system' },
  render: (args) => page(adapterFor(args)),
};
export const HighContrast: Story = {
  name: 'High contrast (light)',
  args: { scheme: 'light', contrast: 'more' },
  render: (args) => page(adapterFor(args)),
};
export const HighContrastDark: Story = {
  name: 'High contrast (dark)',
  args: { scheme: 'dark', contrast: 'more' },
  render: (args) => page(adapterFor(args)),
};

export const Loading: Story = {
  render: () => {
    const never = () => new Promise<never>(() => {});
    const adapter: PrefsAdapter = {
      getThemeCatalog: never,
      getThemePreferences: never,
      updateThemePreferences: never,
    };
    return page(adapter);
  },
};

/** The customer chose Dark; the adapter is slow to confirm, so the page shows it at once and says "Saving…". */
export const Saving: Story = {
  render: (args) => page(adapterFor(args)),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    (el.effectiveAdapter as LocalAdapter).setLatency(600_000);
    pick(el, 'scheme', 'dark');
  },
};

export const Saved: Story = {
  play: async ({ canvasElement }) => {
    pick(await loaded(canvasElement), 'scheme', 'dark');
  },
  render: (args) => page(adapterFor(args)),
};

/** The adapter refuses the change: the page rolls back to the previous theme, the error says so, Retry sends it again. */
export const SaveError: Story = {
  name: 'Error with Retry and rollback',
  render: (args) => page(adapterFor(args)),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    (el.effectiveAdapter as LocalAdapter).failNext(1, 'unavailable', { methods: ['updateThemePreferences'] });
    pick(el, 'scheme', 'dark');
  },
};

export const LoadError: Story = {
  name: 'Load error',
  render: (args) => {
    const adapter = adapterFor(args);
    adapter.failNext(1, 'network', { methods: ['getThemePreferences'] });
    return page(adapter);
  },
};

/** The palette is malformed: the error names the bad field, and the default theme is applied. */
export const MalformedPalette: Story = {
  render: (args) => {
    const adapter = adapterFor(args);
    const broken: PrefsAdapter = {
      ...adapter,
      getThemeCatalog: async () => ({ swatches: [{ id: 'gold', name: 'Gold', light: 'gold' }] }),
    };
    return page(broken);
  },
};

/** Manual mode: the preview shows the draft; the page changes on Apply (it does not preview the draft). */
export const ManualMode: Story = {
  args: { mode: 'manual' },
  render: (args) => page(adapterFor(args), { mode: 'manual' }),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    pick(el, 'scheme', 'dark');
    pick(el, 'accent', 'ember');
  },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  globals: { locale: 'ar' },
  render: (args) => page(adapterFor(args), { host: true }),
};

/** A host page around the picker; its own CSS reads the tokens and data attributes. Its choice is cached for the boot script. */
export const HostPage: Story = {
  name: 'Host page preview',
  render: (args) => page(adapterFor(args, { accent: 'evergreen' }), { host: true, storageKey: 'storybook-theme' }),
};

/**
 * The host's own UI in the preview, through the `preview` slot: its CSS reads the
 * `--prefs-*` tokens, which the preview sets to the choice being made (here in manual
 * mode, where the page keeps its theme until Apply).
 */
export const HostSample: Story = {
  name: "Host's own sample in the preview",
  render: (args) =>
    page(adapterFor(args), {
      mode: 'manual',
      preview: html`<div
        slot="preview"
        style="display:grid;gap:.5rem;padding:1rem;border-radius:.5rem;background:var(--prefs-color-surface);color:var(--prefs-color-text);font-size:var(--prefs-font-size-m)"
      >
        <strong>Current account ···4821</strong>
        <span style="color:var(--prefs-color-text-muted)">Available balance: €2,430.18</span>
        <span
          style="justify-self:start;padding:.25rem .75rem;border-radius:1rem;background:var(--prefs-color-accent);color:var(--prefs-color-on-accent)"
          >Transfer</span
        >
      </div>`,
    }),
};

const variants: { variant: ThemeVariant; label: string }[] = [
  { variant: 'light', label: 'Light' },
  { variant: 'dark', label: 'Dark' },
  { variant: 'light-more', label: 'High contrast light' },
  { variant: 'dark-more', label: 'High contrast dark' },
];

function contrastTable(): TemplateResult {
  return html`<table class="tp-table">
    <caption>
      Every swatch of the seed palette in every scheme. Swatches are never hidden: one below 4.5:1 against the
      background (7:1 in high contrast) is darkened or lightened just enough, and marked "adjusted for legibility" in
      the picker.
    </caption>
    <thead>
      <tr>
        <th scope="col">Swatch</th>
        ${variants.map((v) => html`<th scope="col">${v.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${bankSeed.theme.catalog.swatches.map(
        (swatch) =>
          html`<tr>
            <th scope="row">${swatch.name}</th>
            ${variants.map(({ variant }) => {
              const a = resolveAccent(swatch, variant);
              const bg = variantColors[variant]['color-bg']!;
              return html`<td
                style=${styleMap({ background: bg, color: variant.startsWith('dark') ? '#fff' : '#000' })}
              >
                <span class="tp-chip" style=${styleMap({ background: a.original })}></span>${a.original}
                ${a.originalRatio.toFixed(2)}:1
                ${
                  a.adjusted
                    ? html`<br /><span class="tp-chip" style=${styleMap({ background: a.color })}></span>
                        <strong>adjusted</strong> to ${a.color} ${a.ratio.toFixed(2)}:1`
                    : html`<br />kept`
                }
              </td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** How the picker treats swatches that are not legible on a scheme's background (here the seed's Northwind gold). */
export const ContrastHandling: Story = {
  name: 'Contrast handling',
  render: (args) => html`${page(adapterFor(args, { accent: 'northwind-gold' }), { host: true })} ${contrastTable()}`,
};
