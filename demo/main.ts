/**
 * Northwind Bank's settings page: the host-site demo served by `npm start`. It wires
 * the widgets to the embedded local adapter, exactly as a host wires its own adapter,
 * and adds developer panels to slow the "network" down or make it fail.
 *
 * Everything the adapter returns is rendered through Lit templates (text, never HTML).
 */
import {
  adapterErrorKinds,
  allLocales,
  localeDirection,
  matchLocale,
  setupLocalization,
  type AdapterErrorKind,
  type PrefsDomain,
} from '@prefcenter/core';
import '@prefcenter/core/provider/define';
import { createLocalAdapter } from '@prefcenter/adapter-local';
import { definePretendPaymentProvider } from '@prefcenter/adapter-local/pretend-provider';
import { createRestAdapter } from '@prefcenter/adapter-rest';
import '@prefcenter/elements/theme-picker/define';
import '@prefcenter/elements/notification-prefs/define';
import '@prefcenter/elements/privacy-levels/define';
import '@prefcenter/elements/payment-methods/define';
import { html, nothing, render } from 'lit';

// Stands for the bank's payment provider in <payment-methods>' add-method slot: it offers
// the adapter's test methods and hands over their tokens (see adapter-local's tokens.ts).
definePretendPaymentProvider();

const adapter = createLocalAdapter({ storageKey: 'northwind-demo', latency: { min: 150, max: 400 } });
// `npm run start:server` serves the widgets from the reference server (the network panel
// below keeps driving the embedded adapter, which the widgets then do not use).
const api = (import.meta as { env?: Record<string, string | undefined> }).env?.VITE_PREFS_API;
document.querySelector('prefs-provider')!.adapter = api ? await serverAdapter(api) : adapter;

async function serverAdapter(baseUrl: string) {
  const session = (await (await fetch(`${baseUrl}/dev/sessions`, { method: 'POST' })).json()) as { token: string };
  return createRestAdapter({ baseUrl, headers: { Authorization: `Bearer ${session.token}` } });
}

// ---------------------------------------------------------------------------------
// Locale: one setup at startup, then setLocale on every switch.

const localeKey = 'northwind-demo-locale';

/** The demo's own words (the host's chrome); the widgets bring their own translations. */
const chrome: Record<string, Record<string, string>> = {
  en: {
    settings: 'Settings',
    language: 'Language',
    sections: 'Settings sections',
    appearance: 'Appearance',
    notifications: 'Notifications',
    privacy: 'Privacy',
    payments: 'Payments',
    network: 'Network',
    foundations: 'Foundations',
    demoNote: 'A demo. Your choices stay in this browser.',
    pageTitle: 'Settings',
    appearanceLead: 'How Northwind Bank looks on this device.',
    notificationsLead: 'Choose what we tell you about, and how.',
    privacyLead: 'Choose what we may do with your data.',
    paymentsLead: 'The cards, bank accounts and wallets you pay with.',
    networkLead:
      "The demo's adapter keeps everything in this browser. Slow it down or make it fail to see how the widgets behave.",
  },
  es: {
    settings: 'Configuración',
    language: 'Idioma',
    sections: 'Secciones de configuración',
    appearance: 'Apariencia',
    notifications: 'Notificaciones',
    privacy: 'Privacidad',
    payments: 'Pagos',
    network: 'Red',
    foundations: 'Fundamentos',
    demoNote: 'Una demostración. Tus opciones se quedan en este navegador.',
    pageTitle: 'Configuración',
    appearanceLead: 'Cómo se ve Northwind Bank en este dispositivo.',
    notificationsLead: 'Elige de qué te avisamos y cómo.',
    privacyLead: 'Elige qué podemos hacer con tus datos.',
    paymentsLead: 'Las tarjetas, cuentas bancarias y billeteras con las que pagas.',
    networkLead:
      'El adaptador de la demostración guarda todo en este navegador. Ralentízalo o haz que falle para ver cómo responden los widgets.',
  },
  fr: {
    settings: 'Paramètres',
    language: 'Langue',
    sections: 'Sections des paramètres',
    appearance: 'Apparence',
    notifications: 'Notifications',
    privacy: 'Confidentialité',
    payments: 'Paiements',
    network: 'Réseau',
    foundations: 'Fondations',
    demoNote: 'Une démonstration. Vos choix restent dans ce navigateur.',
    pageTitle: 'Paramètres',
    appearanceLead: 'L’apparence de Northwind Bank sur cet appareil.',
    notificationsLead: 'Choisissez ce dont nous vous informons, et comment.',
    privacyLead: 'Choisissez ce que nous pouvons faire de vos données.',
    paymentsLead: 'Les cartes, comptes bancaires et portefeuilles avec lesquels vous payez.',
    networkLead:
      'L’adaptateur de la démonstration garde tout dans ce navigateur. Ralentissez-le ou faites-le échouer pour voir comment les widgets réagissent.',
  },
  de: {
    settings: 'Einstellungen',
    language: 'Sprache',
    sections: 'Bereiche der Einstellungen',
    appearance: 'Darstellung',
    notifications: 'Benachrichtigungen',
    privacy: 'Datenschutz',
    payments: 'Zahlungen',
    network: 'Netzwerk',
    foundations: 'Grundlagen',
    demoNote: 'Eine Demo. Ihre Auswahl bleibt in diesem Browser.',
    pageTitle: 'Einstellungen',
    appearanceLead: 'Wie Northwind Bank auf diesem Gerät aussieht.',
    notificationsLead: 'Wählen Sie, worüber und wie wir Sie informieren.',
    privacyLead: 'Wählen Sie, was wir mit Ihren Daten tun dürfen.',
    paymentsLead: 'Die Karten, Bankkonten und Wallets, mit denen Sie bezahlen.',
    networkLead:
      'Der Adapter der Demo speichert alles in diesem Browser. Verlangsamen Sie ihn oder lassen Sie ihn scheitern, um zu sehen, wie sich die Widgets verhalten.',
  },
  ar: {
    settings: 'الإعدادات',
    language: 'اللغة',
    sections: 'أقسام الإعدادات',
    appearance: 'المظهر',
    notifications: 'الإشعارات',
    privacy: 'الخصوصية',
    payments: 'المدفوعات',
    network: 'الشبكة',
    foundations: 'الأساسيات',
    demoNote: 'عرض تجريبي. تبقى اختياراتك في هذا المتصفح.',
    pageTitle: 'الإعدادات',
    appearanceLead: 'كيف يبدو بنك نورثويند على هذا الجهاز.',
    notificationsLead: 'اختر ما نُعلمك به وكيف.',
    privacyLead: 'اختر ما يمكننا فعله ببياناتك.',
    paymentsLead: 'البطاقات والحسابات المصرفية والمحافظ التي تدفع بها.',
    networkLead: 'يحفظ محوّل العرض التجريبي كل شيء في هذا المتصفح. أبطئه أو اجعله يفشل لترى كيف تتصرف الأدوات.',
  },
  ja: {
    settings: '設定',
    language: '言語',
    sections: '設定のセクション',
    appearance: '表示',
    notifications: '通知',
    privacy: 'プライバシー',
    payments: 'お支払い',
    network: 'ネットワーク',
    foundations: '基盤',
    demoNote: 'デモです。選択内容はこのブラウザーにのみ保存されます。',
    pageTitle: '設定',
    appearanceLead: 'このデバイスでの Northwind Bank の見た目。',
    notificationsLead: 'お知らせする内容と方法を選べます。',
    privacyLead: 'お客様のデータの利用方法を選べます。',
    paymentsLead: 'お支払いに使うカード、銀行口座、ウォレット。',
    networkLead:
      'デモのアダプターはすべてをこのブラウザーに保存します。遅くしたり失敗させたりして、ウィジェットの動きを確かめられます。',
  },
};

function translateChrome(locale: string): void {
  const words = chrome[locale] ?? chrome.en!;
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    el.textContent = words[el.dataset.text!] ?? chrome.en![el.dataset.text!] ?? '';
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-label]')) {
    el.setAttribute('aria-label', words[el.dataset.label!] ?? '');
  }
  document.title = `Northwind Bank — ${words.settings}`;
}

const initialLocale = matchLocale(localStorage.getItem(localeKey) ?? navigator.language ?? 'en');
const localization = setupLocalization({ initialLocale });
const localeSelect = document.querySelector<HTMLSelectElement>('#locale')!;

async function switchLocale(locale: string): Promise<void> {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = localeDirection(locale);
  localeSelect.value = locale;
  translateChrome(locale);
  localStorage.setItem(localeKey, locale);
  await localization.setLocale(locale);
}

localeSelect.addEventListener('change', () => void switchLocale(localeSelect.value));
void switchLocale(initialLocale);

// ---------------------------------------------------------------------------------
// Network panel: latency, failures, reset, and a change made "on another device".

const network = {
  latency: 275,
  jitter: true,
  failCount: 1,
  failKind: 'network' as AdapterErrorKind,
  failMethods: 'writes' as 'writes' | 'all',
  rate: 0,
  rateKind: 'unavailable' as AdapterErrorKind,
  armed: '',
};

const writeMethods = [
  'updateThemePreferences',
  'updateNotificationPreferences',
  'updatePrivacyPreferences',
  'updatePayments',
  'addPaymentMethod',
  'removePaymentMethod',
  'verifyPaymentMethod',
];

function renderNetwork(): void {
  const kindOptions = (selected: AdapterErrorKind) =>
    adapterErrorKinds.map((k) => html`<option value=${k} ?selected=${k === selected}>${k}</option>`);
  render(
    html`<div class="tool-grid" lang="en" dir="ltr">
        <fieldset>
          <legend>Latency</legend>
          <label class="field">
            <span>Each call takes ${network.jitter ? '150–400 ms (random)' : `${network.latency} ms`}</span>
            <input
              type="range"
              min="0"
              max="3000"
              step="25"
              .value=${String(network.latency)}
              @input=${(e: Event) => {
                network.latency = Number((e.target as HTMLInputElement).value);
                network.jitter = false;
                adapter.setLatency(network.latency);
                renderNetwork();
              }}
            />
          </label>
          <button
            type="button"
            @click=${() => {
              network.jitter = true;
              network.latency = 275;
              adapter.setLatency({ min: 150, max: 400 });
              renderNetwork();
            }}
          >
            Back to 150–400 ms
          </button>
        </fieldset>

        <fieldset>
          <legend>Fail the next calls</legend>
          <div class="row">
            <label class="field">
              <span>How many</span>
              <input
                type="number"
                min="1"
                max="20"
                .value=${String(network.failCount)}
                @change=${(e: Event) => (network.failCount = Number((e.target as HTMLInputElement).value) || 1)}
              />
            </label>
            <label class="field">
              <span>Kind</span>
              <select
                @change=${(e: Event) => (network.failKind = (e.target as HTMLSelectElement).value as AdapterErrorKind)}
              >
                ${kindOptions(network.failKind)}
              </select>
            </label>
            <label class="field">
              <span>Calls</span>
              <select
                @change=${(e: Event) =>
                  (network.failMethods = (e.target as HTMLSelectElement).value as typeof network.failMethods)}
              >
                <option value="writes" ?selected=${network.failMethods === 'writes'}>Saves only</option>
                <option value="all" ?selected=${network.failMethods === 'all'}>Every call</option>
              </select>
            </label>
          </div>
          <button
            type="button"
            class="primary"
            @click=${() => {
              const methods = network.failMethods === 'writes' ? { methods: writeMethods } : undefined;
              adapter.failNext(network.failCount, network.failKind, methods);
              network.armed = `The next ${network.failCount} ${network.failMethods === 'writes' ? 'save' : 'call'}${
                network.failCount === 1 ? '' : 's'
              } will fail with “${network.failKind}”.`;
              renderNetwork();
            }}
          >
            Fail next ${network.failCount} with ${network.failKind}
          </button>
        </fieldset>

        <fieldset>
          <legend>Random failures</legend>
          <label class="field">
            <span>Failure rate: ${Math.round(network.rate * 100)}%</span>
            <input
              type="range"
              min="0"
              max="1"
              step="0.05"
              .value=${String(network.rate)}
              @input=${(e: Event) => {
                network.rate = Number((e.target as HTMLInputElement).value);
                adapter.setFailureRate(network.rate, network.rateKind);
                renderNetwork();
              }}
            />
          </label>
          <label class="field">
            <span>Kind</span>
            <select
              @change=${(e: Event) => {
                network.rateKind = (e.target as HTMLSelectElement).value as AdapterErrorKind;
                adapter.setFailureRate(network.rate, network.rateKind);
              }}
            >
              ${kindOptions(network.rateKind)}
            </select>
          </label>
        </fieldset>

        <fieldset>
          <legend>Saving</legend>
          <label class="field">
            <span>How the widgets save</span>
            <select
              @change=${(e: Event) => {
                const mode = (e.target as HTMLSelectElement).value as 'auto' | 'manual';
                for (const widget of document.querySelectorAll(
                  'theme-picker, notification-prefs, privacy-levels, payment-methods',
                )) {
                  widget.setAttribute('mode', mode);
                }
              }}
            >
              <option value="auto">Each change at once</option>
              <option value="manual">Save and Cancel</option>
            </select>
          </label>
        </fieldset>

        <fieldset>
          <legend>Data</legend>
          <div class="row">
            <button
              type="button"
              @click=${() => {
                adapter.clearFaults();
                network.rate = 0;
                network.armed = 'Faults cleared.';
                renderNetwork();
              }}
            >
              Clear faults
            </button>
            <button type="button" @click=${() => void changeElsewhere()}>Change on another device</button>
            <button
              type="button"
              class="danger"
              @click=${() => {
                adapter.reset();
                adapter.clearFaults();
                network.rate = 0;
                network.armed = 'Demo data reset to the seed.';
                renderNetwork();
              }}
            >
              Reset demo data
            </button>
          </div>
        </fieldset>
      </div>
      <p class="status" role="status" lang="en">${network.armed || nothing}</p>`,
    document.querySelector<HTMLElement>('#network-panel')!,
  );
}

/** Flips one notification subscription as if the customer had changed it on their phone. */
async function changeElsewhere(): Promise<void> {
  const prefs = await adapter.getNotificationPreferences({ signal: new AbortController().signal });
  const [category, channels] = Object.entries(prefs.subscriptions)[0] ?? [];
  const [channel, on] = Object.entries(channels ?? {})[0] ?? [];
  if (!category || !channel) return;
  adapter.simulateExternalChange('notifications', { subscriptions: { [category]: { [channel]: !on } } });
  network.armed = `Another device turned ${on ? 'off' : 'on'} ${channel} for “${category}”.`;
  renderNetwork();
}

renderNetwork();

// ---------------------------------------------------------------------------------
// Foundations: the tokens in use right now, and the stored documents updating live.

interface DocumentState {
  version?: number;
  updatedAt?: string;
  source?: string;
}
const shownDomains = ['theme', 'notifications', 'privacy', 'payments'] as const;
type ShownDomain = (typeof shownDomains)[number];
const isShown = (domain: PrefsDomain): domain is ShownDomain =>
  (shownDomains as readonly PrefsDomain[]).includes(domain);
const documents: Record<ShownDomain, DocumentState> = { theme: {}, notifications: {}, privacy: {}, payments: {} };
const log: string[] = [];

const tokenNames = [
  'color-bg',
  'color-surface',
  'color-text',
  'color-text-muted',
  'color-border',
  'color-accent',
  'color-on-accent',
  'color-danger',
  'color-success',
  'color-warning',
  'color-focus',
];

function renderFoundations(): void {
  const style = getComputedStyle(document.documentElement);
  const root = document.documentElement;
  render(
    html`<div class="foundations" lang="en" dir="ltr">
      <div>
        <h3>Tokens on this page</h3>
        <p class="muted">
          scheme <code>${root.dataset.prefsScheme ?? 'system'}</code>, contrast
          <code>${root.dataset.prefsContrast ?? 'standard'}</code>, text scale
          <code>${style.getPropertyValue('--prefs-text-scale').trim() || '1'}</code>, density
          <code>${style.getPropertyValue('--prefs-density').trim() || '1'}</code>
        </p>
        <ul class="swatches">
          ${tokenNames.map(
            (name) =>
              html`<li>
                <span class="chip" style="background: var(--prefs-${name})"></span>
                <code>--prefs-${name}</code>
                <code class="muted">${style.getPropertyValue(`--prefs-${name}`).trim()}</code>
              </li>`,
          )}
        </ul>
      </div>
      <div>
        <h3>Stored documents</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Version</th>
              <th scope="col">Updated</th>
              <th scope="col">Heard from</th>
            </tr>
          </thead>
          <tbody>
            ${shownDomains.map(
              (domain) =>
                html`<tr>
                  <th scope="row">${domain}</th>
                  <td>${documents[domain].version ?? '…'}</td>
                  <td>
                    ${documents[domain].updatedAt ? new Date(documents[domain].updatedAt!).toLocaleTimeString() : '…'}
                  </td>
                  <td>${documents[domain].source ?? '…'}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        <h3>Events</h3>
        <ol class="log" aria-label="Recent prefs events, newest first">
          ${log.length ? log.map((line) => html`<li>${line}</li>`) : html`<li class="muted">No events yet.</li>`}
        </ol>
      </div>
    </div>`,
    document.querySelector<HTMLElement>('#foundations-panel')!,
  );
}

function record(domain: PrefsDomain, doc: { version: number; updatedAt: string }, source: string): void {
  if (!isShown(domain)) return;
  documents[domain] = { version: doc.version, updatedAt: doc.updatedAt, source };
  renderFoundations();
}

function note(line: string): void {
  log.unshift(`${new Date().toLocaleTimeString()} ${line}`);
  log.length = Math.min(log.length, 8);
  renderFoundations();
}

const signal = new AbortController().signal;
void adapter.getThemePreferences({ signal }).then((doc) => record('theme', doc, 'first load'));
void adapter.getNotificationPreferences({ signal }).then((doc) => record('notifications', doc, 'first load'));
void adapter.getPrivacyPreferences({ signal }).then((doc) => record('privacy', doc, 'first load'));
void adapter.getPayments({ signal }).then((doc) => record('payments', doc, 'first load'));
adapter.subscribe('theme', (doc) => record('theme', doc, 'subscribe'));
adapter.subscribe('notifications', (doc) => record('notifications', doc, 'subscribe'));
adapter.subscribe('privacy', (doc) => record('privacy', doc, 'subscribe'));
adapter.subscribe('payments', (doc) => record('payments', doc, 'subscribe'));

const provider = document.querySelector<HTMLElement>('#provider')!;
// A real host would send the customer through its own sign-in step here; the demo asks
// in a dialog and then lets the widget send the refused change again.
provider.addEventListener('prefs-reauth-required', (event) => {
  const dialog = document.querySelector<HTMLDialogElement>('#reauth')!;
  dialog.returnValue = '';
  dialog.showModal();
  dialog.addEventListener(
    'close',
    () => {
      if (dialog.returnValue === 'confirm') event.detail.retry();
    },
    { once: true },
  );
});

provider.addEventListener('prefs-saved', (event) => {
  const doc = event.detail.document as { version: number; updatedAt: string };
  record(event.detail.domain, doc, 'prefs-saved');
  note(`prefs-saved ${event.detail.domain} v${doc.version}`);
});
provider.addEventListener('prefs-change', (event) => note(`prefs-change ${event.detail.domain}`));
provider.addEventListener('prefs-error', (event) =>
  note(`prefs-error ${event.detail.domain} ${event.detail.operation}: ${event.detail.error.kind}`),
);
provider.addEventListener('prefs-conflict', (event) => note(`prefs-conflict ${event.detail.domain}`));

// The picker repaints the page's tokens; show the new values.
new MutationObserver(() => renderFoundations()).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['style', 'data-prefs-scheme', 'data-prefs-contrast', 'data-prefs-density'],
});
renderFoundations();

// Used by nothing else; keeps the list of shipped locales and the switcher in step.
if (localeSelect.options.length !== allLocales.length) {
  console.warn('[demo] The locale switcher does not list every shipped locale.');
}
