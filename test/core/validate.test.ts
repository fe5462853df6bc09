// core checks adapter answers with checkers generated from the zod schemas
// (scripts/compile-schemas.mjs), so widgets do not ship zod. These tests hold the
// two to the same verdict, the same data and the same message, on the seeds and on
// thousands of malformed variants of them.
import { expect } from '@open-wc/testing';
import { bankSeed, generateNotificationSeed } from '@prefcenter/adapter-local';
import {
  AdapterError,
  changeHistorySchema,
  compiledSchemas,
  notificationCatalogSchema,
  notificationPreferencesSchema,
  parseAdapterResponse,
  paymentsSchema,
  privacyCatalogSchema,
  privacyPreferencesSchema,
  SchemaMismatch,
  themeCatalogSchema,
  themePreferencesSchema,
  type JsonSchema,
} from '@prefcenter/core';
import { conform, conformAdapterResponse } from '../shared/checkers.js';

type ZodSchema = Parameters<typeof parseAdapterResponse>[0];
type Verdict = { ok: true; data: string } | { ok: false; message: string };

function verdict(run: () => unknown): Verdict {
  try {
    return { ok: true, data: JSON.stringify(sortKeys(run())) };
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error;
    return { ok: false, message: error.message };
  }
}
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * Every path to a value inside `value`, the root included, descending into the first two
 * items of an array and its last: the items between have the same shape, and walking all
 * of them made this test quadratic in the seed's size (it took over 10 s on a busy CI
 * machine) without trying anything new.
 */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) {
    const sampled = new Set([0, 1, value.length - 1].filter((i) => i >= 0 && i < value.length));
    for (const i of sampled) out.push(...paths(value[i], [...at, i]));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...at, key]));
  }
  return out;
}

const deleted = Symbol('deleted');
const replacements: unknown[] = [
  deleted,
  null,
  42,
  -1,
  1.5,
  Number.NaN,
  '',
  'x',
  'x'.repeat(2001),
  '2026-13-01T00:00:00Z',
  '25:00',
  true,
  [],
  {},
  [1],
  { extra: 1 },
];

/** `value` with the thing at `path` replaced (or deleted); only the containers on the path are copied. */
function mutate(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement === deleted ? undefined : replacement;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container = value as Record<string | number, unknown>;
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<string | number, unknown>;
  if (rest.length) copy[key] = mutate(container[key], rest, replacement);
  else if (replacement !== deleted) copy[key] = replacement;
  else if (Array.isArray(copy)) copy.splice(key as number, 1);
  else delete copy[key];
  return copy;
}

const cases: [string, JsonSchema, ZodSchema, unknown[]][] = [
  ['theme palette', compiledSchemas.themeCatalog, themeCatalogSchema, [bankSeed.theme.catalog]],
  ['theme preferences', compiledSchemas.themePreferences, themePreferencesSchema, [bankSeed.theme.preferences]],
  [
    'notification catalog',
    compiledSchemas.notificationCatalog,
    notificationCatalogSchema,
    [bankSeed.notifications.catalog, generateNotificationSeed(12).catalog],
  ],
  [
    'notification preferences',
    compiledSchemas.notificationPreferences,
    notificationPreferencesSchema,
    [bankSeed.notifications.preferences, generateNotificationSeed(12).preferences],
  ],
  ['change history', compiledSchemas.changeHistory, changeHistorySchema, [bankSeed.notifications.history ?? []]],
  ['privacy catalog', compiledSchemas.privacyCatalog, privacyCatalogSchema, [bankSeed.privacy.catalog]],
  ['privacy preferences', compiledSchemas.privacyPreferences, privacyPreferencesSchema, [bankSeed.privacy.preferences]],
  ['payment methods', compiledSchemas.payments, paymentsSchema, [bankSeed.payments]],
];

describe('the generated checkers agree with the zod schemas they are compiled from', () => {
  for (const [what, json, zod, seeds] of cases) {
    it(`${what}: the same verdict, data and message on the seed and every malformed variant`, () => {
      let variants = 0;
      let rejected = 0;
      for (const seed of seeds) {
        expect(verdict(() => conformAdapterResponse(json, seed, what)).ok, 'the seed is valid').to.equal(true);
        for (const path of paths(seed)) {
          for (const replacement of replacements) {
            const value = mutate(seed, path, replacement);
            const ours = verdict(() => conformAdapterResponse(json, value, what));
            const zods = verdict(() => parseAdapterResponse(zod, value, what));
            expect(ours, `${what} with ${JSON.stringify(path)} = ${String(replacement)}`).to.deep.equal(zods);
            variants += 1;
            if (!ours.ok) rejected += 1;
          }
        }
      }
      // The corpus must exercise both outcomes, or the comparison proves little.
      expect(rejected).to.be.greaterThan(variants / 4);
      expect(variants - rejected).to.be.greaterThan(0);
    });
  }

  it('says what a pattern allows, in both checkers, rather than "must be a valid pattern"', () => {
    const catalog = bankSeed.notifications.catalog;
    const palette = bankSeed.theme.catalog;
    const refusals: [string, JsonSchema, ZodSchema, unknown, string][] = [
      [
        'notification catalog',
        compiledSchemas.notificationCatalog,
        notificationCatalogSchema,
        { ...catalog, categories: [{ ...catalog.categories[0]!, id: '__proto__' }] },
        'categories[0].id: may be any text but "__proto__"',
      ],
      [
        'theme palette',
        compiledSchemas.themeCatalog,
        themeCatalogSchema,
        { ...palette, swatches: [{ ...palette.swatches[0]!, light: 'blue' }] },
        'swatches[0].light: must be a color written #rgb or #rrggbb',
      ],
    ];
    for (const [what, json, zod, value, said] of refusals) {
      const ours = verdict(() => conformAdapterResponse(json, value, what));
      expect(ours).to.deep.equal(verdict(() => parseAdapterResponse(zod, value, what)));
      expect(ours.ok).to.equal(false);
      expect((ours as { message: string }).message).to.contain(said);
    }
  });

  it("reads only a schema's own fields, whatever a page added to Object.prototype", () => {
    // Another script on the host page may add an enumerable property to every object; the
    // checker must still see only the schema's fields (it once looped with for...in).
    const catalog = generateNotificationSeed(3).catalog;
    const before = verdict(() => conformAdapterResponse(compiledSchemas.notificationCatalog, catalog, 'catalog'));
    const proto = Object.prototype as Record<string, unknown>;
    let polluted: Verdict;
    try {
      proto['injected'] = true;
      // A field the schema has, left out of the answer: it must stay out, not be read from the prototype.
      proto['marketing'] = 'from the prototype';
      polluted = verdict(() => conformAdapterResponse(compiledSchemas.notificationCatalog, catalog, 'catalog'));
    } finally {
      delete proto['injected'];
      delete proto['marketing'];
    }
    expect(before.ok).to.equal(true);
    expect(polluted).to.deep.equal(before);
  });

  it('checks URLs the way zod does for the clear cases', () => {
    const base = bankSeed.privacy.catalog;
    for (const noticeUrl of ['https://bank.example/privacy', 'not a url', 'mailto:privacy@bank.example']) {
      const value = { ...base, noticeUrl };
      expect(
        verdict(() => conformAdapterResponse(compiledSchemas.privacyCatalog, value, 'privacy catalog')),
      ).to.deep.equal(verdict(() => parseAdapterResponse(privacyCatalogSchema, value, 'privacy catalog')));
    }
  });

  it('checks date-times in code exactly as zod regex does, calendar days included', () => {
    const base = bankSeed.theme.preferences;
    const dates = [
      '2024-02-29T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '2000-02-29T12:30:00+02:00',
      '1900-02-29T12:30:00Z',
      '0004-02-29T00:00:00Z',
      '0100-02-29T00:00:00Z',
      '2024-04-30T23:59:59.123456-05:30',
      '2024-04-31T00:00:00Z',
      '2024-13-01T00:00:00Z',
      '2024-00-10T00:00:00Z',
      '2024-01-00T00:00:00Z',
      '2024-01-01T24:00:00Z',
      '2024-01-01T10:60:00Z',
      '2024-01-01T10:00Z',
      '2024-01-01T10:00:00',
      '2024-01-01T10:00:00+24:00',
      '2024-01-01t10:00:00z',
      '2024-01-01T10:00:00Z trailing',
    ];
    let rejected = 0;
    for (const updatedAt of dates) {
      const value = { ...base, updatedAt };
      const ours = verdict(() => conformAdapterResponse(compiledSchemas.themePreferences, value, 'theme'));
      expect(ours, updatedAt).to.deep.equal(
        verdict(() => parseAdapterResponse(themePreferencesSchema, value, 'theme')),
      );
      if (!ours.ok) rejected += 1;
    }
    expect(rejected).to.equal(14);
  });
});

describe('uniqueBy, declared on the schema', () => {
  it('names the second item that repeats an id, as an invalid-response', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
          uniqueBy: 'id',
        },
      },
      required: ['items'],
    };
    expect(conformAdapterResponse(schema, { items: [{ id: 'a' }, { id: 'b' }] }, 'list')).to.deep.equal({
      items: [{ id: 'a' }, { id: 'b' }],
    });
    try {
      conformAdapterResponse(schema, { items: [{ id: 'a' }, { id: 'b' }, { id: 'a' }] }, 'list');
      expect.fail('expected a duplicate to be refused');
    } catch (error) {
      expect(error).to.be.instanceOf(AdapterError);
      expect((error as AdapterError).kind).to.equal('invalid-response');
      expect((error as AdapterError).path).to.deep.equal(['items', 2, 'id']);
      expect((error as AdapterError).message).to.equal(
        'Malformed list from the adapter at items[2].id: duplicate id "a".',
      );
    }
  });
});

/** The mismatch `run` throws (and fails the test when it throws none, or something else). */
function refusalOf(run: () => unknown): SchemaMismatch {
  try {
    run();
  } catch (error) {
    if (error instanceof SchemaMismatch) return error;
    throw error;
  }
  throw new Error('expected a mismatch');
}

describe('conform', () => {
  it('fills defaults with fresh copies and drops unknown keys', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { list: { default: [], type: 'array', items: { type: 'string' } }, n: { type: 'number' } },
      required: ['n'],
    };
    const a = conform<{ list: string[] }>(schema, { n: 1, junk: true });
    const b = conform<{ list: string[] }>(schema, { n: 2 });
    expect(a).to.deep.equal({ list: [], n: 1 });
    a.list.push('x');
    expect(b.list).to.deep.equal([]);
  });

  it('names the path and the problem of the first mismatch', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { rows: { type: 'array', items: { type: 'integer', minimum: 0 } } },
      required: ['rows'],
    };
    try {
      conform(schema, { rows: [1, 2.5] });
      expect.fail('expected a mismatch');
    } catch (error) {
      expect(error).to.be.instanceOf(SchemaMismatch);
      expect((error as SchemaMismatch).path).to.deep.equal(['rows', 1]);
      expect((error as SchemaMismatch).problem).to.equal('expected int');
    }
  });

  it('reads a getter once, as zod does, and hands on a plain value', () => {
    let reads = 0;
    const answer = {
      ...bankSeed.theme.catalog,
      get defaultAccent() {
        reads += 1;
        return 'blue';
      },
    };
    const checked = conform<Record<string, unknown>>(compiledSchemas.themeCatalog, answer);
    expect(reads).to.equal(1);
    expect(Object.getOwnPropertyDescriptor(checked, 'defaultAccent')).to.include({ value: 'blue', writable: true });
  });

  it('drops a hidden key of a record, and refuses a symbol key or a hole at its path', () => {
    const preferences = structuredClone(generateNotificationSeed(2).preferences);
    Object.defineProperty(preferences.subscriptions, 'hidden', { value: { email: true }, enumerable: false });
    const checked = conform<typeof preferences>(compiledSchemas.notificationPreferences, preferences);
    expect(Object.keys(checked.subscriptions)).to.deep.equal(Object.keys(preferences.subscriptions));
    expect(checked.subscriptions).not.to.have.property('hidden');

    const symbol = Symbol('extra');
    const withSymbol = { ...preferences, subscriptions: { ...preferences.subscriptions, [symbol]: {} } };
    const refusal = refusalOf(() => conform(compiledSchemas.notificationPreferences, withSymbol));
    expect(refusal.path.length).to.equal(2);
    expect(refusal.path[0]).to.equal('subscriptions');
    expect(refusal.path[1] === symbol, 'the symbol named').to.equal(true);

    const catalog = structuredClone(generateNotificationSeed(2).catalog);
    delete catalog.categories[0]!.channels[0];
    expect(refusalOf(() => conform(compiledSchemas.notificationCatalog, catalog)).path).to.deep.equal([
      'categories',
      0,
      'channels',
      0,
    ]);
  });

  it('names a getter that throws at its own path, in a record and in a list', () => {
    const boom = () => {
      throw new RangeError('boom');
    };
    const preferences = structuredClone(generateNotificationSeed(2).preferences);
    Object.defineProperty(preferences.subscriptions, 'trap', { get: boom, enumerable: true });
    expect(refusalOf(() => conform(compiledSchemas.notificationPreferences, preferences)).path).to.deep.equal([
      'subscriptions',
      'trap',
    ]);

    const catalog = structuredClone(generateNotificationSeed(2).catalog);
    Object.defineProperty(catalog.categories, 1, { get: boom, enumerable: true });
    expect(refusalOf(() => conform(compiledSchemas.notificationCatalog, catalog)).path).to.deep.equal([
      'categories',
      1,
    ]);
  });

  it('refuses a getter that throws as an invalid-response at its path, not a crash', () => {
    const hostile = {
      get swatches(): never {
        throw new RangeError('boom');
      },
    };
    try {
      conformAdapterResponse(compiledSchemas.themeCatalog, hostile, 'theme palette');
      expect.fail('expected the getter to be refused');
    } catch (error) {
      expect(error).to.be.instanceOf(AdapterError);
      expect((error as AdapterError).kind).to.equal('invalid-response');
      expect((error as AdapterError).path).to.deep.equal(['swatches']);
    }
  });
});
