import { expect } from '@open-wc/testing';
import { newIdempotencyKey } from '@prefcenter/core';
import { control, mount } from '../elements/notification-prefs/helpers.js';
import { waitUntil } from '../shared/wait.js';
import { newCustomer, onReferenceServer } from './server.js';

const read = () => ({ signal: new AbortController().signal });

/** <notification-prefs> on adapter-rest, against the reference server on PGlite (or PostgreSQL in CI). */
describe('<notification-prefs> on the reference server', () => {
  const open = onReferenceServer();

  it('loads, saves a switch through the server, and is accessible', async () => {
    const session = await newCustomer();
    const el = await mount(open(session));
    await expect(el).to.be.accessible();
    const sms = control(el, 'Email for Large transactions');
    expect(sms.getAttribute('aria-checked')).to.equal('true');
    sms.click();
    const other = open(session);
    await waitUntil(
      async () => (await other.getNotificationPreferences(read())).subscriptions['large-transactions']?.email === false,
      'the server holds the change',
    );
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim(),
      'the change is announced',
    );
    await expect(el).to.be.accessible();
  });

  it('shows a change made on another device, pushed by the event stream', async () => {
    const session = await newCustomer();
    const el = await mount(open(session));
    const device = open(session);
    const current = await device.getNotificationPreferences(read());
    // The stream may still be connecting when a change is made: it is made again (every half
    // second, within the rate limit) until the widget shows it.
    let version = current.version;
    let sent = 0;
    await waitUntil(async () => {
      if (control(el, 'Push for Large transactions').getAttribute('aria-checked') === 'false') return true;
      if (performance.now() - sent > 500) {
        sent = performance.now();
        const saved = await device.updateNotificationPreferences(
          { subscriptions: { 'large-transactions': { push: false } } },
          { version, idempotencyKey: newIdempotencyKey(), signal: new AbortController().signal },
        );
        version = saved.version;
      }
      return false;
    }, 'the widget shows the change made elsewhere');
  });
});
