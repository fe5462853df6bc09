// Each widget, given catalogs and documents generated from its domain's own schemas
// (valid, near-valid, with hostile keys, not JSON at all): it either draws its ready state,
// without a crash, or says clearly which field of the answer is wrong. It never throws
// uncaught and never stays on its skeleton. Seeded and bounded; `npm run test:fuzz` runs more.
import { expect, fixture } from '@open-wc/testing';
import {
  compiledSchemas,
  formatPath,
  notificationsDomain,
  themeDomain,
  type AdapterError,
  type DomainDefinition,
  type JsonSchema,
  type Versioned,
} from '@prefcenter/core';
import { conformAdapterResponse } from '../shared/checkers.js';
import fc from 'fast-check';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../packages/elements/src/define-all.js';
import { documentsFromSchema, type Mutation } from '../shared/arbitraries.js';
import { FakeBackend } from '../shared/fake-backend.js';
import { fuzzParameters } from '../shared/fuzz-runs.js';
import { waitUntil } from '../shared/wait.js';

interface Subject {
  tag: string;
  definition: DomainDefinition<Versioned, unknown>;
  catalog: JsonSchema;
  document: JsonSchema;
  /** Where the widget draws the catalog's names when it is ready, to compare with the data. */
  drawnNames?: (root: ShadowRoot) => string[];
  names?: (catalog: unknown) => string[];
}

const subjects: Subject[] = [
  {
    tag: 'theme-picker',
    definition: themeDomain as DomainDefinition<Versioned, unknown>,
    catalog: compiledSchemas.themeCatalog,
    document: compiledSchemas.themePreferences,
    drawnNames: (root) => [...root.querySelectorAll('[data-group="accent"] bdi')].map((b) => b.textContent!),
    names: (catalog) => (catalog as { swatches: { name: string }[] }).swatches.map((s) => s.name),
  },
  {
    tag: 'notification-prefs',
    definition: notificationsDomain as DomainDefinition<Versioned, unknown>,
    catalog: compiledSchemas.notificationCatalog,
    document: compiledSchemas.notificationPreferences,
  },
];

/** What the widget must say of an answer: nothing, or the path of its first bad field. */
function expected(schema: JsonSchema, value: unknown, what: string): string | undefined {
  try {
    conformAdapterResponse(schema, value, what);
    return undefined;
  } catch (error) {
    return formatPath((error as AdapterError).path ?? []);
  }
}

for (const subject of subjects) {
  describe(`<${subject.tag}> with generated answers`, () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
    before(() => {
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onRejection);
    });
    after(() => {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    });

    it('draws what the data says, or names its first bad field; never a crash, never an endless skeleton', async () => {
      const tag = unsafeStatic(subject.tag);
      const answers = fc.tuple(documentsFromSchema(subject.catalog), documentsFromSchema(subject.document));
      const tried = new Map<Mutation, number>();
      let refused = 0;
      for (const [catalog, document] of fc.sample(answers, fuzzParameters(24))) {
        for (const { kind } of [catalog, document]) tried.set(kind, (tried.get(kind) ?? 0) + 1);
        const badCatalog = expected(subject.catalog, catalog.value, 'catalog');
        const badDocument = expected(subject.document, document.value, 'document');
        const backend = new FakeBackend(subject.definition, catalog.value, document.value as Versioned);
        backend.cloneAnswers = false; // a Map, a getter or a cycle reaches the widget as it is
        const wrapper = await fixture<HTMLElement>(staticHtml`<div><${tag} storage-key=""></${tag}></div>`);
        const el = wrapper.firstElementChild as HTMLElement & {
          adapter: unknown;
          target?: unknown;
          updateComplete: Promise<boolean>;
        };
        el.target = wrapper;
        el.adapter = backend.adapter;
        await el.updateComplete;
        const root = el.shadowRoot!;
        await waitUntil(() => !root.querySelector('[part="skeleton"]'), `${subject.tag} stayed on its skeleton`);
        const error = root.querySelector('[part="error"]');
        const where = JSON.stringify({ catalog: catalog.kind, document: document.kind, badCatalog, badDocument });
        if (badCatalog === undefined && badDocument === undefined) {
          expect(error?.textContent ?? null, `a valid answer is drawn: ${where}`).to.equal(null);
          if (subject.drawnNames && subject.names) {
            expect(subject.drawnNames(root), where).to.deep.equal(subject.names(catalog.value));
          }
        } else {
          refused += 1;
          expect(error?.getAttribute('role'), `a bad answer is said: ${where}`).to.equal('alert');
          // Both answers are read together; the error names the one that came back bad first.
          const named = [badCatalog, badDocument].filter((path) => path !== undefined);
          expect(
            named.some((path) => error!.textContent!.includes(path!)),
            where,
          ).to.equal(true);
        }
        expect(root.querySelector('img'), 'adapter text is never markup').to.equal(null);
        wrapper.remove();
      }
      expect(uncaught.map(String), 'nothing was thrown uncaught').to.deep.equal([]);
      // The corpus must exercise both outcomes and every kind, or it proves little.
      expect(refused).to.be.greaterThan(0);
      expect([...tried.keys()]).to.include.members(['valid', 'near-valid']);
    });
  });
}
