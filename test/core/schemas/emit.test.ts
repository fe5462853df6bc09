// The code schemas/emit.ts writes for a JSON Schema: what it refuses to write, and shapes
// core's domains do not use yet (an object with no fields, a union's tag, a list that
// changes while it is read). The domain schemas themselves are held to zod by
// test/core/validate-differential.test.ts.
import { expect } from '@open-wc/testing';
import { SchemaMismatch, type JsonSchema } from '@prefcenter/core';
import { emitCheckers } from '../../../packages/core/src/schemas/emit.js';
import { compileSchema, z } from '../../../packages/core/src/schemas/compile.js';
import { conform } from '../../shared/checkers.js';

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

describe('emitted checkers', () => {
  it('refuse an export name a helper or a written checker already has', () => {
    for (const name of ['list', 'c3', 'not-a-name']) {
      expect(() => emitCheckers({ [name]: { type: 'string' } }, true), name).to.throw(Error, /cannot be exported/);
    }
    expect(emitCheckers({ themeCatalog: { type: 'string' } }, true)).to.contain('export const themeCatalog');
  });

  it('write an object with no fields without reading it, and drop its keys', () => {
    const empty: JsonSchema = { type: 'object', properties: {} };
    const source = emitCheckers({ empty }, true);
    expect(source).not.to.match(/const i = /);
    expect(source).not.to.contain('type Output');
    expect(conform(empty, { a: 1 })).to.deep.equal({});
    expect(refusalOf(() => conform(empty, [])).problem).to.equal('expected object');
  });

  it("name a union's tag whose getter throws at the tag", () => {
    const schema = compileSchema(
      z.object({
        rules: z.array(
          z.discriminatedUnion('kind', [
            z.object({ kind: z.literal('a'), n: z.number() }),
            z.object({ kind: z.literal('b') }),
          ]),
        ),
      }),
    );
    const rule = {
      get kind(): never {
        throw new RangeError('boom');
      },
    };
    expect(refusalOf(() => conform(schema, { rules: [rule] })).path).to.deep.equal(['rules', 0, 'kind']);
    expect(refusalOf(() => conform(schema, { rules: [{ kind: 'c' }] })).path).to.deep.equal(['rules', 0, 'kind']);
    expect(conform(schema, { rules: [{ kind: 'a', n: 1, extra: true }] })).to.deep.equal({
      rules: [{ kind: 'a', n: 1 }],
    });
  });

  it('read a list at the length it had, whatever its getters do to it', () => {
    const schema = compileSchema(z.array(z.number()).check(z.maxLength(2)));
    const shrinking: number[] = [0, 2];
    Object.defineProperty(shrinking, 0, {
      enumerable: true,
      get: () => {
        shrinking.length = 1;
        return 1;
      },
    });
    // The second item is gone by the time it is read: a hole, refused, not a sparse list handed on.
    expect(refusalOf(() => conform(schema, shrinking)).path).to.deep.equal([1]);

    const growing: number[] = [0, 2];
    Object.defineProperty(growing, 0, {
      enumerable: true,
      get: () => {
        growing.push(7, 8, 9);
        return 1;
      },
    });
    expect(conform(schema, growing)).to.deep.equal([1, 2]);
  });
});
