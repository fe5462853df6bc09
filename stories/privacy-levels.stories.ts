import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { bankSeed, type LocalAdapter, type LocalSeed } from '@prefcenter/adapter-local';
import type { PrefsAdapter } from '@prefcenter/core';
import '@prefcenter/elements/define-all';
import type { PrivacyLevels } from '@prefcenter/elements';
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
 * `<privacy-levels>` with `@prefcenter/adapter-local` in memory: the Northwind Bank seed,
 * with the notice already reviewed unless a story is about the changed notice. Latency and
 * faults come from the adapter; stories that show a moment (saving, an error, a conflict)
 * reach it in `play`. The browser's own Global Privacy Control is not read: the
 * `globalPrivacyControl` arg stands for it, so every story looks the same in every browser.
 */
interface Args extends WidgetArgs {
  globalPrivacyControl: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Privacy levels',
  component: 'privacy-levels',
  tags: ['autodocs'],
  args: { ...widgetArgs, globalPrivacyControl: false },
  argTypes: {
    ...widgetArgTypes,
    globalPrivacyControl: { control: 'boolean', description: 'The browser sends Global Privacy Control' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'What the institution may do with the customer’s data: privacy levels (presets, radio buttons) with a preview ' +
          'of what each would switch before Apply, a switch per purpose with the data it uses and how long the consent ' +
          'lasts, essential purposes locked on with the reason, "Do not sell or share", who can see the profile, Global ' +
          'Privacy Control honoured and recorded, the purposes of a changed notice asked again, and the history of every ' +
          'decision with a download of the consent records. The widget never writes a record itself: the adapter appends them.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * A copy of the bank seed with `change` applied to its privacy part. Unless `noticeReviewed`
 * is false, the customer has already reviewed the catalog's notice version.
 */
function seedWith(change: (privacy: LocalSeed['privacy']) => void = () => {}, noticeReviewed = true): LocalSeed {
  const seed = structuredClone(bankSeed);
  if (noticeReviewed) seed.privacy.preferences.noticeVersion = seed.privacy.catalog.noticeVersion;
  change(seed.privacy);
  return seed;
}

function adapterFor(args: Partial<Args>, seed: LocalSeed = seedWith()): LocalAdapter {
  return localAdapterFor(args, seed);
}

function widget(adapter: PrefsAdapter, args: Partial<Args>, style = '') {
  return html`<privacy-levels
    .adapter=${adapter}
    .globalPrivacyControl=${args.globalPrivacyControl ?? false}
    mode=${args.mode ?? 'auto'}
    ?disabled=${args.disabled ?? false}
    style=${style || nothing}
  ></privacy-levels>`;
}

const loaded = (canvas: HTMLElement) => whenLoaded<PrivacyLevels>(canvas, 'privacy-levels', '[part="purposes"]');

/** Clicks the switch of one purpose (marketing: neither essential nor sensitive, so no lock and no sign-in step). */
function switchAPurpose(el: PrivacyLevels, purpose = 'marketing'): void {
  el.shadowRoot!.querySelector<HTMLElement>(`[data-purpose="${purpose}"] input[role="switch"]`)!.click();
}

const stories: WidgetStories<Args, PrivacyLevels> = {
  render: widget,
  loaded,
  adapter: (args) => adapterFor(args),
  change: (el) => switchAPurpose(el),
  catalog: 'getPrivacyCatalog',
  read: 'getPrivacyPreferences',
  write: 'updatePrivacyPreferences',
};

/** The seeded customer: the "balanced" level, the current notice reviewed. */
export const Default: Story = {
  name: 'Privacy levels',
  render: (args) => widget(adapterFor(args), args),
};

export const Loading: Story = loadingStory(stories);

export const Empty: Story = {
  name: 'Empty catalog',
  render: (args) =>
    widget(
      adapterFor(
        args,
        seedWith((privacy) => {
          privacy.catalog.purposes = [];
          privacy.catalog.presets = [];
          privacy.catalog.gpcPurposes = [];
          privacy.preferences.purposes = {};
          privacy.preferences.sources = {};
          privacy.preferences.consents = [];
          delete privacy.preferences.preset;
        }),
      ),
      args,
    ),
};

/** The purposes on match no level: "Custom" is selected, and the levels still preview what they would switch. */
export const Custom: Story = {
  name: 'Custom choice',
  render: (args) =>
    widget(
      adapterFor(
        args,
        seedWith((privacy) => {
          const purposes = privacy.preferences.purposes;
          purposes.functional = false;
          purposes.analytics = true;
          purposes.marketing = true;
          privacy.preferences.preset = 'custom';
          privacy.preferences.sources = { ...privacy.preferences.sources, functional: 'widget', marketing: 'widget' };
        }),
      ),
      args,
    ),
};

/** The browser sends Global Privacy Control: the purposes it covers go off, recorded with the signal as their source. */
export const GpcOn: Story = {
  name: 'Global Privacy Control',
  args: { globalPrivacyControl: true },
  render: (args) =>
    widget(
      adapterFor(
        args,
        // Partners on, so the signal has something to switch off.
        seedWith((privacy) => {
          privacy.preferences.purposes.partners = true;
          privacy.preferences.preset = 'custom';
        }),
      ),
      args,
    ),
};

/** The seed as it is: the customer reviewed notice 2025-09, and 2026-02 changed the analytics terms. */
export const NoticeChanged: Story = {
  name: 'Notice changed',
  render: (args) =>
    widget(
      adapterFor(
        args,
        seedWith(() => {}, false),
      ),
      args,
    ),
};

/** The purposes the customer gave with the "open" level, then withdrew here. */
const withdrawnPurposes = ['personalised-offers', 'marketing', 'partners'];

/** Consents given with the "open" level, then withdrawn here under the current notice: the history, opened, shows both. */
export const Withdrawn: Story = {
  name: 'Consent withdrawn',
  render: (args) =>
    widget(
      adapterFor(
        args,
        seedWith(({ catalog, preferences }) => {
          const withdrawnAt = new Date(Date.parse(preferences.updatedAt) + 3 * 86_400_000).toISOString();
          const given = preferences.consents.map((record) => ({ ...record, decision: 'given' as const }));
          const withdrawn = given
            .filter((record) => withdrawnPurposes.includes(record.purpose))
            .map((record) => ({
              ...record,
              id: `rec_withdrawn_${record.purpose}`,
              decision: 'withdrawn' as const,
              time: withdrawnAt,
              noticeVersion: catalog.noticeVersion,
              source: 'widget' as const,
              previous: record.id,
            }));
          preferences.version = 3;
          preferences.updatedAt = withdrawnAt;
          preferences.preset = 'balanced';
          for (const purpose of withdrawnPurposes) {
            preferences.purposes[purpose] = false;
            preferences.sources[purpose] = 'widget';
          }
          preferences.consents = [...given, ...withdrawn];
        }),
      ),
      args,
    ),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    const history = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="history"]')!;
    history.open = true;
    history.scrollIntoView({ block: 'center' });
  },
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
    const [mine, theirs] = el.catalog.visibilityOptions.filter((v) => v !== el.view.profileVisibility);
    el.change({ profileVisibility: mine! });
    // While that save is on its way, another device saves a different value for the same setting.
    await new Promise((resolve) => setTimeout(resolve, 400));
    adapter.simulateExternalChange('privacy', { profileVisibility: theirs! });
  },
};

export const ManualMode: Story = manualModeStory(stories);
/** In a narrow column: the levels stack, same controls and names. */
export const Narrow: Story = narrowStory(stories);
export const Dark: Story = darkStory(stories);
export const RightToLeft: Story = rightToLeftStory(stories);
