import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { bankSeed, type LocalAdapter, type LocalSeed } from '@prefcenter/adapter-local';
import { definePretendPaymentProvider } from '@prefcenter/adapter-local/pretend-provider';
import { paymentsMethods, type PaymentMethod, type Payments, type PrefsAdapter } from '@prefcenter/core';
import '@prefcenter/elements/define-all';
import type { PaymentMethods } from '@prefcenter/elements';
import { html, nothing } from 'lit';
import {
  darkStory,
  loadErrorStory,
  loadingStory,
  localAdapterFor,
  manualModeStory,
  narrowStory,
  rightToLeftStory,
  saveErrorStory,
  savingStory,
  whenLoaded,
  widgetArgs,
  widgetArgTypes,
  type WidgetArgs,
  type WidgetStories,
} from './shared/widget-stories.js';

/**
 * `<payment-methods>` with `@prefcenter/adapter-local` in memory: the Northwind Bank
 * payments, on a fixed day (`today`, for the widget and the adapter's clock alike), so a
 * card "expires soon" or "expired" in every story whatever the date it is opened. The
 * pretend provider sits in the `add-method` slot of every story, as a host's provider
 * form would: it hands the widget a test token, never a card number. Latency and faults
 * come from the adapter; stories that show a moment (saving, a dialog, a conflict) reach
 * it in `play`.
 */
type Args = WidgetArgs;

definePretendPaymentProvider();

const meta: Meta<Args> = {
  title: 'Widgets/Payment methods',
  component: 'payment-methods',
  tags: ['autodocs'],
  args: widgetArgs,
  argTypes: widgetArgTypes,
  parameters: {
    docs: {
      description: {
        component:
          'How the customer pays: saved cards, bank accounts and wallets as labelled groups with a brand mark, the last ' +
          'four digits, the expiry ("Expires soon" from 60 days before, with the charges that would fail), nickname and ' +
          'what each pays for; the default, or one for subscriptions and one for one-off payments where the account ' +
          'offers it; removal that asks which method takes over; bank-account verification by micro-deposits or a code; ' +
          "billing addresses in each country's format. A method is added through the host's payment provider in the " +
          '`add-method` slot (here the pretend provider) or the `prefs-add-payment-method` event: the widget never ' +
          'receives a card number.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The day every story measures expiries from, a week after the bank's seed was written. */
const today = new Date('2026-03-10T12:00:00Z');

/** The seed's methods with expiries fixed against `today`: the Visa far off, the Mastercard at the end of April (51 days). */
const seeded: Record<string, PaymentMethod> = Object.fromEntries(
  bankSeed.payments.methods.map((method) => [method.id, structuredClone(method)]),
);
seeded.pm_visa_4242!.expYear = 2029;
Object.assign(seeded.pm_mastercard_5454!, { expMonth: 4, expYear: 2026 });

/** A seeded method by id, with `fields` changed. */
function method(id: string, fields: Partial<PaymentMethod> = {}): PaymentMethod {
  return { ...structuredClone(seeded[id]!), ...fields };
}

/** A copy of the bank seed whose payments are the seeded ones, then `change` applied to them. */
function seedWith(change: (payments: Payments) => void = () => {}): LocalSeed {
  const seed = structuredClone(bankSeed);
  seed.payments.methods = seed.payments.methods.map((m) => method(m.id));
  change(seed.payments);
  return seed;
}

/** Only `methods`, each default named (or none), and the seed's billing addresses. */
function only(methods: PaymentMethod[], defaults: Partial<Payments> = {}): (payments: Payments) => void {
  return (payments) => {
    payments.methods = methods;
    delete payments.defaultMethodId;
    delete payments.defaultRecurringMethodId;
    delete payments.defaultOneOffMethodId;
    Object.assign(payments, defaults);
  };
}

function adapterFor(args: Partial<Args>, seed: LocalSeed = seedWith()): LocalAdapter {
  return localAdapterFor(args, seed, { now: () => new Date(today) });
}

function widget(adapter: PrefsAdapter, args: Partial<Args>, style = '') {
  return html`<payment-methods
    .adapter=${adapter}
    .today=${today}
    mode=${args.mode ?? 'auto'}
    ?disabled=${args.disabled ?? false}
    style=${style || nothing}
  >
    <pretend-payment-provider slot="add-method"></pretend-payment-provider>
  </payment-methods>`;
}

/** A story drawing only `methods`, with `defaults` named (see `only`). */
function showing(methods: PaymentMethod[], defaults: Partial<Payments> = {}): Story['render'] {
  return (args) => widget(adapterFor(args, seedWith(only(methods, defaults))), args);
}

const loaded = (canvas: HTMLElement) => whenLoaded<PaymentMethods>(canvas, 'payment-methods', '[part="methods"]');

/** The button `action` (`remove`, `nickname`, `default-one-off`…) of the method `id`. */
function methodButton(el: PaymentMethods, id: string, action: string): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-method="${id}"] [data-action="${action}"]`)!;
}

/** Makes the Mastercard the default for one-off payments (the seed's is Apple Pay): one click, no dialog. */
function chooseOneOffDefault(el: PaymentMethods): void {
  methodButton(el, 'pm_mastercard_5454', 'default-one-off').click();
}

const stories: WidgetStories<Args, PaymentMethods> = {
  render: widget,
  loaded,
  adapter: (args) => adapterFor(args),
  change: chooseOneOffDefault,
  read: 'getPayments',
  write: 'updatePayments',
  required: paymentsMethods,
};

/**
 * The seeded customer: a Visa for subscriptions and bills, a Mastercard expiring soon, a
 * bank account waiting for its deposit amounts, another for its code, Apple Pay for
 * one-off payments, and billing addresses in the US and the UK.
 */
export const Many: Story = {
  name: 'Many methods',
  render: (args) => widget(adapterFor(args), args),
};

export const Loading: Story = loadingStory(stories);

/** Nothing saved yet: the widget says so and still offers to add a method. */
export const NoMethods: Story = {
  name: 'No methods',
  render: showing([]),
};

/** A single card, the default for everything. Removing it asks for another method first, since it pays for things. */
export const OneCard: Story = {
  name: 'One card',
  render: (args) =>
    widget(
      adapterFor(
        args,
        seedWith((payments) => {
          only([method('pm_visa_4242')], { defaultMethodId: 'pm_visa_4242' })(payments);
          payments.separateDefaults = false;
        }),
      ),
      args,
    ),
};

/** The Mastercard is good to the end of April, 51 days away: "Expires soon", with the two charges that would fail. */
export const Expiring: Story = {
  name: 'Expires soon',
  render: showing([method('pm_mastercard_5454'), method('pm_visa_4242')], {
    defaultRecurringMethodId: 'pm_visa_4242',
    defaultOneOffMethodId: 'pm_mastercard_5454',
  }),
};

/** The Visa ended with February, still the default for subscriptions: it can no longer be charged or made a default. */
export const Expired: Story = {
  render: showing(
    [method('pm_visa_4242', { expMonth: 2, expYear: 2026 }), method('pm_mastercard_5454', { expYear: 2028 })],
    {
      defaultRecurringMethodId: 'pm_visa_4242',
      defaultOneOffMethodId: 'pm_mastercard_5454',
    },
  ),
};

/** The test deposits arrived: the customer enters the two amounts (0.32 and 0.45 verify it; anything else uses a try). */
export const VerifyingDeposits: Story = {
  name: 'Verifying by micro-deposits',
  render: showing([method('pm_visa_4242'), method('pm_bank_6789')], {
    defaultRecurringMethodId: 'pm_visa_4242',
    defaultOneOffMethodId: 'pm_visa_4242',
  }),
};

/** The bank sent a code: the customer types it (123456 verifies it). */
export const VerifyingCode: Story = {
  name: 'Verifying by code',
  render: showing(
    [
      method('pm_visa_4242'),
      method('pm_bank_2468', {
        verification: 'required',
        verificationSteps: [
          { status: 'pending', at: '2026-03-02T09:10:00.000Z' },
          { status: 'required', at: '2026-03-03T08:00:00.000Z' },
        ],
      }),
    ],
    { defaultRecurringMethodId: 'pm_visa_4242', defaultOneOffMethodId: 'pm_visa_4242' },
  ),
};

/** Every try used: the account cannot be verified, and its steps (opened) show how it went. */
export const VerificationFailed: Story = {
  name: 'Verification failed',
  render: showing(
    [
      method('pm_visa_4242'),
      method('pm_bank_6789', {
        verification: 'failed',
        verificationAttemptsLeft: 0,
        verificationSteps: [
          { status: 'pending', at: '2026-02-27T14:05:00.000Z' },
          { status: 'required', at: '2026-03-01T08:30:00.000Z' },
          { status: 'failed', at: '2026-03-04T17:20:00.000Z' },
        ],
      }),
    ],
    { defaultRecurringMethodId: 'pm_visa_4242', defaultOneOffMethodId: 'pm_visa_4242' },
  ),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el.shadowRoot!.querySelector<HTMLDetailsElement>('[data-method="pm_bank_6789"] details.steps')!.open = true;
  },
};

/**
 * Add a payment method, opened: the host's provider form (the pretend provider) in the
 * `add-method` slot. Its Save hands a test token to the widget, which asks the adapter to
 * add the method; "A card the bank declines" shows the refusal, with Retry.
 */
export const Adding: Story = {
  name: 'Adding through the provider',
  render: (args) => widget(adapterFor(args), args),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector('[part~="add"]')?.scrollIntoView({ block: 'center' });
  },
};

/**
 * Removing the Visa, which pays for a subscription and a bill and is a default: the
 * dialog asks which method takes over. Only verified, unexpired methods are offered.
 */
export const Removing: Story = {
  name: 'Removing (choose a replacement)',
  render: (args) => widget(adapterFor(args), args),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    methodButton(el, 'pm_visa_4242', 'remove').click();
  },
};

export const Saving: Story = savingStory(stories);
export const SaveError: Story = saveErrorStory(stories);
export const LoadError: Story = loadErrorStory(stories);

/** Another device chose a different default for one-off payments first: the customer chooses whose change stays. */
export const Conflict: Story = {
  args: { latency: 800 },
  render: (args) => widget(adapterFor(args), args),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    const adapter = el.effectiveAdapter as LocalAdapter;
    chooseOneOffDefault(el);
    // While that save is on its way, another device makes the Visa the default for one-off payments.
    await new Promise((resolve) => setTimeout(resolve, 400));
    adapter.simulateExternalChange('payments', { defaultOneOffMethodId: 'pm_visa_4242' });
  },
};

export const ManualMode: Story = manualModeStory(stories);
/** In a narrow column: each method's badges and buttons wrap under its name. */
export const Narrow: Story = narrowStory(stories);
export const Dark: Story = darkStory(stories);
export const RightToLeft: Story = rightToLeftStory(stories);
