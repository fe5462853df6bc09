import {
  bidi,
  cssomStyle,
  formatNumber,
  getLocale,
  type NotificationCatalog,
  type NotificationCategory,
  type NotificationChannel,
  type NotificationPreferences,
} from '@prefcenter/core';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ref } from 'lit/directives/ref.js';
import type { WidgetTexts } from '../texts.js';
import { groupState, isOn, lockOf, supports, type Checked, type GridRow, type Lock } from './model.js';
import { rowStrings } from './row-template.js';
import type { GridTally } from './tally.js';

/** What drawing the grid reads from the element. */
export interface GridView {
  readonly texts: WidgetTexts;
  readonly rows: readonly GridRow[];
  /** How many rows are drawn; a spacer stands for the rest. */
  readonly limit: number;
  /** The headers' counts, kept from one render to the next. */
  readonly tally: GridTally;
  /** Told of the spacer as it is drawn and removed (a `ref()` callback). */
  readonly spacer: (element: Element | undefined) => void;
  readonly collapsed: ReadonlySet<string>;
  readonly filter: string;
  readonly disabled: boolean;
  /** The instance's string overrides: a change redraws the rows. */
  readonly strings: unknown;
  hasOptions(category: NotificationCategory): boolean;
  onKeydown(event: KeyboardEvent): void;
  onFocusin(event: FocusEvent): void;
  /** One listener for every control of the grid, so a thousand rows do not mean thousands of closures. */
  onClick(event: MouseEvent): void;
}

type Pair = [NotificationCategory, NotificationChannel];
type CategoryRow = Extract<GridRow, { kind: 'category' }>;

/**
 * The grid of categories by channels: a header row of channel switches, then section
 * headings and category rows, each row redrawn only when what it shows changed (`guard`).
 * Controls carry `data-r`/`data-c` for the roving tab stop and the one click listener.
 */
export function renderGrid(g: GridView, view: NotificationPreferences, catalog: NotificationCatalog): TemplateResult {
  const { channels } = catalog;
  const { texts } = g;
  const shown = g.rows.slice(0, g.limit);
  const rest = g.rows.length - shown.length;
  const locale = getLocale();
  const columns = { '--pc-channels': String(channels.length) };
  g.tally.update(catalog, view);
  return html`<div
      role="grid"
      part="grid"
      class="grid"
      style=${cssomStyle(columns)}
      aria-label=${texts.gridLabel()}
      aria-rowcount=${g.rows.length + 1}
      aria-colcount=${channels.length + 2}
      @keydown=${g.onKeydown}
      @focusin=${g.onFocusin}
      @click=${g.onClick}
    >
      <div role="row" part="row" class="row head" data-r="0" aria-rowindex="1">
        <div role="columnheader" class="name" data-c="0" tabindex="-1">${texts.columnCategory()}</div>
        <div role="columnheader" class="all" data-c="1" tabindex="-1">${texts.columnAll()}</div>
        ${channels.map((channel, j) => {
          const s = g.tally.column(j);
          return html`<div role="columnheader" class="cell">
            ${renderColumnSwitch(g, {
              c: j + 2,
              checked: s.checked,
              name: texts.column(channel.label),
              locked: Boolean(s.locked),
              describedBy: channel.ready ? undefined : `n${j}`,
              text: html`<span class="label"><bdi>${channel.label}</bdi></span>`,
            })}
            ${channel.ready ? nothing : html`<span class="hint">${texts.needsSetup()}</span>`}
          </div>`;
        })}
      </div>
      ${drawRows(g, shown, view, catalog, locale)}
    </div>
    ${rest > 0 ? html`<div class="spacer" ${ref(g.spacer)} style=${cssomStyle({ '--pc-rest': String(rest) })}></div>` : nothing}`;
}

/** Category rows drawn under one guard, so that a switch compares a few dozen keys, not every row. */
const blockSize = 50;

/**
 * The section headings and the category rows. Each row is redrawn only when what it shows
 * changed (`guard`), and the category rows between two headings are grouped in blocks of
 * `blockSize` with a guard of their own, keyed by the sum of their rows' stamps (which only
 * grow): with ten thousand rows drawn, a switch used to compare the keys of every row, twice.
 */
function drawRows(
  g: GridView,
  shown: readonly GridRow[],
  view: NotificationPreferences,
  catalog: NotificationCatalog,
  locale: string,
): unknown[] {
  const { channels } = catalog;
  // What every row and block is drawn with besides its own rows.
  const keys = [channels, view.marketingConsent?.granted, g.disabled, locale, g.strings];
  const items: unknown[] = [];
  for (let i = 0; i < shown.length;) {
    const row = shown[i]!;
    if (row.kind === 'section') {
      const on = g.tally.countOnSection(row.section.id, row.categories);
      const r = ++i;
      items.push(
        guard([row.section, row.categories, on, g.collapsed, g.filter, r, ...keys], () =>
          renderSection(g, row, on, channels.length, r),
        ),
      );
      continue;
    }
    const start = i;
    let stamps = 0;
    for (let next; (next = shown[i])?.kind === 'category' && i - start < blockSize; i++) {
      stamps += g.tally.stamp(next.category);
    }
    const end = i;
    items.push(
      guard([g.rows, start, end, stamps, ...keys], () =>
        (shown.slice(start, end) as CategoryRow[]).map(({ category }, k) =>
          guard([category, g.tally.stamp(category), start + k, ...keys], () =>
            renderRow(g, category, view, channels, start + k + 1),
          ),
        ),
      ),
    );
  }
  return items;
}

/**
 * A switch of the grid, here a whole channel's in the header (a row's are the same button,
 * drawn by the row's flat template in row-template.ts): core's switch drawing on a checkbox
 * button that takes part in the grid's roving focus (`data-c`, `tabindex="-1"`). A locked
 * one stays focusable, so keyboard and screen-reader users can reach it and hear why.
 */
function renderColumnSwitch(
  g: GridView,
  options: {
    c: number;
    checked: Checked;
    name: string;
    locked: boolean;
    describedBy: string | typeof nothing | undefined;
    text: TemplateResult;
  },
): TemplateResult {
  return html`<button
    role="checkbox"
    part="switch"
    class="pc-switch switch col"
    data-c=${options.c}
    tabindex="-1"
    aria-checked=${options.checked}
    aria-label=${options.name}
    aria-disabled=${options.locked || g.disabled ? 'true' : nothing}
    aria-describedby=${options.describedBy ?? nothing}
  >
    ${options.text}
  </button>`;
}

/** A section's heading: a disclosure, with how many of its notifications are on ("2 of 5 on"). */
function renderSection(
  g: GridView,
  row: Extract<GridRow, { kind: 'section' }>,
  on: number,
  channelCount: number,
  r: number,
): TemplateResult {
  const { id, label, description } = row.section;
  // As buildRows reads the filter: spaces alone filter nothing.
  const open = g.filter.trim() !== '' || !g.collapsed.has(id);
  return html`<div role="row" part="row section" class="row section" data-r=${r} aria-rowindex=${r + 1}>
    <div role="gridcell" class="section-cell" aria-colspan=${channelCount + 2}>
      <h3>
        <button class="disclosure" data-c="0" tabindex="-1" aria-expanded=${open ? 'true' : 'false'}>
          <span class="chevron" aria-hidden="true"></span><bdi>${label}</bdi>
          <span class="count">${g.texts.sectionCount(formatNumber(on), formatNumber(row.categories.length))}</span>
        </button>
      </h3>
      ${description ? html`<p class="hint"><bdi>${description}</bdi></p>` : nothing}
    </div>
  </div>`;
}

function renderRow(
  g: GridView,
  category: NotificationCategory,
  view: NotificationPreferences,
  channels: NotificationChannel[],
  r: number,
): TemplateResult {
  const { texts } = g;
  const pairs: Pair[] = channels.filter((channel) => supports(category, channel)).map((c) => [category, c]);
  const all = groupState(pairs, view);
  const options = g.hasOptions(category);
  const reasonId = `q${r}`;
  const describe = (lock: Lock, j: number) =>
    lock === 'required' ? reasonId : lock === 'setup' ? `n${j}` : lock === 'marketing' ? 'mk' : nothing;
  const hint = category.description
    ? html`<span class="hint" id="d${r}"><bdi>${category.description}</bdi></span>`
    : nothing;
  const reason = category.required
    ? html`<span class="reason" id=${reasonId}>${bidi(texts.required(category.required.reason))}</span>`
    : nothing;
  const optionsButton = options
    ? html`<button class="options" data-c="0" tabindex="-1" aria-haspopup="dialog">
        ${texts.options()}<span class="sr-only">: <bdi>${category.label}</bdi></span>
      </button>`
    : nothing;
  const disabled = (locked: Lock) => (locked || g.disabled ? 'true' : nothing);
  // The row, its "All" switch and its cells in one template (row-template.ts says why).
  let pattern = '';
  const values: unknown[] = [
    r,
    r + 1,
    options ? nothing : 0,
    options ? nothing : -1,
    `l${r}`,
    category.description ? `d${r}` : nothing,
    `l${r}`,
    category.label,
    hint,
    reason,
    optionsButton,
    all.checked,
    texts.row(category.label),
    disabled(all.locked),
    describe(
      all.locked,
      channels.findIndex((c) => !c.ready),
    ),
    texts.columnAll(),
  ];
  channels.forEach((channel, j) => {
    if (!supports(category, channel)) {
      pattern += 'n';
      values.push(channel.label, texts.notAvailable());
      return;
    }
    pattern += 's';
    const lock = lockOf(category, channel, view);
    values.push(
      isOn(category, channel, view) ? 'true' : 'false',
      texts.cell(channel.label, category.label),
      disabled(lock),
      describe(lock, j),
      channel.label,
    );
  });
  return html(rowStrings(pattern), ...values);
}
