import { expect } from '@open-wc/testing';
import {
  applyMergePatch,
  composeMergePatches,
  filterMergePatch,
  jsonEqual,
  patchPaths,
  readPath,
} from '@prefcenter/core';

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
