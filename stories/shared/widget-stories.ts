import type { StoryObj } from '@storybook/web-components-vite';
import {
  createLocalAdapter,
  type LocalAdapter,
  type LocalAdapterOptions,
  type LocalSeed,
} from '@prefcenter/adapter-local';
import { darkColors, declarations, type AdapterMethod, type PrefsAdapter } from '@prefcenter/core';
import { html, type TemplateResult } from 'lit';

/**
 * What every widget's stories share: the args a widget takes from Storybook's controls,
 * the in-memory local adapter with its latency, waiting for the widget to load, and the
 * stories of the states every widget has (saving, a refused save, a failed load, manual
 * mode, narrow, dark, right to left). A widget's stories file says how it draws, what its
 * ready state looks like and which change a customer makes; each state is then one line.
 */
export interface WidgetArgs {
  mode: 'auto' | 'manual';
  latency: number;
  disabled: boolean;
}

export const widgetArgs: WidgetArgs = { mode: 'auto', latency: 300, disabled: false };

export const widgetArgTypes = {
  mode: { control: 'inline-radio', options: ['auto', 'manual'], description: 'Auto-save, or Save and Cancel' },
  latency: { control: { type: 'range', min: 0, max: 3000, step: 100 }, description: 'Simulated latency (ms)' },
  disabled: { control: 'boolean', description: 'Read-only' },
} as const;

/** The demo bank's adapter in memory, with the story's latency (and any other option, such as a fixed clock). */
export function localAdapterFor(
  args: Partial<WidgetArgs>,
  seed?: LocalSeed,
  options: Omit<LocalAdapterOptions, 'storage' | 'latency' | 'seed'> = {},
): LocalAdapter {
  return createLocalAdapter({ ...options, storage: 'memory', latency: args.latency ?? 300, ...(seed && { seed }) });
}

/** The widget `tag` of the story, once `ready` matches in its shadow root (or after five seconds). */
export async function whenLoaded<E extends HTMLElement & { updateComplete: Promise<boolean> }>(
  canvas: HTMLElement,
  tag: string,
  ready: string,
): Promise<E> {
  const el = canvas.querySelector<E>(tag)!;
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector(ready); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await el.updateComplete;
  return el;
}

/** How a widget's stories draw it and reach it. */
export interface WidgetStories<A extends WidgetArgs, E extends HTMLElement> {
  /** The widget on `adapter`, with the story's args and an optional inline style. */
  render: (adapter: PrefsAdapter, args: Partial<A>, style?: string) => TemplateResult;
  /** The loaded widget of a story's canvas. */
  loaded: (canvas: HTMLElement) => Promise<E>;
  /** The story's adapter, on the widget's usual seed. */
  adapter: (args: Partial<A>) => LocalAdapter;
  /** One change a customer makes. */
  change: (el: E) => void;
  /** The adapter methods that read the widget's catalog (if its domain has one) and document, and write the document. */
  catalog?: AdapterMethod;
  read: AdapterMethod;
  write: AdapterMethod;
  /** Every method the widget requires, where that is more than these three (its domain's `…Methods` from core). */
  required?: readonly AdapterMethod[];
}

type Story<A> = StoryObj<A>;
const adapterOf = (el: HTMLElement) =>
  (el as HTMLElement & { effectiveAdapter: unknown }).effectiveAdapter as LocalAdapter;

/** An adapter that never answers: the skeleton, for as long as the story is open. */
export function loadingStory<A extends WidgetArgs, E extends HTMLElement>(w: WidgetStories<A, E>): Story<A> {
  const never = () => new Promise<never>(() => {});
  const methods = [w.catalog, w.read, w.write, ...(w.required ?? [])].filter((method) => method !== undefined);
  const adapter = Object.fromEntries(methods.map((method) => [method, never])) as PrefsAdapter;
  return { render: (args) => w.render(adapter, args) };
}

/** The adapter is slow to confirm: the change shows at once while it is saved. */
export function savingStory<A extends WidgetArgs, E extends HTMLElement>(w: WidgetStories<A, E>): Story<A> {
  return {
    render: (args) => w.render(w.adapter(args), args),
    play: async ({ canvasElement }) => {
      const el = await w.loaded(canvasElement);
      adapterOf(el).setLatency(600_000);
      w.change(el);
    },
  };
}

/** The adapter refuses the change: it rolls back and the error says why, with Retry. */
export function saveErrorStory<A extends WidgetArgs, E extends HTMLElement>(w: WidgetStories<A, E>): Story<A> {
  return {
    name: 'Error with Retry and rollback',
    render: (args) => w.render(w.adapter(args), args),
    play: async ({ canvasElement }) => {
      const el = await w.loaded(canvasElement);
      adapterOf(el).failNext(1, 'unavailable', { methods: [w.write] });
      w.change(el);
    },
  };
}

export function loadErrorStory<A extends WidgetArgs, E extends HTMLElement>(w: WidgetStories<A, E>): Story<A> {
  return {
    name: 'Load error',
    render: (args) => {
      const adapter = w.adapter(args);
      adapter.failNext(1, 'network', { methods: [w.read] });
      return w.render(adapter, args);
    },
  };
}

export function manualModeStory<A extends WidgetArgs, E extends HTMLElement>(w: WidgetStories<A, E>): Story<A> {
  return {
    name: 'Manual mode',
    args: { mode: 'manual' } as Partial<A>,
    render: (args) => w.render(w.adapter(args), args),
    play: async ({ canvasElement }) => w.change(await w.loaded(canvasElement)),
  };
}

export function narrowStory<A extends WidgetArgs, E extends HTMLElement>(w: WidgetStories<A, E>): Story<A> {
  return { render: (args) => w.render(w.adapter(args), args, 'inline-size: 360px') };
}

export function darkStory<A extends WidgetArgs, E extends HTMLElement>(w: WidgetStories<A, E>): Story<A> {
  return {
    render: (args) =>
      html`<div
        style="${declarations(darkColors)} background: var(--prefs-color-bg); padding: 16px; color-scheme: dark"
      >
        ${w.render(w.adapter(args), args)}
      </div>`,
  };
}

export function rightToLeftStory<A extends WidgetArgs, E extends HTMLElement>(w: WidgetStories<A, E>): Story<A> {
  return {
    name: 'Right to left (Arabic)',
    globals: { locale: 'ar' },
    render: (args) => w.render(w.adapter(args), args),
  };
}
