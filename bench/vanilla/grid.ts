import {
  applyMergePatch,
  formatNumber,
  type NotificationCatalog,
  type NotificationCategory,
  type NotificationChannel,
  type NotificationPreferences,
  type NotificationSection,
  type PreferencesPatch,
} from '@prefcenter/core';
import {
  buildRows,
  countOn,
  groupState,
  isOn,
  lockOf,
  supports,
  type Checked,
  type GridRow,
  type Lock,
} from '../../packages/elements/src/notification-prefs/grid/model.js';
import { messages } from './messages.js';
import { bidi, h, type Child } from './dom.js';

type Pair = [NotificationCategory, NotificationChannel];
export type Patch = PreferencesPatch<NotificationPreferences>;

/** The same progressive drawing rule as <notification-prefs>: 40 rows, then 120 more near the screen. */
const firstRows = 40;
const moreRows = 120;

/**
 * The grid of <notification-prefs>, written by hand: the header, section rows and category
 * rows of notification-prefs.ts `#renderGrid`, `#renderSection` and `#renderRow`, with the
 * switches of `#renderSwitch`. The row model (rows, locks, group states) is the widget's
 * own grid/model.ts, so only the DOM work differs. One click listener on the grid; no
 * keyboard, filter, collapse or dialogs (the bench does not use them).
 */
export class VanillaGrid {
  readonly grid: HTMLElement;
  readonly spacer: HTMLElement;
  #view: NotificationPreferences;
  readonly #catalog: NotificationCatalog;
  readonly #rows: GridRow[];
  readonly #rowElements = new Map<string, HTMLElement>();
  readonly #columnSwitches: HTMLElement[] = [];
  /** Each drawn section's count, with the categories it counts. */
  readonly #sectionCounts = new Map<string, [HTMLElement, readonly NotificationCategory[]]>();
  readonly #onChange: (patch: Patch, pairs: Pair[], on: boolean) => void;
  #drawn = 0;
  readonly #observer: IntersectionObserver;

  constructor(
    catalog: NotificationCatalog,
    view: NotificationPreferences,
    onChange: (patch: Patch, pairs: Pair[], on: boolean) => void,
  ) {
    this.#catalog = catalog;
    this.#view = view;
    this.#onChange = onChange;
    this.#rows = buildRows(catalog, new Set(), '').rows;
    const { channels } = catalog;
    this.grid = h('div', {
      role: 'grid',
      part: 'grid',
      class: 'grid',
      'aria-label': messages.gridLabel(),
      'aria-rowcount': this.#rows.length + 1,
      'aria-colcount': channels.length + 2,
    });
    this.grid.style.setProperty('--pc-channels', String(channels.length));
    this.grid.append(this.#header());
    this.grid.addEventListener('click', (event) => this.#onClick(event));
    this.spacer = h('div', { class: 'spacer' });
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#drawTo(this.#drawn + moreRows);
      },
      { rootMargin: '600px 0px' },
    );
    this.#drawTo(firstRows);
  }

  get view(): NotificationPreferences {
    return this.#view;
  }

  /** Takes the document the backend answered with (the same, once saved). */
  set view(view: NotificationPreferences) {
    this.#view = view;
  }

  /** How many rows are not drawn yet (the spacer stands in for them). */
  get rest(): number {
    return this.#rows.length - this.#drawn;
  }

  disconnect(): void {
    this.#observer.disconnect();
  }

  /** Draws rows up to `limit`, then watches the spacer again (a fresh notice if it is still near). */
  #drawTo(limit: number): void {
    const end = Math.min(limit, this.#rows.length);
    const fragment = document.createDocumentFragment();
    for (let i = this.#drawn; i < end; i++) {
      const row = this.#rows[i]!;
      fragment.append(
        row.kind === 'section' ? this.#section(row.section, row.categories, i + 1) : this.#row(row.category, i + 1),
      );
    }
    this.grid.append(fragment);
    this.#drawn = Math.max(this.#drawn, end);
    this.#observer.disconnect();
    if (this.rest > 0) {
      this.spacer.style.setProperty('--pc-rest', String(this.rest));
      this.#observer.observe(this.spacer);
    } else this.spacer.remove();
  }

  #switch(options: {
    column?: boolean;
    c: number;
    checked: Checked;
    name: string;
    locked: boolean;
    describedBy: string | undefined;
    label: Child;
    hidden: boolean;
  }): HTMLElement {
    return h(
      'button',
      {
        role: 'checkbox',
        part: 'switch',
        class: options.column ? 'pc-switch switch col' : 'pc-switch switch',
        'data-c': options.c,
        tabindex: -1,
        'aria-checked': options.checked,
        'aria-label': options.name,
        'aria-disabled': options.locked ? 'true' : undefined,
        'aria-describedby': options.describedBy,
      },
      h('span', { class: 'label', 'aria-hidden': options.hidden ? 'true' : undefined }, options.label),
    );
  }

  #header(): HTMLElement {
    const { channels, categories } = this.#catalog;
    const row = h(
      'div',
      { role: 'row', part: 'row', class: 'row head', 'data-r': 0, 'aria-rowindex': 1 },
      // The grid's one tab stop starts on its first cell.
      h('div', { role: 'columnheader', class: 'name', 'data-c': 0, tabindex: 0 }, messages.columnCategory()),
      h('div', { role: 'columnheader', class: 'all', 'data-c': 1, tabindex: -1 }, messages.columnAll()),
    );
    channels.forEach((channel, j) => {
      const s = groupState(this.#column(categories, channel), this.#view);
      const button = this.#switch({
        column: true,
        c: j + 2,
        checked: s.checked,
        name: messages.column(channel.label),
        locked: Boolean(s.locked),
        describedBy: channel.ready ? undefined : `n${j}`,
        label: h('bdi', null, channel.label),
        hidden: false,
      });
      this.#columnSwitches.push(button);
      row.append(
        h(
          'div',
          { role: 'columnheader', class: 'cell' },
          button,
          !channel.ready && h('span', { class: 'hint' }, messages.needsSetup()),
        ),
      );
    });
    return row;
  }

  #section(section: NotificationSection, categories: readonly NotificationCategory[], r: number): HTMLElement {
    const { label, description } = section;
    const count = h('span', { class: 'count' }, this.#sectionCount(categories));
    this.#sectionCounts.set(section.id, [count, categories]);
    return h(
      'div',
      { role: 'row', part: 'row section', class: 'row section', 'data-r': r, 'aria-rowindex': r + 1 },
      h(
        'div',
        { role: 'gridcell', class: 'section-cell', 'aria-colspan': this.#catalog.channels.length + 2 },
        h(
          'h3',
          null,
          h(
            'button',
            { class: 'disclosure', 'data-c': 0, tabindex: -1, 'aria-expanded': 'true' },
            h('span', { class: 'chevron', 'aria-hidden': 'true' }),
            h('bdi', null, label),
            ' ',
            count,
          ),
        ),
        description && h('p', { class: 'hint' }, h('bdi', null, description)),
      ),
    );
  }

  /** "2 of 5 on": how many of the section's categories have a channel on. */
  #sectionCount(categories: readonly NotificationCategory[]): string {
    const on = countOn(categories, this.#catalog.channels, this.#view);
    return messages.sectionCount(formatNumber(on), formatNumber(categories.length));
  }

  #row(category: NotificationCategory, r: number): HTMLElement {
    const { channels } = this.#catalog;
    const view = this.#view;
    // As features/category-options.ts `hasOptions`.
    const options = (category.frequencies?.length ?? 0) > 0 || category.threshold !== undefined;
    const describe = (lock: Lock, j: number) =>
      lock === 'required' ? `q${r}` : lock === 'setup' ? `n${j}` : lock === 'marketing' ? 'mk' : undefined;
    const all = groupState(this.#pairs(category), view);
    const row = h(
      'div',
      { role: 'row', part: 'row', class: 'row', 'data-r': r, 'aria-rowindex': r + 1 },
      h(
        'div',
        {
          role: 'rowheader',
          class: 'name',
          'data-c': options ? undefined : 0,
          tabindex: options ? undefined : -1,
          'aria-labelledby': `l${r}`,
          'aria-describedby': category.description ? `d${r}` : undefined,
        },
        h('span', { class: 'title', id: `l${r}` }, h('bdi', null, category.label)),
        category.description && h('span', { class: 'hint', id: `d${r}` }, h('bdi', null, category.description)),
        category.required &&
          h('span', { class: 'reason', id: `q${r}` }, ...bidi(messages.required(category.required.reason))),
        options &&
          h(
            'button',
            { class: 'options', 'data-c': 0, tabindex: -1, 'aria-haspopup': 'dialog' },
            messages.options(),
            h('span', { class: 'sr-only' }, ': ', h('bdi', null, category.label)),
          ),
      ),
      h(
        'div',
        { role: 'gridcell', class: 'all' },
        this.#switch({
          c: 1,
          checked: all.checked,
          name: messages.row(category.label),
          locked: Boolean(all.locked),
          describedBy: describe(
            all.locked,
            channels.findIndex((c) => !c.ready),
          ),
          label: h('bdi', null, messages.columnAll()),
          hidden: true,
        }),
      ),
    );
    channels.forEach((channel, j) => {
      if (!supports(category, channel)) {
        row.append(
          h(
            'div',
            { role: 'gridcell', class: 'cell na', 'data-c': j + 2, tabindex: -1 },
            h('span', { class: 'label', 'aria-hidden': 'true' }, h('bdi', null, channel.label)),
            h('span', { 'aria-hidden': 'true' }, '—'),
            h('span', { class: 'sr-only' }, messages.notAvailable()),
          ),
        );
        return;
      }
      const lock = lockOf(category, channel, view);
      row.append(
        h(
          'div',
          { role: 'gridcell', class: 'cell' },
          this.#switch({
            c: j + 2,
            checked: isOn(category, channel, view) ? 'true' : 'false',
            name: messages.cell(channel.label, category.label),
            locked: Boolean(lock),
            describedBy: describe(lock, j),
            label: h('bdi', null, channel.label),
            hidden: true,
          }),
        ),
      );
    });
    this.#rowElements.set(category.id, row);
    return row;
  }

  #pairs(category: NotificationCategory): Pair[] {
    return this.#catalog.channels.filter((channel) => supports(category, channel)).map((c) => [category, c]);
  }

  #column(categories: NotificationCategory[], channel: NotificationChannel): Pair[] {
    return categories.filter((category) => supports(category, channel)).map((category) => [category, channel]);
  }

  #onClick(event: MouseEvent): void {
    const button = (event.target as Element).closest('button');
    const rowElement = button?.closest<HTMLElement>('[data-r]');
    if (!button || !rowElement) return;
    const r = Number(rowElement.dataset.r);
    const c = Number(button.dataset.c);
    const { channels, categories } = this.#catalog;
    if (r === 0) return this.#switchGroup(this.#column(categories, channels[c - 2]!));
    const row = this.#rows[r - 1]!;
    // Sections and options are not part of the bench.
    if (row.kind === 'section' || c === 0) return;
    this.#switchGroup(c === 1 ? this.#pairs(row.category) : [[row.category, channels[c - 2]!]]);
  }

  /** On unless all are on; locked cells stay as they are. Then the switches that show these cells. */
  #switchGroup(pairs: Pair[]): void {
    const view = this.#view;
    const { checked, switchable } = groupState(pairs, view);
    if (!switchable.length) return;
    const next = checked !== 'true';
    const changed = switchable.filter(([category, channel]) => isOn(category, channel, view) !== next);
    const byCategory = new Map<string, Map<string, boolean>>();
    for (const [category, channel] of changed) {
      let channelsOf = byCategory.get(category.id);
      if (!channelsOf) byCategory.set(category.id, (channelsOf = new Map()));
      channelsOf.set(channel.id, next);
    }
    const subscriptions = Object.fromEntries([...byCategory].map(([id, map]) => [id, Object.fromEntries(map)]));
    const patch: Patch = { subscriptions };
    this.#view = applyMergePatch(view, patch);
    this.#refresh(changed);
    this.#onChange(patch, changed, next);
  }

  /** Sets `aria-checked` on the drawn switches of the changed cells, their rows and their columns. */
  #refresh(changed: Pair[]): void {
    const { channels, categories } = this.#catalog;
    const view = this.#view;
    const rows = new Set(changed.map(([category]) => category));
    for (const category of rows) {
      const row = this.#rowElements.get(category.id);
      if (!row) continue;
      const cells = row.children;
      cells[1]!.firstElementChild!.setAttribute('aria-checked', groupState(this.#pairs(category), view).checked);
      channels.forEach((channel, j) => {
        if (supports(category, channel)) {
          cells[j + 2]!.firstElementChild!.setAttribute(
            'aria-checked',
            isOn(category, channel, view) ? 'true' : 'false',
          );
        }
      });
    }
    for (const sectionId of new Set([...rows].map((category) => category.sectionId))) {
      const drawn = this.#sectionCounts.get(sectionId);
      if (drawn) drawn[0].textContent = this.#sectionCount(drawn[1]);
    }
    for (const channel of new Set(changed.map(([, channel]) => channel))) {
      const j = channels.indexOf(channel);
      this.#columnSwitches[j]!.setAttribute(
        'aria-checked',
        groupState(this.#column(categories, channel), view).checked,
      );
    }
  }
}
