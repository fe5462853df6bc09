import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  applyMergePatch,
  composeMergePatches,
  filterMergePatch,
  inverseMergePatch,
  jsonEqual,
  patchPaths,
  readPath,
} from '@prefcenter/core';
import { assertNoPollution, fuzzParameters, prototypeNames, prototypeSnapshot } from '../shared/fuzz-runs.js';

describe('merge patches (RFC 7396)', () => {
  const document = { a: 1, nested: { x: 'x', y: 'y' }, list: [1, 2] };

  it('applies a patch without mutating its inputs', () => {
    const patch = { a: 2, nested: { x: 'changed', y: null }, added: { deep: true } };
    const frozen = JSON.stringify(document);
    const result = applyMergePatch(document, patch);
    expect(result).to.deep.equal({ a: 2, nested: { x: 'changed' }, list: [1, 2], added: { deep: true } });
    expect(JSON.stringify(document)).to.equal(frozen);
    expect(patch.nested.y).to.equal(null);
  });

  it('replaces arrays whole and a non-object with an object', () => {
    expect(applyMergePatch(document, { list: [3] }).list).to.deep.equal([3]);
    expect(applyMergePatch({ a: 1 }, { a: { b: 2 } })).to.deep.equal({ a: { b: 2 } });
    expect(applyMergePatch({ a: 1 }, { missing: null })).to.deep.equal({ a: 1 });
  });

  it('follows the RFC examples', () => {
    // RFC 7396 appendix A, a selection.
    expect(applyMergePatch({ a: 'b' }, { a: 'c' })).to.deep.equal({ a: 'c' });
    expect(applyMergePatch({ a: 'b' }, { b: 'c' })).to.deep.equal({ a: 'b', b: 'c' });
    expect(applyMergePatch({ a: 'b', b: 'c' }, { a: null })).to.deep.equal({ b: 'c' });
    expect(applyMergePatch({ a: [{ b: 'c' }] }, { a: [1] })).to.deep.equal({ a: [1] });
    expect(applyMergePatch({ e: null }, { a: 1 })).to.deep.equal({ e: null, a: 1 });
    expect(applyMergePatch({}, { a: { bb: { ccc: null } } })).to.deep.equal({ a: { bb: {} } });
  });

  it('composes two patches into one with the same effect', () => {
    const first = { a: 2, nested: { x: 'one' } };
    const second = { nested: { y: null }, b: 3 };
    const composed = composeMergePatches<object>(first, second);
    expect(composed).to.deep.equal({ a: 2, nested: { x: 'one', y: null }, b: 3 });
    expect(applyMergePatch(document, composed)).to.deep.equal(
      applyMergePatch(applyMergePatch(document, first), second),
    );
    // A later value replaces an earlier one, including a removal and a whole object.
    expect(composeMergePatches<object>({ a: null }, { a: 1 })).to.deep.equal({ a: 1 });
    expect(composeMergePatches<object>({ a: { b: 1 } }, { a: null })).to.deep.equal({ a: null });
    expect(composeMergePatches<unknown>(1, { a: 1 })).to.deep.equal({ a: 1 });
  });

  it('lists the leaf paths a patch sets', () => {
    expect(patchPaths({ a: 1, nested: { x: 'x', y: null } })).to.deep.equal([['a'], ['nested', 'x'], ['nested', 'y']]);
    expect(patchPaths({})).to.deep.equal([]);
  });

  it('reads a path, and stops at anything that is not an object', () => {
    expect(readPath(document, ['nested', 'x'])).to.equal('x');
    expect(readPath(document, ['a', 'b'])).to.equal(undefined);
    expect(readPath(document, ['list', '0'])).to.equal(undefined);
    expect(readPath(document, [])).to.equal(document);
  });

  it('compares JSON structurally, ignoring key order', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).to.equal(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).to.equal(false);
    expect(jsonEqual({ a: 1, c: 1 }, { a: 1, b: 1 })).to.equal(false);
    expect(jsonEqual([1, 2], [1, 2, 3])).to.equal(false);
    expect(jsonEqual([1], { 0: 1 })).to.equal(false);
    expect(jsonEqual(null, {})).to.equal(false);
    expect(jsonEqual('a', 'a')).to.equal(true);
  });

  it('filters a patch by path, dropping what becomes empty', () => {
    const patch = { a: 1, nested: { x: 'x', y: null } };
    expect(filterMergePatch(patch, (p) => p.join('.') !== 'nested.x')).to.deep.equal({ a: 1, nested: { y: null } });
    expect(filterMergePatch(patch, (p) => p[0] === 'nested')).to.deep.equal({ nested: { x: 'x', y: null } });
    expect(filterMergePatch(patch, () => false)).to.equal(undefined);
  });
});

/*
 * Generated cases: documents and patches whose keys are drawn from the names of
 * Object.prototype members as well as ordinary strings. Each property is checked against
 * a reference that works on Maps, so it cannot share a bug with the code under test.
 */
type JsonTree = null | boolean | number | string | JsonTree[] | Map<string, JsonTree>;

const toTree = (value: unknown): JsonTree => {
  if (Array.isArray(value)) return value.map(toTree);
  if (typeof value === 'object' && value !== null) {
    return new Map(Object.keys(value).map((k) => [k, toTree((value as Record<string, unknown>)[k])]));
  }
  return value as JsonTree;
};

/** RFC 7396's MergePatch pseudo-code, on Maps. */
const referenceMerge = (target: JsonTree, patch: JsonTree): JsonTree => {
  if (!(patch instanceof Map)) return patch;
  const result = new Map(target instanceof Map ? target : []);
  for (const [key, value] of patch) {
    if (value === null) result.delete(key);
    else result.set(key, referenceMerge(result.get(key) ?? null, value));
  }
  return result;
};

/** One text per JSON value, whatever the key order: objects become sorted entry lists. */
const canonical = (tree: JsonTree): string =>
  JSON.stringify(tree, (_key, value: unknown) =>
    value instanceof Map ? { map: [...value.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) } : value,
  );
const same = (a: unknown, b: unknown) => canonical(toTree(a)) === canonical(toTree(b));

/** Every object in `value` is an ordinary one: no prototype came from the data. */
function ordinaryObjects(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(ordinaryObjects);
  if (typeof value !== 'object' || value === null) return true;
  return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(ordinaryObjects);
}

const key = fc.oneof(fc.constantFrom(...prototypeNames, 'a', 'b', 'nested'), fc.string({ maxLength: 4 }));
/** An object with own data properties for its keys, `__proto__` included, as JSON.parse makes it. */
const objectOf = <T>(value: fc.Arbitrary<T>) =>
  fc.array(fc.tuple(key, value), { maxLength: 4 }).map((entries) => Object.fromEntries(entries));
const scalar = fc.oneof(fc.boolean(), fc.integer({ min: -9, max: 9 }), fc.string({ maxLength: 3 }));

const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    scalar,
    fc.array(tie('json'), { maxLength: 2 }),
    objectOf(tie('json')),
  ),
}));
/** A document as the preference documents are: objects, arrays and scalars, no `null` fields. */
const documentArb = objectOf(json);
const { patch: patchArb } = fc.letrec<{ patch: Record<string, unknown>; value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', maxDepth: 3 }, fc.constant(null), scalar, tie('patch')),
  patch: objectOf(tie('value')),
}));

describe('merge patches, generated with keys named like Object.prototype members', () => {
  let before: ReturnType<typeof prototypeSnapshot>;
  beforeEach(() => {
    before = prototypeSnapshot();
  });
  afterEach(() => assertNoPollution(before));

  /** Checks `check` on generated cases, and after each case that no prototype changed. */
  const property = <T>(cases: fc.Arbitrary<T>, check: (value: T) => void) =>
    fc.assert(
      fc.property(cases, (value) => {
        const snapshot = prototypeSnapshot();
        check(value);
        assertNoPollution(snapshot);
      }),
      fuzzParameters(200),
    );

  it('a key named __proto__ in a patch sets an own field, as JSON.parse reads it', () => {
    const patch = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}}');
    const result = applyMergePatch<Record<string, unknown>>({}, patch);
    expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
    expect(Object.keys(result)).to.deep.equal(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(result, '__proto__')?.value).to.deep.equal({ polluted: 1 });
    expect(readPath(result, ['__proto__', 'polluted'])).to.equal(1);
    expect(readPath({}, ['constructor'])).to.equal(undefined);
    expect(readPath({}, ['__proto__'])).to.equal(undefined);
    const composed = composeMergePatches<object>(JSON.parse('{"__proto__": {"a": 1}}'), patch);
    expect(Object.keys(composed)).to.deep.equal(['__proto__', 'constructor']);
    expect(jsonEqual({}, JSON.parse('{"toString": 1}'))).to.equal(false);
    expect(jsonEqual(JSON.parse('{"toString": 1}'), { valueOf: 1 })).to.equal(false);
  });

  it('copies a record as a spread would: keys in order, own data, an ordinary prototype', () => {
    const document = JSON.parse('{"b": 1, "2": 2, "a": {"x": 1}, "1": 3}') as Record<string, unknown>;
    const result = applyMergePatch<Record<string, unknown>>(document, { a: { y: 2 } });
    expect(Object.keys(result)).to.deep.equal(Object.keys({ ...document }));
    expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result, 'b')).to.deep.equal({
      value: 1,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    expect(result.a).to.deep.equal({ x: 1, y: 2 });
  });

  it('copies a record holding keys that Object.prototype has, own and ordinary, even where the page made one read-only', () => {
    // The copy assigns where it can (fast); a key that would meet Object.prototype's
    // `__proto__` setter or a read-only member is copied as a spread copies it.
    Object.defineProperty(Object.prototype, 'readOnlyMember', { value: 1, writable: false, configurable: true });
    try {
      for (const text of ['{"readOnlyMember": {"a": 1}, "other": 1}', '{"__proto__": {"a": 1}, "other": 1}']) {
        const document = JSON.parse(text) as Record<string, unknown>;
        const [key] = Object.keys(document) as [string];
        const result = applyMergePatch<Record<string, unknown>>(document, { other: 2 });
        expect(Object.getPrototypeOf(result), text).to.equal(Object.prototype);
        expect(Object.getOwnPropertyDescriptor(result, key)?.value, text).to.deep.equal({ a: 1 });
        expect(Object.keys(result), text).to.deep.equal([key, 'other']);
        expect(result.other, text).to.equal(2);
      }
    } finally {
      delete (Object.prototype as Record<string, unknown>).readOnlyMember;
    }
  });

  it('applies a patch as RFC 7396 says, leaving its inputs alone', () => {
    property(fc.tuple(documentArb, patchArb), ([document, patch]) => {
      const texts = [canonical(toTree(document)), canonical(toTree(patch))];
      const result = applyMergePatch(document, patch);
      expect(canonical(toTree(result))).to.equal(canonical(referenceMerge(toTree(document), toTree(patch))));
      expect(ordinaryObjects(result), 'no prototype from the data').to.equal(true);
      expect([canonical(toTree(document)), canonical(toTree(patch))]).to.deep.equal(texts);
    });
  });

  it('composes two patches into one that has the effect of both in turn', () => {
    property(fc.tuple(documentArb, patchArb, patchArb), ([document, first, second]) => {
      const composed = composeMergePatches<object>(first, second);
      expect(same(applyMergePatch(document, composed), applyMergePatch(applyMergePatch(document, first), second))).to.be
        .true;
      expect(ordinaryObjects(composed)).to.equal(true);
    });
  });

  it('filters a patch to the paths kept, and reads back what a patch set', () => {
    property(fc.tuple(documentArb, patchArb, fc.integer({ min: 0, max: 2 })), ([document, patch, parity]) => {
      const keep = (path: string[]) => path.join('/').length % 3 !== parity;
      const kept = filterMergePatch(patch, keep);
      const paths = patchPaths(patch);
      expect(canonical(toTree(kept === undefined ? [] : patchPaths(kept)))).to.equal(
        canonical(toTree(paths.filter(keep))),
      );
      const result = applyMergePatch(document, patch);
      for (const path of paths) {
        const leaf = readPath(patch, path);
        // A leaf is an empty object or a value; `null` removed the field.
        if (leaf === null) expect(readPath(result, path)).to.equal(undefined);
        else if (typeof leaf !== 'object' || Array.isArray(leaf)) expect(same(readPath(result, path), leaf)).to.be.true;
      }
    });
  });

  it('undoes a patch with its inverse, and compares JSON as the reference does', () => {
    property(fc.tuple(documentArb, patchArb, documentArb), ([document, patch, other]) => {
      const after = applyMergePatch(document, patch);
      expect(same(applyMergePatch(after, inverseMergePatch(document, patch)), document)).to.be.true;
      expect(jsonEqual(document, structuredClone(document))).to.equal(true);
      expect(jsonEqual(document, other)).to.equal(same(document, other));
    });
  });
});
