// The registry and the typed definitions. What the compiler must refuse is written here
// with `@ts-expect-error`: `npm run lint` (tsc) fails if any of those lines compiles, so a
// definition can no longer name a method its domain lacks, or call another than it names.
import { expect } from '@open-wc/testing';
import {
  domainAction,
  domainResource,
  missingAdapterMethods,
  notificationsDomain,
  notificationsMethods,
  paymentsMethods,
  privacyMethods,
  themeDomain,
  themeMethods,
  type DomainDocuments,
  type DomainSpec,
  type PrefsAdapter,
  type PrefsDomain,
} from '@prefcenter/core';
import { themeCatalog, themeDoc } from '../test-widget.js';

const signal = new AbortController().signal;

describe('the domain registry', () => {
  it("derives each widget's required methods from its definition: catalog, read and write, and payments' two commands", () => {
    expect(notificationsMethods).to.deep.equal([
      'getNotificationCatalog',
      'getNotificationPreferences',
      'updateNotificationPreferences',
    ]);
    expect(themeMethods).to.deep.equal(['getThemeCatalog', 'getThemePreferences', 'updateThemePreferences']);
    expect(privacyMethods).to.deep.equal(['getPrivacyCatalog', 'getPrivacyPreferences', 'updatePrivacyPreferences']);
    // Adding and removing a method are actions every payments adapter has (a server-rendered
    // widget draws their buttons before it has an adapter); verifying is offered when present.
    expect(paymentsMethods).to.deep.equal(['getPayments', 'updatePayments', 'addPaymentMethod', 'removePaymentMethod']);
    expect(missingAdapterMethods({ getThemeCatalog: async () => themeCatalog }, themeMethods)).to.deep.equal([
      'getThemePreferences',
      'updateThemePreferences',
    ]);
  });

  it('refuses, at compile time, a method the domain does not have or one of the wrong shape', () => {
    const misspelt = {
      domain: 'theme',
      // @ts-expect-error: the theme's adapter interface has no such method
      readMethod: 'getThemePreference',
      // @ts-expect-error: another domain's method
      writeMethod: 'updatePrivacyPreferences',
      // @ts-expect-error: answers the palette, not the theme preferences
      catalogMethod: 'getThemePreferences',
      parsers: themeDomain.parsers,
      actions: {
        reset: {
          // @ts-expect-error: an action, too, names a method of its own domain
          method: 'updateNotificationPreferences',
          run: async () => undefined,
        },
      },
    } satisfies DomainSpec<'theme'>;
    // @ts-expect-error: no such domain in the registry
    const unknown: PrefsDomain = 'profile';
    // The documents follow the registry: a theme document is not a notification one.
    // @ts-expect-error: a theme document lacks `subscriptions`
    const wrong: DomainDocuments['notifications'] = themeDoc(1);
    expect([misspelt.readMethod, unknown, wrong.version]).to.deep.equal(['getThemePreference', 'profile', 1]);
  });

  it('gives an action the adapter as having its own method alone', async () => {
    const action = domainAction<'notifications'>();
    const strays = action({
      method: 'getNotificationHistory',
      run: (adapter, _input: void, meta) =>
        // @ts-expect-error: run may call only the method the action names
        adapter.verifyNotificationChannel('sms', meta),
    });
    expect(strays.method).to.equal('getNotificationHistory');
    // What the declared one calls is what runs, given the adapter as the host wrote it.
    const verified: string[] = [];
    const adapter: PrefsAdapter = {
      verifyNotificationChannel: async (channelId) => void verified.push(channelId),
    };
    const spec = domainResource(adapter, notificationsDomain);
    await spec.actions!.get('verifyChannel')!('sms', { version: 1, idempotencyKey: 'k', signal });
    expect(verified).to.deep.equal(['sms']);
  });
});
