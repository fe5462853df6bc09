import { moveFocus, type Position } from './keys.js';
import type { GridRow } from './model.js';

export interface GridNavigationHost {
  /** The `role="grid"` element, once drawn. */
  grid(): HTMLElement | null;
  rows(): readonly GridRow[];
  channelCount(): number;
  /** Makes sure row `r` is drawn (rows far down are drawn on demand). */
  reveal(r: number): Promise<void>;
}

/**
 * The grid's one tab stop and its arrow keys (the WAI-ARIA grid pattern): where the stop
 * is, moving it on a key or a click, and keeping it on a drawn cell after each update.
 * The column is kept when passing through section rows, which have one cell.
 */
export class GridNavigation {
  readonly #host: GridNavigationHost;
  #pos: Position = { r: 0, c: 0 };
  #tabStop: HTMLElement | undefined;

  constructor(host: GridNavigationHost) {
    this.#host = host;
  }

  /** The last column of row `r`: the channels' in the header and category rows, 0 in a section's. */
  lastCol = (r: number): number =>
    r === 0 || this.#host.rows()[r - 1]?.kind === 'category' ? this.#host.channelCount() + 1 : 0;

  #cellAt({ r, c }: Position): HTMLElement | null {
    const row = this.#host.grid()?.children[r];
    return row?.querySelector<HTMLElement>(`[data-c="${Math.min(c, this.lastCol(r))}"]`) ?? null;
  }

  /** After each update: the tab stop is on the current cell, or the first one. */
  sync(): void {
    const target = this.#cellAt(this.#pos) ?? this.#cellAt({ r: 0, c: 0 });
    if (!target || target === this.#tabStop) return;
    this.#tabStop?.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    this.#tabStop = target;
  }

  /** Focuses the current cell, e.g. when what had focus left the page. */
  focusCurrent(): void {
    this.#cellAt(this.#pos)?.focus();
  }

  /** Moves focus to the first cell of row `r` (the category's name), drawing it first. */
  focusRow(r: number): Promise<void> {
    return this.#focusAt({ r, c: 0 });
  }

  async #focusAt(pos: Position): Promise<void> {
    this.#pos = pos;
    await this.#host.reveal(pos.r);
    this.sync();
    this.#cellAt(pos)?.focus();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.shiftKey) return;
    const rtl = getComputedStyle(this.#host.grid()!).direction === 'rtl';
    const next = moveFocus(event, this.#pos, this.#host.rows().length + 1, this.lastCol, rtl);
    if (!next) return;
    event.preventDefault();
    void this.#focusAt(next);
  };

  readonly onFocusin = (event: FocusEvent): void => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-r]');
    const cell = target.closest<HTMLElement>('[data-c]');
    if (!row || !cell) return;
    const r = Number(row.dataset.r);
    this.#pos = { r, c: this.lastCol(r) === 0 ? this.#pos.c : Number(cell.dataset.c) };
    this.sync();
  };
}
