// The compile step (packages/core/src/schemas/compile.ts, run by scripts/compile-schemas.mjs)
// refuses any schema the checker would not check the way zod does, naming where.
import { expect } from '@open-wc/testing';
import { uniqueBy } from '@prefcenter/core';
import { compileSchema, z } from '../../../packages/core/src/schemas/compile.js';

const refusals: [string, z.ZodMiniType, RegExp][] = [
  ['a keyword the checker does not know', z.object({ n: z.number().check(z.gt(0)) }), /\.n: .*"exclusiveMinimum"/],
  ['a union of plain types', z.union([z.string(), z.number()]), /cannot check the type \["string","number"\]/],
  [
    'a union without a discriminator',
    z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]),
    /discriminated by exactly one field/,
  ],
  ['a nullable value', z.object({ a: z.nullable(z.string()) }), /\.a: .*type \["string","null"\]/],
  [
    'a union whose options share two const fields',
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('a'), v: z.literal(1) }),
      z.object({ kind: z.literal('b'), v: z.literal(2) }),
    ]),
    /exactly one field/,
  ],
  [
    'a pattern declared before a length',
    z.object({ code: z.string().check(z.regex(/^a+$/), z.maxLength(3)) }),
    /\.code: declare a string's length checks before/,
  ],
  [
    'a list whose length is checked after a refinement',
    z.object({ list: uniqueBy(z.array(z.object({ id: z.string() })), 'id').check(z.maxLength(3)) }),
    /\.list: declare a list's length checks before/,
  ],
  ['a URL with another check', z.object({ href: z.url().check(z.maxLength(100)) }), /\.href: a URL string/],
  ['a refinement', z.object({ n: z.number().check(z.refine((n) => n !== 13)) }), /\.n: a refinement/],
  [
    'a unique field the items do not require',
    z.object({ list: z.array(z.object({ id: z.optional(z.string()) })).check(z.meta({ uniqueBy: 'id' })) }),
    /\.list: uniqueBy "id" needs/,
  ],
  [
    'a unique field only zod would not check',
    z.object({ list: z.array(z.object({ id: z.string() })).check(z.meta({ uniqueBy: 'id' })) }),
    /\.list: declare uniqueBy with uniqueBy\(\)/,
  ],
  ['a map', z.record(z.string(), z.map(z.string(), z.string())), /./],
  [
    'a default with a key named __proto__',
    z.object({ counts: z._default(z.record(z.string(), z.number()), JSON.parse('{"__proto__": 1}') as never) }),
    /\.counts: a default holding a key named __proto__/,
  ],
];

describe('the compile step refuses what the checker cannot check as zod does', () => {
  for (const [what, schema, message] of refusals) {
    it(`refuses ${what}`, () => {
      expect(() => compileSchema(schema, 'schema')).to.throw(Error, message);
    });
  }

  it('accepts a discriminated union, literals and a declared unique id', () => {
    const schema = z.object({
      mode: z.literal('strict'),
      items: uniqueBy(
        z.array(
          z.discriminatedUnion('kind', [
            z.object({ kind: z.literal('a'), id: z.string() }),
            z.object({ kind: z.literal('b'), id: z.string(), n: z.number() }),
          ]),
        ),
        'id',
      ),
    });
    const json = compileSchema(schema);
    expect(json.properties!['mode']).to.deep.equal({ type: 'string', const: 'strict' });
    expect(json.properties!['items']!.uniqueBy).to.equal('id');
    expect(json.properties!['items']!.items!.oneOf).to.have.length(2);
  });
});
