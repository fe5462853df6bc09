// A generated differential test: the generated checkers (generated/checkers.ts, and for a
// schema of a test's own the code schemas/emit.ts writes for it; see test/shared/checkers.ts)
// against zod (parseAdapterResponse), on documents
// generated from each compiled schema itself. For every JSON value the two must agree
// exactly: the verdict, the data handed to the widget, and the message and path of a
// refusal.
//
// The one exception, documented in validate.ts: values that are not JSON data (a Date, a
// Map, a class instance, a sparse array, a cycle...). zod accepts some of them
// (`z.object` takes any object, `z.unknown` anything); the checker refuses every one it
// reads with an `invalid-response` naming the path, and never crashes. (A getter is read
// once, as zod reads it; one that throws is refused at its path.) So for those the
// test asks only that: refused as an invalid-response with a path, or accepted with JSON
// data equal to zod's (the value was under a key the schema drops).
//
// Seeded and bounded: `globalThis.PREFS_FUZZ_RUNS` (set by the runner config) raises the
// number of documents per schema for a long run.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
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
  themeCatalogSchema,
  themePreferencesSchema,
  uniqueBy,
  type JsonSchema,
} from '@prefcenter/core';
import { conformAdapterResponse } from '../shared/checkers.js';
import { compileSchema, z } from '../../packages/core/src/schemas/compile.js';
import { documentsFromSchema, isJsonData, type Mutation } from '../shared/arbitraries.js';

type ZodSchema = Parameters<typeof parseAdapterResponse>[0];
type Outcome = { ok: true; data: unknown } | { ok: false; error: unknown };

const runs = (globalThis as { PREFS_FUZZ_RUNS?: number }).PREFS_FUZZ_RUNS ?? 600;
const seed = 20261202;

function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, data: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).to.deep.equal(b);
    return true;
  } catch {
    return false;
  }
}

const show = (value: unknown) => {
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))?.slice(0, 300);
  } catch {
    return Object.prototype.toString.call(value);
  }
};
const said = (result: Outcome) =>
  result.ok
    ? `accepted ${show(result.data)}`
    : result.error instanceof AdapterError
      ? `refused (${result.error.kind}) ${result.error.message}`
      : `crashed ${String(result.error)}`;

/** Why the checker and zod disagree on `value`, or undefined when they do not. */
export function disagreement(json: JsonSchema, zod: ZodSchema, value: unknown, what: string): string | undefined {
  const ours = outcome(() => conformAdapterResponse(json, value, what));
  const zods = outcome(() => parseAdapterResponse(zod, value, what));
  const refusal = !ours.ok && ours.error instanceof AdapterError && ours.error.kind === 'invalid-response';
  if (!ours.ok && !refusal) return `checker crashed: ${said(ours)}`;
  if (ours.ok && !isJsonData(ours.data)) return `checker handed on data that is not JSON: ${said(ours)}`;
  if (!isJsonData(value)) {
    if (refusal && Array.isArray((ours.error as AdapterError).path)) return undefined;
    if (ours.ok && zods.ok && deepEqual(ours.data, zods.data)) return undefined;
    return `not JSON: checker ${said(ours)}; zod ${said(zods)}`;
  }
  if (ours.ok !== zods.ok) return `verdict: checker ${said(ours)}; zod ${said(zods)}`;
  if (ours.ok && zods.ok)
    return deepEqual(ours.data, zods.data) ? undefined : `data: checker ${said(ours)}; zod ${said(zods)}`;
  const [a, b] = [ours, zods].map((r) => (r as { error: AdapterError }).error);
  if (!(b instanceof AdapterError)) return `zod crashed on JSON: ${said(zods)}`;
  return a!.message === b.message && deepEqual(a!.path, b.path)
    ? undefined
    : `message: checker ${said(ours)}; zod ${said(zods)}`;
}

/** Tries `numRuns` generated documents; returns how many of each kind and the disagreements. */
export function differential(json: JsonSchema, zod: ZodSchema, what: string, numRuns = runs) {
  const tried = new Map<Mutation, number>();
  const refused = new Map<Mutation, number>();
  const found: string[] = [];
  for (const { kind, value } of fc.sample(documentsFromSchema(json), { seed, numRuns })) {
    tried.set(kind, (tried.get(kind) ?? 0) + 1);
    if (!outcome(() => parseAdapterResponse(zod, value, what)).ok) refused.set(kind, (refused.get(kind) ?? 0) + 1);
    const why = disagreement(json, zod, value, what);
    if (why) found.push(`${kind} ${show(value)}: ${why}`);
  }
  return { tried, refused, found };
}

const domains: [string, JsonSchema, ZodSchema][] = [
  ['theme palette', compiledSchemas.themeCatalog, themeCatalogSchema],
  ['theme preferences', compiledSchemas.themePreferences, themePreferencesSchema],
  ['notification catalog', compiledSchemas.notificationCatalog, notificationCatalogSchema],
  ['notification preferences', compiledSchemas.notificationPreferences, notificationPreferencesSchema],
  ['change history', compiledSchemas.changeHistory, changeHistorySchema],
  ['privacy catalog', compiledSchemas.privacyCatalog, privacyCatalogSchema],
  ['privacy preferences', compiledSchemas.privacyPreferences, privacyPreferencesSchema],
  ['payment methods', compiledSchemas.payments, paymentsSchema],
];

describe('the compiled checker against zod, on documents generated from each schema', () => {
  it('covers every schema core compiles, and no more', () => {
    expect(domains.map(([, json]) => json)).to.have.members(Object.values(compiledSchemas));
  });

  for (const [what, json, zod] of domains) {
    it(`${what}: no disagreement in verdict, data or message`, () => {
      const started = performance.now();
      const { tried, refused, found } = differential(json, zod, what);
      const total = [...tried.values()].reduce((a, b) => a + b, 0);
      // eslint-disable-next-line no-console -- how many documents of each kind were tried is this test's report
      console.log(
        `${what}: ${total} documents (${[...tried].map(([k, n]) => `${k} ${n}`).join(', ')}), ${found.length} disagreements, ${[...refused.values()].reduce((a, b) => a + b, 0)} refused by zod, ${Math.round(performance.now() - started)} ms`,
      );
      expect(found.slice(0, 5), `${found.length} of ${total} disagree`).to.deep.equal([]);
      // Each kind was tried, the valid ones are valid to zod, and enough of the near-valid
      // ones are not, or the comparison proves less than it says.
      expect([...tried.keys()]).to.have.members(['valid', 'near-valid', 'hostile-key', 'non-json']);
      expect(refused.get('valid') ?? 0, 'valid documents zod refuses').to.equal(0);
      expect(refused.get('near-valid') ?? 0).to.be.greaterThan(tried.get('near-valid')! / 5);
    });
  }
});

/**
 * Keywords no domain uses yet but the coming ones will: discriminated unions, literals and
 * unique ids, compiled from zod by the same compile step and held to the same agreement.
 */
const id = z.string().check(z.minLength(1), z.maxLength(20));
const ruleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('balance-below'), id, amount: z.number().check(z.minimum(0)) }),
  z.object({
    kind: z.literal('scheduled'),
    id,
    at: z.iso.datetime({ offset: true }),
    note: z.optional(z.string().check(z.maxLength(5))),
  }),
  z.object({ kind: z.literal('url'), id, href: z.url(), every: z._default(z.enum(['day', 'week']), 'day') }),
]);
const alertsSchema = z.object({
  format: z.literal(2),
  mode: z.literal('strict'),
  // The same declaration the domains use (schemas/common.ts), on a list of union items.
  rules: uniqueBy(z.array(ruleSchema).check(z.maxLength(6)), 'id'),
  labels: z.record(id, z.literal(true)),
  // Required, of any value: it must be there, even if undefined.
  source: z.unknown(),
});

describe('the compile step and the checker on unions, literals and unique ids', () => {
  const json = compileSchema(alertsSchema, 'alerts');

  it('compiles a discriminated union to oneOf with a const per option, and a declared unique id', () => {
    const rules = json.properties!['rules']!;
    expect(rules.uniqueBy).to.equal('id');
    expect(rules.maxItems).to.equal(6);
    const options = rules.items!.oneOf!;
    expect(options.map((option) => option.properties!['kind']!.const)).to.deep.equal([
      'balance-below',
      'scheduled',
      'url',
    ]);
    expect(json.properties!['format']!.const).to.equal(2);
  });

  it('agrees with zod on generated alerts documents', () => {
    const { tried, refused, found } = differential(json, alertsSchema, 'alerts');
    const total = [...tried.values()].reduce((a, b) => a + b, 0);
    // eslint-disable-next-line no-console -- how many documents were tried is this test's report
    console.log(`alerts: ${total} documents, ${found.length} disagreements`);
    expect(found.slice(0, 5), `${found.length} disagree`).to.deep.equal([]);
    expect(refused.get('valid') ?? 0).to.equal(0);
    expect(refused.get('near-valid') ?? 0).to.be.greaterThan(tried.get('near-valid')! / 5);
  });

  it('names what a discriminated union wanted, on both paths', () => {
    const value = { format: 2, mode: 'strict', rules: [{ kind: 'weekly', id: 'a' }], labels: {}, source: null };
    const expected =
      'Malformed alerts from the adapter at rules[0].kind: expected one of "balance-below", "scheduled", "url".';
    for (const run of [
      () => conformAdapterResponse(json, value, 'alerts'),
      () => parseAdapterResponse(alertsSchema, value, 'alerts'),
    ]) {
      expect(() => run()).to.throw(AdapterError, expected);
    }
    const twice = { ...value, rules: [0, 1].map(() => ({ kind: 'balance-below', id: 'x', amount: 1 })) };
    expect(disagreement(json, alertsSchema, twice, 'alerts')).to.equal(undefined);
    expect(() => conformAdapterResponse(json, twice, 'alerts')).to.throw(
      AdapterError,
      'Malformed alerts from the adapter at rules[1].id: duplicate id "x".',
    );
  });
});
