import {
  ownValue,
  type NotificationCatalog,
  type NotificationCategory,
  type NotificationPreferences,
} from '@prefcenter/core';
import { isOn, lockOf, supports, type Checked, type Lock } from './model.js';

/** A cell as the tally keeps it, one byte: supported, on, and its lock (none, required, setup, marketing). */
const supported = 1;
const on = 2;
const lockShift = 2;
const locks: readonly Lock[] = [undefined, 'required', 'setup', 'marketing'];

/** A value no category's subscriptions can be, so the first read computes every row. */
const unseen = {};

/**
 * What the grid's headers show, for every category at once: each channel's column switch
 * (`groupState` of the whole column) and each section's count (`countOn`). Counted again
 * on every render, since any switch may change them; but each category's cells are worked
 * out again only when its subscriptions are a new object. A merge patch replaces only the
 * categories it touches, so after a switch the tally reads one row anew and adds up bytes
 * for the rest, where asking every cell of ten thousand rows cost more than the switch.
 */
export class GridTally {
  #catalog: NotificationCatalog | undefined;
  #granted: boolean | undefined;
  /** The subscriptions last counted: with the same catalog and consent, nothing to count again. */
  #subscriptions: NotificationPreferences['subscriptions'] | undefined;
  /** Row-major, one byte per cell (categories × channels). */
  #cells = new Uint8Array(0);
  /** Whether each category reaches the customer on at least one channel. */
  #anyOn = new Uint8Array(0);
  /** Each category's subscriptions when its cells were last worked out. */
  #seen: unknown[] = [];
  /**
   * When each category's cells were last worked out, on a clock that never goes back (not
   * even for a new catalog): what a drawn row is keyed by, and a block of rows by the sum.
   */
  #stamps = new Float64Array(0);
  #clock = 0;
  #index = new Map<NotificationCategory, number>();
  #columns: Array<{ checked: Checked; locked: Lock }> = [];

  /** Brings the tally up to `view`; cheap when little changed. */
  update(catalog: NotificationCatalog, view: NotificationPreferences): void {
    const { categories, channels } = catalog;
    const granted = view.marketingConsent?.granted;
    // A render for something else (an announcement, a dialog, the save state) counts nothing:
    // every cell depends only on the catalog, the consent and the subscriptions.
    if (catalog === this.#catalog && granted === this.#granted && view.subscriptions === this.#subscriptions) return;
    this.#subscriptions = view.subscriptions;
    // A new catalog, or consent to marketing (which locks cells of many rows), starts afresh.
    if (catalog !== this.#catalog || granted !== this.#granted) {
      this.#catalog = catalog;
      this.#granted = granted;
      this.#cells = new Uint8Array(categories.length * channels.length);
      this.#anyOn = new Uint8Array(categories.length);
      this.#seen = new Array<unknown>(categories.length).fill(unseen);
      this.#stamps = new Float64Array(categories.length);
      this.#index = new Map(categories.map((category, i) => [category, i]));
    }
    const width = channels.length;
    categories.forEach((category, i) => {
      const subscriptions = ownValue(view.subscriptions, category.id);
      if (this.#seen[i] === subscriptions) return;
      this.#seen[i] = subscriptions;
      this.#stamps[i] = ++this.#clock;
      let any = 0;
      channels.forEach((channel, j) => {
        if (!supports(category, channel)) return void (this.#cells[i * width + j] = 0);
        const cellOn = isOn(category, channel, view);
        if (cellOn) any = 1;
        const lock = locks.indexOf(lockOf(category, channel, view));
        this.#cells[i * width + j] = supported | (cellOn ? on : 0) | (lock << lockShift);
      });
      this.#anyOn[i] = any;
    });
    this.#columns = channels.map((_, j) => this.#column(categories.length, width, j));
  }

  /** A channel's column switch: as `groupState` over every category that has the channel. */
  column(j: number): { checked: Checked; locked: Lock } {
    return this.#columns[j] ?? { checked: 'false', locked: undefined };
  }

  /**
   * A number that changes whenever `category`'s cells may draw differently with the same
   * catalog and consent (its subscriptions are a new object): cheaper to compare than the
   * subscriptions, which are read by key in a record of thousands.
   */
  stamp(category: NotificationCategory): number {
    return this.#stamps[this.#index.get(category) ?? -1] ?? 0;
  }

  /** How many of `categories` reach the customer on at least one channel: as `countOn`. */
  countOn(categories: readonly NotificationCategory[]): number {
    let count = 0;
    for (const category of categories) count += this.#anyOn[this.#index.get(category) ?? -1] ?? 0;
    return count;
  }

  #column(rows: number, width: number, j: number): { checked: Checked; locked: Lock } {
    let switchable = 0;
    let switchableOn = 0;
    let locked = 0;
    let lockedOn = 0;
    let firstLock: Lock;
    for (let i = 0; i < rows; i++) {
      const cell = this.#cells[i * width + j]!;
      if (!(cell & supported)) continue;
      const lock = locks[cell >> lockShift];
      if (lock) {
        locked++;
        firstLock ??= lock;
        if (lock === 'required') lockedOn++;
      } else {
        switchable++;
        if (cell & on) switchableOn++;
      }
    }
    // As groupState: the switchable cells decide; when none can be switched, the locked ones show.
    const [count, onCount] = switchable ? [switchable, switchableOn] : [locked, lockedOn];
    const checked: Checked = onCount === 0 ? 'false' : onCount === count ? 'true' : 'mixed';
    return { checked, locked: switchable ? undefined : firstLock };
  }
}
