import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError } from '../errors.js';
import { PrefsErrorEvent, PrefsReauthRequiredEvent } from '../events.js';
import type { Versioned } from '../schemas/common.js';
import { ActionRunner, type ActionNotice, type ActionState } from './action-runner.js';
import type { ResourceNotice, ResourceSpec } from './resource-controller.js';

/** What actions need of the widget's resource; a `ResourceController` is one. */
export interface ActionResource<D extends Versioned, C = unknown> {
  readonly spec: ResourceSpec<D, C> | undefined;
  readonly timeout: number;
  readonly confirmed: D | undefined;
  adopt(document: D): void;
  refresh(): Promise<void>;
  notify(notice: ResourceNotice): void;
}

export interface RunOptions {
  /** This action's deadline in milliseconds, instead of the resource's. */
  timeout?: number;
}

/**
 * A widget's actions (verify a channel, remove a payment method, read a history), next to
 * the patches its `ResourceController` saves, with the same guarantees: a deadline,
 * abort when the widget leaves the page, Retry with the same idempotency key,
 * `reauth-required` and conflicts handled, each result told through the controller's
 * notices. Opt-in, so a widget without actions does not ship them:
 *
 *   protected readonly actions = new ResourceActions<Doc, Catalog, NotificationActionName>(this, this.resource);
 *
 * `A` is the domain's action names (each domain folder exports them, derived from its
 * definition), so a misspelt name does not compile; it stays `string` for generic code such
 * as core's history panel, which is told its action's name.
 */
export class ResourceActions<
  D extends Versioned,
  C = unknown,
  A extends string = string,
> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #resource: ActionResource<D, C>;
  readonly #runner: ActionRunner;
  /** The spec the runner's states belong to: a new adapter starts from nothing. */
  #spec: ResourceSpec<D, C> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, resource: ActionResource<D, C>) {
    this.#host = host;
    this.#resource = resource;
    this.#runner = new ActionRunner({
      timeout: () => resource.timeout,
      version: () => resource.confirmed?.version ?? 0,
      requestUpdate: () => host.requestUpdate(),
      onSettled: (notice, attempt) => this.#settled(notice, attempt.retry),
    });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#runner.abortAll();
  }

  /** Whether the adapter offers the action `name` (it has the action's method). */
  offers(name: A): boolean {
    return this.#current()?.actions?.has(name) ?? false;
  }

  /** Where the action `name` on `target` stands, for the template. */
  state<R = unknown>(name: A, target = ''): ActionState<R> {
    this.#current();
    return this.#runner.state<R>(name, target);
  }

  /**
   * Runs the action `name` with `input` on `target` (the channel, the payment method). A
   * second call while it runs starts nothing. Resolves with the settled state; never
   * rejects. Each attempt, a Retry included, goes to the adapter in use when it starts: a
   * host that builds a new adapter after signing the customer in again keeps the Retry.
   */
  run<R = unknown>(name: A, input: unknown, target = '', options: RunOptions = {}): Promise<ActionState<R>> {
    if (!this.offers(name)) {
      const error = new AdapterError('unavailable', `The adapter offers no "${name}" action.`);
      return Promise.resolve({ status: 'failed', error });
    }
    return this.#runner.run(
      name,
      target,
      async (meta) => {
        const spec = this.#current();
        const action = spec?.actions?.get(name);
        if (!action) throw new AdapterError('unavailable', `The adapter offers no "${name}" action.`);
        const outcome = await action(input, meta);
        // An answer that came after its deadline, a reset or the widget leaving, or from an
        // adapter replaced meanwhile, is not this widget's state.
        if (outcome.document && !meta.signal.aborted && this.#resource.spec === spec) {
          this.#resource.adopt(outcome.document);
        }
        return outcome.result as R;
      },
      options.timeout,
    );
  }

  /** Runs a failed action again, with the same idempotency key. */
  retry(name: A, target = ''): void {
    void this.#runner.retry(name, target);
  }

  /** Forgets how an action went; one under way is aborted. */
  reset(name: A, target = ''): void {
    this.#runner.reset(name, target);
  }

  /** The resource's spec; what ran on an adapter that was replaced is aborted (what failed stays, for Retry). */
  #current(): ResourceSpec<D, C> | undefined {
    const spec = this.#resource.spec;
    if (spec !== this.#spec) {
      if (this.#spec) this.#runner.abortAll('The adapter was replaced.');
      this.#spec = spec;
    }
    return spec;
  }

  async #settled(notice: ActionNotice, retry: () => void): Promise<void> {
    const spec = this.#resource.spec;
    if (!spec) return;
    // Said first, so that a Retry started by a listener of the events below is heard after it.
    if (notice.type !== 'action-failed') {
      this.#resource.notify(notice);
      return;
    }
    const { error } = notice;
    // Made on a stale version: read the current one first, so that a Retry is made on it.
    if (error.kind === 'conflict') await this.#resource.refresh();
    this.#resource.notify(notice);
    this.#host.dispatchEvent(
      new PrefsErrorEvent({ domain: spec.domain, operation: 'action', action: notice.action, error }),
    );
    if (error.kind === 'reauth-required') {
      this.#host.dispatchEvent(new PrefsReauthRequiredEvent({ domain: spec.domain, retry }));
    }
  }
}
