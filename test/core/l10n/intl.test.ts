import { expect } from '@open-wc/testing';
import {
  browserTimeZone,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  getLocale,
  localeDirection,
  parseLocaleNumber,
  setLocale,
  setupLocalization,
} from '@prefcenter/core';

/** Intl uses no-break spaces (U+00A0, U+202F) in several locales; compare with plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Intl helpers', () => {
  before(() => {
    setupLocalization();
  });
  after(() => setLocale('en'));

  it('formats in English by default', () => {
    expect(getLocale()).to.equal('en');
    expect(formatMoney(1234.5, 'USD')).to.equal('$1,234.50');
    expect(formatNumber(1234.5)).to.equal('1,234.5');
    expect(parseLocaleNumber('1,234.5')).to.equal(1234.5);
  });

  it('formats money in German', async () => {
    await setLocale('de');
    expect(plain(formatMoney(1234.5, 'EUR'))).to.equal('1.234,50 €');
    expect(formatNumber(0.25, { style: 'percent' })).to.match(/^25\s%$/);
  });

  it('formats money in Japanese without decimals for yen', async () => {
    await setLocale('ja');
    expect(formatMoney(1234, 'JPY')).to.match(/^[¥￥]1,234$/);
    expect(formatMoney(12.5, 'USD')).to.equal('$12.50');
  });

  it('reads numbers typed the German way', async () => {
    await setLocale('de');
    expect(parseLocaleNumber('1.234,5')).to.equal(1234.5);
    expect(parseLocaleNumber(' -12,75 ')).to.equal(-12.75);
    expect(parseLocaleNumber('250')).to.equal(250);
    expect(Number.isNaN(parseLocaleNumber('12abc'))).to.equal(true);
    expect(Number.isNaN(parseLocaleNumber(''))).to.equal(true);
  });

  it('reads numbers typed the French way, with any space as the group separator', async () => {
    await setLocale('fr');
    expect(parseLocaleNumber('1 234,5')).to.equal(1234.5);
    expect(parseLocaleNumber('1\u202f234,5')).to.equal(1234.5);
    expect(parseLocaleNumber('1\u00a0234')).to.equal(1234);
    expect(parseLocaleNumber('0,05')).to.equal(0.05);
  });

  it('formats dates and times in the active locale', async () => {
    const when = '2024-03-05T14:30:00Z';
    await setLocale('de');
    expect(formatDate(when, { dateStyle: 'long', timeZone: 'UTC' })).to.equal('5. März 2024');
    expect(formatDate(when, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })).to.equal(
      '05.03.2024',
    );
    await setLocale('ja');
    expect(formatDate(when, { dateStyle: 'long', timeZone: 'UTC' })).to.equal('2024年3月5日');
    expect(formatDateTime(when, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' })).to.equal(
      '2024/03/05 14:30',
    );
    await setLocale('en');
    expect(formatDate(new Date(when), { dateStyle: 'medium', timeZone: 'UTC' })).to.equal('Mar 5, 2024');
    expect(formatDate(Date.parse(when)))
      .to.be.a('string')
      .and.contain('2024');
    expect(formatDateTime(when)).to.contain('2024');
  });

  it('gives the browser’s time zone and each locale’s direction', () => {
    expect(browserTimeZone()).to.be.a('string').with.length.greaterThan(0);
    expect(localeDirection('ar')).to.equal('rtl');
    expect(localeDirection('he-IL')).to.equal('rtl');
    expect(localeDirection('fr-CA')).to.equal('ltr');
  });
});
