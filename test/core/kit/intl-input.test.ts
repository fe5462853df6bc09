import { expect } from '@open-wc/testing';
import { formatNumber, setLocale, setupLocalization } from '@prefcenter/core';
import {
  currencyDigits,
  currencySymbol,
  formatList,
  listedNames,
  listOf,
  parseTypedNumber,
} from '@prefcenter/core/kit/intl-input';

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

  describe('listOf', () => {
    afterEach(() => setLocale('en'));
    const names = (count: number) => Array.from({ length: count }, (_, i) => `N${i + 1}`);
    const isolated = (list: string[]) => list.map((name) => `${fsi}${name}${pdi}`);
    const more = (count: string) => `${count} more`;

    it('writes out up to the most names, and never counts a single name left over', () => {
      expect(listedNames).to.equal(10);
      const list = listOf((source: { names: string[] }) => source.names);
      expect(list({ names: [] }, more)).to.equal('');
      expect(list({ names: names(10) }, more)).to.equal(`${isolated(names(9)).join(', ')}, and ${fsi}N10${pdi}`);
      // "N1, …, N10 and 1 more" would say less than the name itself.
      expect(list({ names: names(11) }, more)).to.equal(`${isolated(names(10)).join(', ')}, and ${fsi}N11${pdi}`);
    });

    it('counts the names beyond the first ten, in its own words and unisolated, as the locale writes numbers', async () => {
      const list = listOf((source: { names: string[] }) => source.names);
      const source = { names: names(2549) };
      expect(list(source, more)).to.equal(`${isolated(names(10)).join(', ')}, and 2,539 more`);
      await setLocale('de');
      expect(list(source, (count) => `${count} weitere`)).to.equal(
        `${isolated(names(10)).join(', ')} und 2.539 weitere`,
      );
      await setLocale('ar');
      // Arabic's list joins with "و"; the count is written as core writes numbers there.
      expect(list(source, (count) => `غيرها (${count})`)).to.equal(
        `${isolated(names(10)).join(' و')} وغيرها (${formatNumber(2539)})`,
      );
    });

    it('picks the names again only for a new source, and formats again only when the words change', () => {
      const picked: number[] = [];
      const list = listOf((source: { names: string[] }) => {
        picked.push(source.names.length);
        return source.names;
      });
      const source = { names: names(12) };
      const first = list(source, more);
      expect(list(source, more)).to.equal(first);
      expect(picked).to.deep.equal([12]);
      // A host's override of the words is used at once, without picking again.
      expect(list(source, (count) => `+${count}`)).to.match(/, and \+2$/);
      expect(picked).to.deep.equal([12]);
      list({ names: names(3) }, more);
      expect(picked).to.deep.equal([12, 3]);
    });

    it('writes every name when there are no words for the rest: a list cut silently would read as complete', () => {
      const list = listOf((source: { names: string[] }) => source.names);
      const source = { names: names(30) };
      const every = `${isolated(names(29)).join(', ')}, and ${fsi}N30${pdi}`;
      // A host's empty override, and a caller of the first version.
      expect(list(source, () => '')).to.equal(every);
      expect(list(source)).to.equal(every);
      expect(list(source, more)).to.match(/N10\u2069, and 20 more$/);
    });
  });
});
