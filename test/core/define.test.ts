import { expect } from '@open-wc/testing';
import { define } from '@prefcenter/core';

describe('define()', () => {
  it('registers a tag once and ignores a repeat with the same class', () => {
    class RepeatEl extends HTMLElement {}
    define('pc-repeat-el', RepeatEl);
    define('pc-repeat-el', RepeatEl);
    expect(customElements.get('pc-repeat-el')).to.equal(RepeatEl);
  });

  it('warns on a clash and keeps the first class', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      define('pc-clash-el', First);
      define('pc-clash-el', Second);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('pc-clash-el')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('<pc-clash-el> is already defined');
  });

  it('on a tag the page took first: warns, leaves the page’s element, and works under another name', async () => {
    class PagesOwn extends HTMLElement {}
    customElements.define('pc-taken-provider', PagesOwn);
    // As a page would: <prefs-provider> is registered first, on import.
    await import('@prefcenter/core/provider/define');
    const { PrefsProvider } = await import('@prefcenter/core/provider');
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      expect(() => define('pc-taken-provider', PrefsProvider)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('register this one under another tag name');
    expect(customElements.get('pc-taken-provider')).to.equal(PagesOwn);
    define('acme-own-provider', PrefsProvider);
    const el = document.createElement('acme-own-provider');
    expect(el).to.be.instanceOf(PrefsProvider);
    document.body.append(el);
    await (el as InstanceType<typeof PrefsProvider>).updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    el.remove();
  });

  it('registers the same class under a host-chosen tag name too', () => {
    class Renamed extends HTMLElement {}
    define('pc-renamed-a', Renamed);
    define('acme-renamed-b', Renamed);
    define('acme-renamed-b', Renamed);
    const el = document.createElement('acme-renamed-b');
    expect(el).to.be.instanceOf(Renamed);
    expect(customElements.get('pc-renamed-a')).to.equal(Renamed);
  });
});

describe('definePrefsProvider()', () => {
  it('registers <prefs-provider> on import and under a host-chosen name too', async () => {
    const { definePrefsProvider } = await import('@prefcenter/core/provider/define');
    const { PrefsProvider } = await import('@prefcenter/core/provider');
    expect(customElements.get('prefs-provider')).to.equal(PrefsProvider);
    definePrefsProvider('acme-provider');
    expect(document.createElement('acme-provider')).to.be.instanceOf(PrefsProvider);
  });
});
