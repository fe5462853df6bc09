import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  applyMergePatch,
  ownValue,
  setOwn,
  type MergePatch,
  type NotificationCatalog,
  type NotificationCategory,
  type NotificationPreferences,
} from '@prefcenter/core';
import { countOn, groupState, supports } from '../../../packages/elements/src/notification-prefs/grid/model.js';
import { GridTally } from '../../../packages/elements/src/notification-prefs/grid/tally.js';
import { fuzzParameters, prototypeNames } from '../../shared/fuzz-runs.js';

// The tally keeps each category's cells between renders; these tests hold it to the plain
// definitions (groupState over a whole column, "on on at least one channel" per section)
// after every change in a sequence, so a stale byte shows as a wrong header.

const channelIds = ['email', 'sms', 'push', ...prototypeNames.slice(0, 2)];

const catalogArbitrary: fc.Arbitrary<NotificationCatalog> = fc
  .record({
    ready: fc.array(fc.boolean(), { minLength: 1, maxLength: channelIds.length }),
    categories: fc.array(
      fc.record({
        channels: fc.subarray(channelIds, { minLength: 1 }),
        required: fc.boolean(),
        marketing: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map(({ ready, categories }) => ({
    currency: 'USD',
    sections: [
      { id: 's', label: 'Section' },
      { id: 't', label: 'Another' },
    ],
    // From one channel to all five; a category may list a channel the catalog does not have.
    channels: ready.map((isReady, j) => ({ id: channelIds[j]!, label: channelIds[j]!, ready: isReady })),
    categories: categories.map((c, i): NotificationCategory => ({
      // Ids such as __proto__ too: they are the catalog's to choose. Ids that read as numbers
      // come first in a record's keys, wherever they were added.
      id: i < prototypeNames.length ? prototypeNames[i]! : i % 3 ? `c${i}` : `${i}`,
      // A section id the catalog does not list, too: such a category has no heading.
      sectionId: i % 3 === 1 ? 't' : i % 5 === 4 ? 'unlisted' : 's',
      label: `Category ${i}`,
      channels: c.channels,
      ...(c.required && { required: { reason: 'By law' } }),
      ...(c.marketing && { marketing: true }),
    })),
  }));

/**
 * A change as the widget makes one: a cell switched, a row's subscriptions replaced,
 * marketing consent, or something else in the document (the same subscriptions object,
 * which the tally does not count again). Or a new document from the adapter: the same
 * subscriptions in new objects and keys in another order.
 */
type Change = MergePatch<NotificationPreferences> | { reorder: number[] };

function changeArbitrary(catalog: NotificationCatalog): fc.Arbitrary<Change> {
  const ids = catalog.categories.map((c) => c.id);
  return fc.oneof(
    fc.array(fc.nat(), { minLength: ids.length, maxLength: ids.length }).map((reorder) => ({ reorder })),
    fc
      .record({ id: fc.constantFrom(...ids), channel: fc.constantFrom(...channelIds), on: fc.boolean() })
      .map(({ id, channel, on }) => ({ subscriptions: { [id]: { [channel]: on } } })),
    fc.constantFrom(...ids).map((id) => ({ subscriptions: { [id]: null } })),
    fc.constant({ subscriptions: null }),
    fc.boolean().map((granted) => ({ marketingConsent: { granted, updatedAt: '2026-12-02T00:00:00Z' } })),
    fc.integer({ min: 1, max: 99 }).map((version) => ({ version })),
  );
}

/** `view` as an adapter might send it again: its subscriptions copied, in the keys' order of `ranks`. */
function reordered(view: NotificationPreferences, ranks: number[]): NotificationPreferences {
  const entries = Object.entries(structuredClone(view.subscriptions ?? {}));
  const order = entries.map((entry, k) => [entry, ranks[k] ?? 0] as const).sort((a, b) => a[1] - b[1]);
  const subscriptions = {};
  for (const [[key, value]] of order) setOwn(subscriptions, key, value);
  return { ...view, subscriptions };
}

function expectTallyMatches(tally: GridTally, catalog: NotificationCatalog, view: NotificationPreferences) {
  catalog.channels.forEach((channel, j) => {
    const column = groupState(
      catalog.categories.filter((category) => supports(category, channel)).map((category) => [category, channel]),
      view,
    );
    expect(tally.column(j), `column ${channel.id}`).to.deep.equal({ checked: column.checked, locked: column.locked });
  });
  expect(tally.countOn(catalog.categories), 'categories on').to.equal(
    countOn(catalog.categories, catalog.channels, view),
  );
  const rest = catalog.categories.slice(1);
  expect(tally.countOn(rest), 'all but the first').to.equal(countOn(rest, catalog.channels, view));
  for (const sectionId of ['s', 't']) {
    // A section heading's count: the whole section, or the part a filter left.
    const whole = catalog.categories.filter((category) => category.sectionId === sectionId);
    for (const categories of [whole, whole.slice(1)]) {
      expect(tally.countOnSection(sectionId, categories), `${categories.length} of section ${sectionId}`).to.equal(
        countOn(categories, catalog.channels, view),
      );
    }
  }
}

describe('<notification-prefs> grid tally', () => {
  it('keeps column switches and section counts equal to counting every cell, after every change', () => {
    // Each phase a new catalog (the same section ids, another width) and changes to the view.
    const phase = catalogArbitrary.chain((catalog) =>
      fc.tuple(fc.constant(catalog), fc.array(changeArbitrary(catalog), { maxLength: 12 })),
    );
    fc.assert(
      fc.property(fc.array(phase, { minLength: 1, maxLength: 3 }), (phases) => {
        const tally = new GridTally();
        let view = { version: 1, subscriptions: {} } as unknown as NotificationPreferences;
        for (const [catalog, changes] of phases) {
          tally.update(catalog, view);
          expectTallyMatches(tally, catalog, view);
          for (const change of changes) {
            const before = view;
            const stamps = catalog.categories.map((category) => tally.stamp(category));
            view = 'reorder' in change ? reordered(view, change.reorder) : applyMergePatch(view, change);
            tally.update(catalog, view);
            expectTallyMatches(tally, catalog, view);
            // A drawn row is keyed by its stamp: it must move whenever the row's subscriptions
            // are a new object, or the row would keep drawing the old ones.
            catalog.categories.forEach((category, i) => {
              if (ownValue(view.subscriptions, category.id) !== ownValue(before.subscriptions, category.id)) {
                expect(tally.stamp(category), `stamp of ${category.id}`).to.not.equal(stamps[i]);
              }
            });
          }
        }
      }),
      fuzzParameters(200),
    );
  });

  it('starts afresh for a new catalog', () => {
    const catalog = (ready: boolean): NotificationCatalog => ({
      currency: 'USD',
      sections: [],
      channels: [{ id: 'sms', label: 'SMS', ready }],
      categories: [{ id: 'a', sectionId: 's', label: 'A', channels: ['sms'] }],
    });
    const view = { version: 1, subscriptions: { a: { sms: true } } } as unknown as NotificationPreferences;
    const tally = new GridTally();
    const first = catalog(true);
    tally.update(first, view);
    expect(tally.column(0)).to.deep.equal({ checked: 'true', locked: undefined });
    // The same subscriptions object, but the channel now needs setting up: the cell is locked
    // (and a locked cell reads as on only when the category is required).
    const before = tally.stamp(first.categories[0]!);
    expect(before).to.be.greaterThan(0);
    const next = catalog(false);
    tally.update(next, view);
    expect(tally.column(0)).to.deep.equal({ checked: 'false', locked: 'setup' });
    // Stamps never go back, not even for a new catalog: a block keyed by their sum must not
    // meet an old sum again.
    expect(tally.stamp(next.categories[0]!)).to.be.greaterThan(before);
  });
});
