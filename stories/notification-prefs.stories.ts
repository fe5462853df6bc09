import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { bankSeed, generateNotificationSeed, type LocalAdapter, type LocalSeed } from '@prefcenter/adapter-local';
import type { NotificationPreferences, PrefsAdapter } from '@prefcenter/core';
import '@prefcenter/elements/define-all';
import type { NotificationPrefs } from '@prefcenter/elements';
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
 * `<notification-prefs>` with `@prefcenter/adapter-local` in memory: the Northwind Bank
 * seed, or a generated catalog for the large ones. Latency and faults come from the
 * adapter; stories that show a moment (saving, an error, a conflict) reach it in `play`.
 */
type Args = WidgetArgs;

const meta: Meta<Args> = {
  title: 'Widgets/Notification preferences',
  component: 'notification-prefs',
  tags: ['autodocs'],
  args: widgetArgs,
  argTypes: widgetArgTypes,
  parameters: {
    docs: {
      description: {
        component:
          'Alerts and communication preferences: a grid of categories by channels in collapsible sections (a WAI-ARIA ' +
          'grid: one tab stop, arrow keys, Home/End, Ctrl+Home/End, Space), whole-row and whole-column switches with a ' +
          'mixed state, required notifications locked with their reason, channels that need a host step, per-category ' +
          'frequency and threshold, pause, quiet hours, marketing consent. Above twenty categories a filter appears; ' +
          'below 560px of its own width the widget shows one card per category.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

function seedWith(
  preferences: Partial<NotificationPreferences> = {},
  notifications = bankSeed.notifications,
): LocalSeed {
  return {
    ...bankSeed,
    notifications: { ...notifications, preferences: { ...notifications.preferences, ...preferences } },
  };
}

function adapterFor(args: Partial<Args>, seed: LocalSeed = bankSeed): LocalAdapter {
  return localAdapterFor(args, seed);
}

function widget(adapter: PrefsAdapter, args: Partial<Args>, style = '') {
  return html`<notification-prefs
    .adapter=${adapter}
    mode=${args.mode ?? 'auto'}
    ?disabled=${args.disabled ?? false}
    style=${style || nothing}
  ></notification-prefs>`;
}

const loaded = (canvas: HTMLElement) => whenLoaded<NotificationPrefs>(canvas, 'notification-prefs', '[role="grid"]');

/** Clicks the first switchable cell of the grid. */
function switchACell(el: NotificationPrefs): void {
  el.shadowRoot!.querySelector<HTMLElement>('[role="gridcell"] [role="checkbox"]:not([aria-disabled])')!.click();
}

const stories: WidgetStories<Args, NotificationPrefs> = {
  render: widget,
  loaded,
  adapter: (args) => adapterFor(args),
  change: (el) => switchACell(el),
  catalog: 'getNotificationCatalog',
  read: 'getNotificationPreferences',
  write: 'updateNotificationPreferences',
};

export const SmallBank: Story = {
  name: 'A small bank',
  render: (args) => widget(adapterFor(args), args),
};

export const Loading: Story = loadingStory(stories);

export const Empty: Story = {
  name: 'Empty catalog',
  render: (args) =>
    widget(
      adapterFor(
        args,
        seedWith(
          { subscriptions: {} },
          {
            ...bankSeed.notifications,
            catalog: { ...bankSeed.notifications.catalog, sections: [], categories: [] },
          },
        ),
      ),
      args,
    ),
};

/** A thousand categories: only the rows near the screen are drawn; the filter finds the rest. */
export const ThousandCategories: Story = {
  name: 'A thousand categories',
  args: { latency: 0 },
  render: (args) => widget(adapterFor(args, seedWith({}, generateNotificationSeed(1000))), args),
};

/** Required notifications are locked on; the reason is shown and is each locked cell's description. */
export const Locked: Story = {
  name: 'Locked (required) notifications',
  render: (args) => widget(adapterFor(args), args),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el.shadowRoot!.querySelector<HTMLElement>('.reason')?.scrollIntoView({ block: 'center' });
  },
};

/** SMS needs a verified phone: the notice offers the host's step; here the adapter's step succeeds after a moment. */
export const NeedsVerification: Story = {
  name: 'Needs verification',
  render: (args) => widget(adapterFor(args), args),
};

export const Paused: Story = {
  render: (args) =>
    widget(adapterFor(args, seedWith({ pausedUntil: new Date(Date.now() + 3 * 86_400_000).toISOString() })), args),
};

export const QuietHours: Story = {
  name: 'Quiet hours',
  render: (args) =>
    widget(
      adapterFor(
        args,
        seedWith({
          quietHours: { enabled: true, start: '22:00', end: '07:00', timeZone: 'Europe/Paris', allowCritical: true },
        }),
      ),
      args,
    ),
};

export const Saving: Story = savingStory(stories);
export const SaveError: Story = saveErrorStory(stories);
export const LoadError: Story = loadErrorStory(stories);

/** Another device changed the same setting first: the customer chooses whose change stays. */
export const Conflict: Story = {
  args: { latency: 800 },
  render: (args) => widget(adapterFor(args), args),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    const adapter = el.effectiveAdapter as LocalAdapter;
    const category = el.catalog.categories.find((c) => (c.frequencies?.length ?? 0) > 2)!;
    const [mine, theirs] = category.frequencies!.filter((f) => f !== el.view.frequency[category.id]);
    el.change({ frequency: { [category.id]: mine! } });
    // While that save is on its way, another device saves a different value for the same setting.
    await new Promise((resolve) => setTimeout(resolve, 400));
    adapter.simulateExternalChange('notifications', { frequency: { [category.id]: theirs! } });
  },
};

export const ManualMode: Story = manualModeStory(stories);
/** Below 560px of its own width: one card per category, same controls and names. */
export const Narrow: Story = narrowStory(stories);
export const Dark: Story = darkStory(stories);
export const RightToLeft: Story = rightToLeftStory(stories);
