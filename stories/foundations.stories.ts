/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  allLocales,
  darkColors,
  declarations,
  highContrastDarkColors,
  highContrastLightColors,
  lightColors,
  localeDirection,
  sharedTokens,
  type TokenSet,
} from '@prefcenter/core';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
// Core's checked-in translations: the English source and every locale's target, by id.
import arXliff from '../packages/core/xliff/ar.xlf?raw';
import deXliff from '../packages/core/xliff/de.xlf?raw';
import esXliff from '../packages/core/xliff/es.xlf?raw';
import frXliff from '../packages/core/xliff/fr.xlf?raw';
import jaXliff from '../packages/core/xliff/ja.xlf?raw';

/**
 * The system tokens (`--prefs-*`) every widget and host page shares, in each theme,
 * and core's strings in each locale. The values come from core itself, so this page
 * cannot drift from what the widgets use.
 */
const meta: Meta = {
  title: 'Foundations',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

const themes: { name: string; colors: TokenSet; scheme: 'light' | 'dark' }[] = [
  { name: 'Light', colors: lightColors, scheme: 'light' },
  { name: 'Dark', colors: darkColors, scheme: 'dark' },
  { name: 'High contrast (light)', colors: highContrastLightColors, scheme: 'light' },
  { name: 'High contrast (dark)', colors: highContrastDarkColors, scheme: 'dark' },
];

/** Inline custom properties that pin one theme's tokens on a panel, whatever the toolbar says. */
function themeStyle(colors: TokenSet, scheme: string): string {
  return `${declarations({ ...sharedTokens, ...colors })}color-scheme:${scheme};`;
}

const pageStyles = html`<style>
  .fnd {
    font-family: var(--prefs-font-family);
    line-height: var(--prefs-line-height);
    padding: var(--prefs-space-xl);
    display: grid;
    gap: var(--prefs-space-xl);
  }
  .fnd h2,
  .fnd h3 {
    margin: 0;
  }
  .fnd-themes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: var(--prefs-space-l);
  }
  .fnd-theme {
    background: var(--prefs-color-bg);
    color: var(--prefs-color-text);
    border: 1px solid var(--prefs-color-border);
    border-radius: var(--prefs-radius-l);
    padding: var(--prefs-space-l);
    display: grid;
    gap: var(--prefs-space-m);
    align-content: start;
  }
  .fnd-swatches {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--prefs-space-xs);
  }
  .fnd-swatch {
    display: grid;
    grid-template-columns: 2rem 1fr auto;
    gap: var(--prefs-space-s);
    align-items: center;
    font-size: var(--prefs-font-size-s);
  }
  .fnd-chip {
    inline-size: 2rem;
    block-size: 1.5rem;
    border-radius: var(--prefs-radius-s);
    border: 1px solid var(--prefs-color-border-strong);
  }
  .fnd code {
    font-family: ui-monospace, monospace;
    font-size: var(--prefs-font-size-s);
  }
  .fnd-muted {
    color: var(--prefs-color-text-muted);
  }
  .fnd-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--prefs-space-m);
    align-items: end;
  }
  .fnd-bar {
    background: var(--prefs-color-accent);
    block-size: 0.75rem;
    border-radius: var(--prefs-radius-s);
  }
  .fnd-radius {
    inline-size: 4rem;
    block-size: 3rem;
    border: 2px solid var(--prefs-color-border-strong);
    background: var(--prefs-color-surface);
  }
  .fnd-button {
    font: inherit;
    min-block-size: var(--prefs-control-size);
    padding-inline: var(--prefs-space-l);
    border-radius: var(--prefs-radius-m);
    border: 1px solid var(--prefs-color-accent);
    background: var(--prefs-color-accent);
    color: var(--prefs-color-on-accent);
  }
  .fnd-button.fnd-focused,
  .fnd-button:focus-visible {
    outline: var(--prefs-focus-ring-width) solid var(--prefs-color-focus);
    outline-offset: var(--prefs-focus-ring-offset);
  }
  .fnd-motion {
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    background: var(--prefs-color-accent);
    animation: fnd-slide var(--prefs-duration-m) var(--prefs-easing) infinite alternate;
  }
  @keyframes fnd-slide {
    to {
      transform: translateX(3rem);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .fnd-motion {
      animation: none;
    }
  }
  .fnd table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .fnd th,
  .fnd td {
    text-align: start;
    vertical-align: top;
    padding: var(--prefs-space-s);
    border-block-end: 1px solid var(--prefs-color-border);
  }
</style>`;

const colorNames = Object.keys(lightColors);
const sizeNames = ['font-size-s', 'font-size-m', 'font-size-l', 'font-size-xl'];
const spaceNames = ['space-xs', 'space-s', 'space-m', 'space-l', 'space-xl'];
const radiusNames = ['radius-s', 'radius-m', 'radius-l'];

function themePanel(theme: (typeof themes)[number]): TemplateResult {
  return html`<section class="fnd-theme" style=${themeStyle(theme.colors, theme.scheme)} aria-label=${theme.name}>
    <h3>${theme.name}</h3>
    <ul class="fnd-swatches">
      ${colorNames.map(
        (name) =>
          html`<li class="fnd-swatch">
            <span class="fnd-chip" style=${styleMap({ background: `var(--prefs-${name})` })}></span>
            <code>--prefs-${name}</code>
            <code class="fnd-muted">${theme.colors[name]}</code>
          </li>`,
      )}
    </ul>
    <p style="margin:0">
      Body text on the background, <span class="fnd-muted">muted text</span>,
      <span style="color:var(--prefs-color-accent)">accent</span>,
      <span style="color:var(--prefs-color-danger)">danger</span>,
      <span style="color:var(--prefs-color-success)">success</span>,
      <span style="color:var(--prefs-color-warning)">warning</span>.
    </p>
    <div class="fnd-row">
      <button class="fnd-button">Save</button>
      <button class="fnd-button fnd-focused">Focused</button>
    </div>
  </section>`;
}

export const Tokens: Story = {
  render: () =>
    html`${pageStyles}
      <div class="fnd">
        <header>
          <h2>System tokens</h2>
          <p class="fnd-muted">
            Every colour token in each theme, side by side. Hosts set <code>--prefs-*</code> on any ancestor (or link
            <code>@prefcenter/core/tokens.css</code> and set <code>data-prefs-scheme</code> /
            <code>data-prefs-contrast</code> on <code>&lt;html&gt;</code>); widgets fall back to these values.
          </p>
        </header>
        <div class="fnd-themes">${themes.map(themePanel)}</div>

        <section aria-labelledby="fnd-type">
          <h3 id="fnd-type">Type scale</h3>
          <p class="fnd-muted">Sizes scale with <code>--prefs-text-scale</code> (the theme picker's text size).</p>
          ${sizeNames.map(
            (name) =>
              html`<p style=${styleMap({ fontSize: `var(--prefs-${name})`, margin: '0' })}>
                <code>--prefs-${name}</code> · ${sharedTokens[name]} · Your statement is ready
              </p>`,
          )}
          <p style="margin:0;font-weight:var(--prefs-font-weight-strong)">
            <code>--prefs-font-weight-strong</code> · ${sharedTokens['font-weight-strong']}
          </p>
        </section>

        <section aria-labelledby="fnd-space">
          <h3 id="fnd-space">Spacing</h3>
          <p class="fnd-muted">Spacing scales with <code>--prefs-density</code> (compact is 0.75).</p>
          ${spaceNames.map(
            (name) =>
              html`<div class="fnd-row" style="align-items:center">
                <code style="min-inline-size:10rem">--prefs-${name}</code>
                <div class="fnd-bar" style=${styleMap({ inlineSize: `var(--prefs-${name})` })}></div>
                <code class="fnd-muted">${sharedTokens[name]}</code>
              </div>`,
          )}
          <p style="margin:0"><code>--prefs-control-size</code> · ${sharedTokens['control-size']}</p>
        </section>

        <section aria-labelledby="fnd-radius">
          <h3 id="fnd-radius">Radius</h3>
          <div class="fnd-row">
            ${radiusNames.map(
              (name) =>
                html`<div>
                  <div class="fnd-radius" style=${styleMap({ borderRadius: `var(--prefs-${name})` })}></div>
                  <code>--prefs-${name}</code> <code class="fnd-muted">${sharedTokens[name]}</code>
                </div>`,
            )}
          </div>
        </section>

        <section aria-labelledby="fnd-focus">
          <h3 id="fnd-focus">Focus ring</h3>
          <p class="fnd-muted">
            <code>--prefs-focus-ring-width</code> ${sharedTokens['focus-ring-width']} in
            <code>--prefs-color-focus</code>, offset <code>--prefs-focus-ring-offset</code>
            ${sharedTokens['focus-ring-offset']}. Tab to the button to see it live.
          </p>
          <div class="fnd-row">
            <button class="fnd-button fnd-focused">Always shown</button>
            <button class="fnd-button">Tab to me</button>
          </div>
        </section>

        <section aria-labelledby="fnd-motion">
          <h3 id="fnd-motion">Motion</h3>
          <p class="fnd-muted">
            <code>--prefs-duration-fast</code> ${sharedTokens['duration-fast']},
            <code>--prefs-duration-m</code> ${sharedTokens['duration-m']},
            <code>--prefs-easing</code> ${sharedTokens['easing']}. Both durations become 0ms when the customer (or the
            operating system) asks for reduced motion.
          </p>
          <div class="fnd-motion" role="img" aria-label="A dot moving with --prefs-duration-m"></div>
        </section>
      </div>`,
};

interface Unit {
  source: string;
  targets: Partial<Record<string, string>>;
}

/** Reads `<trans-unit>`s; placeholders show as their `equiv-text` (e.g. `{reason}`). */
function readXliff(locale: string, text: string, into: Map<string, Unit>): void {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const plain = (el: Element | null): string =>
    el
      ? Array.from(el.childNodes, (n) =>
          n.nodeType === Node.ELEMENT_NODE ? ((n as Element).getAttribute('equiv-text') ?? '') : (n.textContent ?? ''),
        ).join('')
      : '';
  for (const unit of Array.from(doc.querySelectorAll('trans-unit'))) {
    const id = unit.getAttribute('id')!;
    const entry = into.get(id) ?? { source: plain(unit.querySelector('source')), targets: {} };
    entry.targets[locale] = plain(unit.querySelector('target')) || undefined;
    into.set(id, entry);
  }
}

const units = new Map<string, Unit>();
for (const [locale, text] of Object.entries({
  es: esXliff,
  fr: frXliff,
  de: deXliff,
  ar: arXliff,
  ja: jaXliff,
})) {
  readXliff(locale, text, units);
}

const sampleIds = [
  'core.loading',
  'core.save',
  'core.cancel',
  'core.saved',
  'core.retry',
  'core.unsaved',
  'core.error.network',
  'core.error.conflict',
  'core.save-failed',
];

const localeNames: Record<string, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  ar: 'العربية',
  ja: '日本語',
};

function sampleFormats(locale: string): TemplateResult {
  const date = new Date(Date.UTC(2026, 2, 14, 9, 30));
  return html`${new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(1234.5)} ·
  ${new Intl.NumberFormat(locale).format(1234567.89)} ·
  ${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date)}`;
}

export const Locales: Story = {
  render: () =>
    html`${pageStyles}
      <div class="fnd">
        <header>
          <h2>Locales</h2>
          <p class="fnd-muted">
            A sample of core's strings in every shipped locale, from the checked-in XLIFF, with numbers, money and dates
            through <code>Intl</code>. Arabic reads right to left. Missing translations show as
            <strong>missing</strong>.
          </p>
        </header>
        <table>
          <thead>
            <tr>
              <th scope="col">Id</th>
              ${allLocales.map((l) => html`<th scope="col" lang=${l} dir=${localeDirection(l)}>${localeNames[l]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${sampleIds.map((id) => {
              const unit = units.get(id);
              return html`<tr>
                <th scope="row"><code>${id}</code></th>
                ${allLocales.map((l) => {
                  const value = l === 'en' ? unit?.source : unit?.targets[l];
                  return html`<td lang=${l} dir=${localeDirection(l)}>
                    ${value ?? html`<strong style="color:var(--prefs-color-danger)">missing</strong>`}
                  </td>`;
                })}
              </tr>`;
            })}
            <tr>
              <th scope="row">Intl</th>
              ${allLocales.map((l) => html`<td lang=${l} dir=${localeDirection(l)}>${sampleFormats(l)}</td>`)}
            </tr>
          </tbody>
        </table>
        ${units.size === 0 ? html`<p>No XLIFF was found.</p>` : nothing}
      </div>`,
};
