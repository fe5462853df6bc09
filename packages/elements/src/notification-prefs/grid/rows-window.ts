import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows drawn at first; more are drawn as the customer scrolls or moves focus toward them. */
const firstRows = 40;
const moreRows = 120;

/**
 * How many rows of a long grid are drawn: the first ones, then more when the spacer that
 * stands for the undrawn ones comes near the screen, or when focus moves toward them.
 *
 * The grid hands its spacer over with `observe` (a `ref()` callback) rather than the window
 * looking for it after each update: a query over a shadow tree of ten thousand rows cost
 * more than the switch that caused the update.
 */
export class RowsWindow implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly updateComplete: Promise<boolean> };
  #limit = firstRows;
  #observer: IntersectionObserver | undefined;
  #spacer: Element | undefined;

  constructor(host: ReactiveControllerHost & { readonly updateComplete: Promise<boolean> }) {
    this.#host = host;
    host.addController(this);
  }

  get limit(): number {
    return this.#limit;
  }

  #set(limit: number): void {
    this.#limit = limit;
    this.#host.requestUpdate();
  }

  /** Back to the first rows (a new filter). */
  reset(): void {
    this.#set(firstRows);
  }

  /** Draws row `r` and some beyond, and waits until they are drawn. */
  async reveal(r: number): Promise<void> {
    if (r <= this.#limit) return;
    this.#set(r + moreRows);
    await this.#host.updateComplete;
  }

  /** The spacer, as drawn (`undefined` once every row is drawn); for `ref()`. */
  readonly observe = (spacer: Element | undefined): void => {
    this.#spacer = spacer;
    this.#watch();
  };

  /**
   * After each update the spacer is watched afresh even when it is the same element: an
   * observer reports only changes of intersection, and a spacer still near the screen
   * after more rows were drawn must bring the next ones.
   */
  hostUpdated(): void {
    if (this.#spacer) this.#watch();
  }

  #watch(): void {
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#set(this.#limit + moreRows);
      },
      { rootMargin: '600px 0px' },
    );
    this.#observer.disconnect();
    if (this.#spacer) this.#observer.observe(this.#spacer);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  hostConnected(): void {
    if (this.#spacer) this.#watch();
  }
}
