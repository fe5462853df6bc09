import { LitElement, html } from 'lit';
import type {
  ReadOptions,
  ChangeMeta,
  PreferencesPatch,
  ResourceNotice,
  ResourceSpec,
  Versioned,
} from '@prefcenter/core';
import { Deferred } from '../shared/deferred.js';

export { Deferred } from '../shared/deferred.js';

/** Calls, in order, that a test can wait for one by one. */
export class CallQueue<C> {
  readonly all: C[] = [];
  private taken = 0;
  private waiters: Array<(call: C) => void> = [];

  push(call: C): void {
    this.all.push(call);
    const waiter = this.waiters.shift();
    if (waiter) {
      this.taken += 1;
      waiter(call);
    }
  }

  /** The next call not yet taken; waits for it when there is none yet. */
  next(): Promise<C> {
    if (this.taken < this.all.length) return Promise.resolve(this.all[this.taken++]!);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  get length(): number {
    return this.all.length;
  }
}

export interface Doc extends Versioned {
  a: number;
  b: number;
  nested: { x: string; y: string };
}

export const doc = (version: number, fields: Partial<Omit<Doc, 'version' | 'updatedAt'>> = {}): Doc => ({
  version,
  updatedAt: '2024-05-01T10:00:00Z',
  a: 1,
  b: 1,
  nested: { x: 'x0', y: 'y0' },
  ...fields,
});

export interface LoadCall {
  options: ReadOptions;
  deferred: Deferred<Doc>;
}
export interface SaveCall {
  patch: PreferencesPatch<Doc>;
  meta: ChangeMeta;
  deferred: Deferred<Doc>;
}

/** A resource spec whose every answer the test gives by hand. */
export class FakeSpec {
  readonly loads = new CallQueue<LoadCall>();
  readonly catalogLoads = new CallQueue<{ options: ReadOptions; deferred: Deferred<string[]> }>();
  readonly saves = new CallQueue<SaveCall>();
  readonly listeners = new Set<(document: Doc) => void>();

  readonly spec: ResourceSpec<Doc, string[]> = {
    domain: 'theme',
    load: (options) => {
      const deferred = new Deferred<Doc>();
      this.loads.push({ options, deferred });
      return deferred.promise;
    },
    save: (patch, meta) => {
      const deferred = new Deferred<Doc>();
      this.saves.push({ patch, meta, deferred });
      return deferred.promise;
    },
    subscribe: (listener) => {
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    },
  };

  get catalogSpec(): ResourceSpec<Doc, string[]> {
    return {
      ...this.spec,
      loadCatalog: (options) => {
        const deferred = new Deferred<string[]>();
        this.catalogLoads.push({ options, deferred });
        return deferred.promise;
      },
    };
  }

  push(document: Doc): void {
    for (const listener of this.listeners) listener(document);
  }
}

/** A bare host for the controller; it renders nothing of its own. */
export class ResourceHost extends LitElement {
  renders = 0;
  protected override render() {
    this.renders += 1;
    return html``;
  }
}
customElements.define('test-resource-host', ResourceHost);

/** Notices the controller reported, waitable by type. */
export class Notices {
  readonly all: ResourceNotice[] = [];
  private waiters: Array<{ type: ResourceNotice['type']; resolve: (n: ResourceNotice) => void }> = [];
  private seen = new Map<ResourceNotice['type'], number>();

  readonly record = (notice: ResourceNotice): void => {
    this.all.push(notice);
    const index = this.waiters.findIndex((w) => w.type === notice.type);
    if (index >= 0) {
      const [waiter] = this.waiters.splice(index, 1);
      this.seen.set(notice.type, (this.seen.get(notice.type) ?? 0) + 1);
      waiter!.resolve(notice);
    }
  };

  /** The next notice of `type` not yet waited for. */
  next<T extends ResourceNotice['type']>(type: T): Promise<Extract<ResourceNotice, { type: T }>> {
    const taken = this.seen.get(type) ?? 0;
    const ofType = this.all.filter((n) => n.type === type);
    if (ofType.length > taken) {
      this.seen.set(type, taken + 1);
      return Promise.resolve(ofType[taken] as Extract<ResourceNotice, { type: T }>);
    }
    return new Promise((resolve) => this.waiters.push({ type, resolve: resolve as (n: ResourceNotice) => void }));
  }
}
