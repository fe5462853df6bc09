import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows drawn at first; more are drawn as the customer scrolls or moves focus toward them. */
const firstRows = 40;
const moreRows = 120;

/**
 * How many rows of a long grid are drawn: the first ones, then more when the spacer that
 * stands for the undrawn ones comes near the screen, or when focus moves toward them.
 */
export class RowsWindow implements ReactiveController {
  readonly #host: ReactiveControllerHost & {
    readonly renderRoot: ParentNode;
    readonly updateComplete: Promise<boolean>;
  };
  #limit = firstRows;
  #observer: IntersectionObserver | undefined;

  constructor(
    host: ReactiveControllerHost & { readonly renderRoot: ParentNode; readonly updateComplete: Promise<boolean> },
  ) {
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

  hostUpdated(): void {
    const spacer = this.#host.renderRoot.querySelector('.spacer');
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#set(this.#limit + moreRows);
      },
      { rootMargin: '600px 0px' },
    );
    this.#observer.disconnect();
    if (spacer) this.#observer.observe(spacer);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
