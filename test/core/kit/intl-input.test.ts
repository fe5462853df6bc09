import { expect } from '@open-wc/testing';
import { setLocale, setupLocalization } from '@prefcenter/core';
import { currencyDigits, currencySymbol, formatList, parseTypedNumber } from '@prefcenter/core/kit/intl-input';

const fsi = '\u2068';
const pdi = '\u2069';
/** `Intl.ListFormat` is read-only in the types, not in browsers: the tests swap it. */
const intl = Intl as { ListFormat: typeof Intl.ListFormat | undefined };

describe('kit: Intl input helpers', () => {
  before(() => setupLocalization());
  after(() => setLocale('en'));

  it("parses typed amounts with the locale's separators and native digits", async () => {
    expect(parseTypedNumber('1,234.5')).to.equal(1234.5);
    expect(parseTypedNumber('12abc')).to.be.NaN;
    await setLocale('de');
    expect(parseTypedNumber('1.234,5')).to.equal(1234.5);
    await setLocale('ar');
    expect(parseTypedNumber('١٢٥٠')).to.equal(1250);
    expect(parseTypedNumber('۱۲')).to.equal(12);
    await setLocale('en');
  });

  it("knows a currency's decimals and where its symbol goes in the active locale", async () => {
    expect(currencyDigits('EUR')).to.equal(2);
    expect(currencyDigits('JPY')).to.equal(0);
    expect(currencySymbol('USD')).to.deep.equal({ symbol: '$', after: false });
    await setLocale('de');
    expect(currencySymbol('EUR')).to.deep.equal({ symbol: '€', after: true });
    await setLocale('en');
  });

  it('joins names as the locale does, each isolated, with one formatter per locale', async () => {
    const made: string[] = [];
    const Original = Intl.ListFormat;
    class Counting extends Original {
      constructor(locale?: Intl.LocalesArgument, options?: Intl.ListFormatOptions) {
        super(locale, options);
        made.push(String(locale));
      }
    }
    intl.ListFormat = Counting;
    try {
      await setLocale('fr');
      expect(formatList(['SMS', 'E-mail', 'Push'])).to.equal(`${fsi}SMS${pdi}, ${fsi}E-mail${pdi} et ${fsi}Push${pdi}`);
      expect(formatList(['A', 'B'])).to.equal(`${fsi}A${pdi} et ${fsi}B${pdi}`);
      await setLocale('en');
      expect(formatList(['A', 'B'])).to.equal(`${fsi}A${pdi} and ${fsi}B${pdi}`);
      expect(formatList(['A', 'B', 'C'])).to.equal(`${fsi}A${pdi}, ${fsi}B${pdi}, and ${fsi}C${pdi}`);
      // Two lists in each locale, one formatter for each.
      expect(made).to.deep.equal(['fr', 'en']);
    } finally {
      intl.ListFormat = Original;
    }
  });

  it('falls back to commas where the browser has no Intl.ListFormat', async () => {
    await setLocale('es');
    const Original = Intl.ListFormat;
    // An older browser.
    intl.ListFormat = undefined;
    try {
      expect(formatList(['A', 'B'])).to.equal(`${fsi}A${pdi}, ${fsi}B${pdi}`);
    } finally {
      intl.ListFormat = Original;
      await setLocale('en');
    }
  });
});
