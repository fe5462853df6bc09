import { fixture, html } from '@open-wc/testing';
import { bankSeed, createLocalAdapter, type LocalAdapter } from '@prefcenter/adapter-local';
import { privacyDomain, type PrivacyCatalog, type PrivacyPreferences, type PrefsAdapter } from '@prefcenter/core';
import '../../../packages/elements/src/privacy-levels/define.js';
import type { PrivacyLevels } from '../../../packages/elements/src/privacy-levels/index.js';
import { FakeBackend } from '../../shared/fake-backend.js';
import { $, $$ } from '../../shared/shadow-query.js';
import { waitUntil } from '../../shared/wait.js';

export { waitUntil };

/** The demo bank's purposes and presets; each test gets its own copy to change. */
export const catalog = (): PrivacyCatalog => structuredClone(bankSeed.privacy.catalog);

/** A document on the current notice, on the "balanced" preset, with no records. */
export const document = (fields: Partial<PrivacyPreferences> = {}): PrivacyPreferences => ({
  version: 1,
  updatedAt: '2026-05-01T10:00:00Z',
  preset: 'balanced',
  purposes: {
    essential: true,
    functional: true,
    analytics: true,
    'personalised-offers': false,
    marketing: false,
    partners: false,
  },
  sources: {},
  doNotSellOrShare: false,
  profileVisibility: 'private',
  noticeVersion: catalog().noticeVersion,
  consents: [],
  ...fields,
});

/** A backend of the privacy domain that confirms at once unless told otherwise. */
export const backend = (doc = document(), cat: unknown = catalog()) => new FakeBackend(privacyDomain, cat, doc);

/** The demo bank's own adapter, in memory: it writes the consent records, as a real backend does. */
export const localAdapter = (): LocalAdapter => createLocalAdapter({ storage: 'memory' });

/** A widget on `adapter`, loaded, with no signal from the browser unless `gpc` says so. */
export async function mount(adapter: PrefsAdapter, gpc = false): Promise<PrivacyLevels> {
  const el = await fixture<PrivacyLevels>(
    html`<privacy-levels .globalPrivacyControl=${gpc} .adapter=${adapter}></privacy-levels>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part="purposes"], [part="empty"], [part="error"]'));
  await el.updateComplete;
  return el;
}

export { $, $$ } from '../../shared/shadow-query.js';

export function purposeSwitch(el: Element, purpose: string): HTMLInputElement {
  const input = $<HTMLInputElement>(el, `[data-purpose="${CSS.escape(purpose)}"] input[role="switch"]`);
  if (!input) throw new Error(`No switch for the purpose ${purpose}`);
  return input;
}

export function presetRadio(el: Element, preset: string): HTMLInputElement {
  const input = $$<HTMLInputElement>(el, 'input[name="preset"]').find((i) => i.value === preset);
  if (!input) throw new Error(`No preset radio ${preset}`);
  return input;
}

/** Without the marks (FSI, PDI) that isolate adapter text, and with spaces collapsed. */
export const plain = (value: string | null | undefined) =>
  (value ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function buttonNamed(el: Element, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find(
    (b) => plain(b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!found) throw new Error(`No button named ${name}`);
  return found;
}

export const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);

/** What the live region says now. */
export const status = (el: Element) => plain($(el, '[part="status"]')!.textContent);
