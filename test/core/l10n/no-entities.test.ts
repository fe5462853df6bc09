import { expect, fixture, html } from '@open-wc/testing';
import { setLocale, setupLocalization } from '@prefcenter/core';
import type { TestWidget } from '../test-widget.js';
import '../test-widget.js';
import { waitUntil } from '../../shared/wait.js';

// lit-localize writes a translation's text into its locale module HTML-escaped (it assumes lit
// `html` templates), while our sentences are plain strings drawn as text: an escaped `<` would
// reach the customer as `&lt;`. Markup named in a sentence is therefore an untranslatable
// placeholder (scripts/lib/text-messages.mjs). These tests read what the customer would see.

// Literal paths, so the test server resolves each module (a template path would not be).
const units: Record<string, (() => Promise<{ templates: Record<string, unknown> }>)[]> = {
  core: [
    () => import('../../../packages/core/src/generated/locales/es.js'),
    () => import('../../../packages/core/src/generated/locales/fr.js'),
    () => import('../../../packages/core/src/generated/locales/de.js'),
    () => import('../../../packages/core/src/generated/locales/ar.js'),
    () => import('../../../packages/core/src/generated/locales/ja.js'),
  ],
  'notification-prefs': [
    () => import('../../../packages/elements/src/notification-prefs/generated/locales/es.js'),
    () => import('../../../packages/elements/src/notification-prefs/generated/locales/fr.js'),
    () => import('../../../packages/elements/src/notification-prefs/generated/locales/de.js'),
    () => import('../../../packages/elements/src/notification-prefs/generated/locales/ar.js'),
    () => import('../../../packages/elements/src/notification-prefs/generated/locales/ja.js'),
  ],
  'theme-picker': [
    () => import('../../../packages/elements/src/theme-picker/generated/locales/es.js'),
    () => import('../../../packages/elements/src/theme-picker/generated/locales/fr.js'),
    () => import('../../../packages/elements/src/theme-picker/generated/locales/de.js'),
    () => import('../../../packages/elements/src/theme-picker/generated/locales/ar.js'),
    () => import('../../../packages/elements/src/theme-picker/generated/locales/ja.js'),
  ],
};
const entity = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/** The text of a lit-localize template: a string, or a `str` template's strings. */
const textOf = (template: unknown): string =>
  typeof template === 'string'
    ? template
    : ((template as { strings?: readonly string[] } | null)?.strings ?? []).join('');

describe('translated strings hold no HTML entities', () => {
  for (const [unit, loaders] of Object.entries(units)) {
    it(`${unit}: no template of any locale holds an entity`, async () => {
      const found: string[] = [];
      let count = 0;
      for (const load of loaders) {
        const { templates } = await load();
        for (const [id, template] of Object.entries(templates)) {
          count++;
          if (entity.test(textOf(template))) found.push(`${id}: ${textOf(template)}`);
        }
      }
      expect(count, 'the locale modules were read').to.be.greaterThan(0);
      expect(found).to.deep.equal([]);
    });
  }

  it('draws <prefs-provider> as written in a translated configuration error', async () => {
    setupLocalization();
    await setLocale('fr');
    try {
      const el = await fixture<TestWidget>(html`<test-prefs-widget></test-prefs-widget>`);
      const error = () => el.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '';
      await waitUntil(() => error().includes('adaptateur'), 'the French configuration error was not drawn');
      expect(error()).to.contain('<prefs-provider>');
      expect(error()).to.not.match(entity);
    } finally {
      await setLocale('en');
    }
  });
});
