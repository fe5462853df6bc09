import { expect } from '@open-wc/testing';
import { looksLikeCardNumber, translate, type BillingAddress } from '@prefcenter/core';
import {
  addressLayout,
  allAddressFields,
  addressProblems,
  checkPostalCode,
  cleanAddress,
  countryCodes,
  countryName,
  type AddressLayout,
} from '../../../packages/elements/src/payment-methods/address/address-format.js';
import { addressTexts } from '../../../packages/elements/src/payment-methods/address/address-texts.js';

const texts = addressTexts(translate);
/** A sentence without its isolation marks (FSI…PDI around adapter or customer text). */
const plain = (text: string | undefined) => text?.replace(/[\u2068\u2069]/g, '');

function layout(country: string, locale?: string): AddressLayout {
  const found = addressLayout(country, locale);
  if (!found) throw new Error(`No layout for ${country}`);
  return found;
}

const fields = (l: AddressLayout) => l.rows.flat();
/** The labels a form shows for `country`'s fields, in its order. */
const labels = (l: AddressLayout) => fields(l).map((field) => texts.label(field, l));

const card = '4111 1111 1111 1111';

/** A complete, valid US address. */
const us = (fields: Partial<BillingAddress> = {}): Partial<BillingAddress> => ({
  name: 'Home',
  line1: '1 Infinite Loop',
  city: 'Cupertino',
  region: 'CA',
  postalCode: '95014',
  country: 'US',
  ...fields,
});

describe('address formats', () => {
  it('United States: state and ZIP code on the city line, all three required; ZIP and ZIP+4', () => {
    const l = layout('US');
    expect(l.rows).to.deep.equal([
      ['recipient'],
      ['organization'],
      ['line1'],
      ['line2'],
      ['city', 'region', 'postalCode'],
    ]);
    expect(labels(l)).to.deep.equal([
      'Full name',
      'Company',
      'Address line 1',
      'Address line 2',
      'City',
      'State',
      'ZIP code',
    ]);
    expect([...l.required].sort()).to.deep.equal(['city', 'line1', 'postalCode', 'region']);
    expect(l.regionKind).to.equal('state');
    expect(l.postalKind).to.equal('zip');
    expect(checkPostalCode('US', '95014')).to.be.true;
    expect(checkPostalCode('US', '95014-1234')).to.be.true;
    expect(checkPostalCode('US', ' 95014 ')).to.be.true;
    expect(checkPostalCode('US', 'ABCDE')).to.be.false;
    expect(checkPostalCode('US', '9501')).to.be.false;
  });

  it('United Kingdom: postcode and post town, no state asked for or required', () => {
    const l = layout('GB');
    expect(fields(l)).to.not.include('region');
    expect(l.required.has('region')).to.be.false;
    expect(l.required.has('postalCode')).to.be.true;
    expect(texts.label('postalCode', l)).to.equal('Postcode');
    expect(texts.label('city', l)).to.equal('Post town');
    expect(checkPostalCode('GB', 'SW1A 1AA')).to.be.true;
    expect(checkPostalCode('GB', 'sw1a 1aa')).to.be.true;
    expect(checkPostalCode('GB', '12345')).to.be.false;
    expect(
      addressProblems(
        { name: 'Home', line1: '10 Downing St', city: 'London', postalCode: 'SW1A 2AA', country: 'GB' },
        l,
        texts,
      ).size,
    ).to.equal(0);
  });

  it('Japan: prefecture and postcode; in English the Latin order, in Japanese the postcode first', () => {
    const l = layout('JP');
    expect(l.regionKind).to.equal('prefecture');
    expect(texts.label('region', l)).to.equal('Prefecture');
    expect(fields(l)).to.deep.equal(['recipient', 'organization', 'line1', 'line2', 'region', 'postalCode']);
    expect(l.script).to.equal('latin');
    expect(checkPostalCode('JP', '100-0001')).to.be.true;
    expect(checkPostalCode('JP', '100-00001')).to.be.false;
    const ja = layout('JP', 'ja');
    expect(ja.script).to.equal('local');
    expect(fields(ja)).to.deep.equal(['postalCode', 'region', 'line1', 'line2', 'organization', 'recipient']);
    expect(layout('JP', 'fr').script, 'French is written in Latin script').to.equal('latin');
  });

  it('Canada: province, required, and a postal code with or without its space', () => {
    const l = layout('CA');
    expect(l.regionKind).to.equal('province');
    expect(texts.label('region', l)).to.equal('Province');
    expect(l.required.has('region')).to.be.true;
    expect(checkPostalCode('CA', 'K1A 0B1')).to.be.true;
    expect(checkPostalCode('CA', 'k1a0b1')).to.be.true;
    expect(checkPostalCode('CA', 'K1A 0B')).to.be.false;
  });

  it('India: PIN code and state, both required', () => {
    const l = layout('IN');
    expect(texts.label('postalCode', l)).to.equal('PIN code');
    expect(texts.label('region', l)).to.equal('State');
    expect(l.required.has('postalCode') && l.required.has('region')).to.be.true;
    expect(checkPostalCode('IN', '110001')).to.be.true;
    expect(checkPostalCode('IN', '11001')).to.be.false;
  });

  it('Ireland: Eircode and county, as the data says, both optional', () => {
    const l = layout('IE');
    expect(texts.label('postalCode', l)).to.equal('Eircode');
    expect(texts.label('region', l)).to.equal('County');
    expect(texts.label('dependentLocality', l)).to.equal('Townland');
    expect(l.required.has('postalCode')).to.be.false;
    expect(l.required.has('region')).to.be.false;
    expect(checkPostalCode('IE', 'D02 X285')).to.be.true;
    expect(checkPostalCode('IE', 'd02x285')).to.be.true;
    expect(checkPostalCode('IE', 'D02 X28')).to.be.false;
  });

  it('Hong Kong: no postcode field; area and district', () => {
    const l = layout('HK');
    expect(fields(l)).to.not.include('postalCode');
    expect(texts.label('region', l)).to.equal('Area');
    expect(texts.label('city', l)).to.equal('District');
    expect(l.required.has('region')).to.be.true;
    expect(layout('HK', 'zh-HK').rows[0]).to.deep.equal(['region']);
  });

  it('France: postcode before the city, and no CEDEX field; its overseas departments have one', () => {
    const fr = layout('FR');
    expect(fr.rows.at(-1)).to.deep.equal(['postalCode', 'city']);
    expect(fields(fr)).to.not.include('sortingCode');
    expect(checkPostalCode('FR', '75008')).to.be.true;
    const gf = layout('GF');
    expect(gf.rows.at(-1)).to.deep.equal(['postalCode', 'city', 'sortingCode']);
    expect(gf.required.has('sortingCode')).to.be.false;
    expect(texts.label('sortingCode', gf)).to.equal('Sorting code');
  });

  it('line 1 is always there and required, line 2 always there and optional, the name never', () => {
    for (const code of countryCodes()) {
      const l = layout(code);
      const all = fields(l);
      expect(all, code).to.include.members(['line1', 'line2']);
      expect(all, code).to.not.include('name');
      expect(l.required.has('line1'), code).to.be.true;
      expect(l.required.has('line2'), code).to.be.false;
      expect(new Set(all).size, `${code} has a field twice`).to.equal(all.length);
      for (const field of l.required) expect(all, `${code} requires ${field}`).to.include(field);
      if (l.postalExample !== undefined) expect(checkPostalCode(code, l.postalExample), code).to.be.true;
    }
  });

  it('knows the countries of the data and no others', () => {
    const codes = countryCodes();
    expect(codes.length).to.be.greaterThan(240);
    expect(codes).to.include.members(['US', 'GB', 'JP', 'CA', 'IN', 'IE', 'HK', 'FR', 'XK']);
    expect(codes).to.not.include('ZZ');
    for (const code of ['XX', 'ZZ', '', 'USA', '__proto__', 'constructor', 'toString']) {
      expect(addressLayout(code), code).to.be.undefined;
    }
    expect(addressLayout(' us ')?.country).to.equal('US');
    expect(checkPostalCode('XX', 'anything'), 'no rule').to.be.true;
    expect(checkPostalCode('HK', 'anything'), 'no rule').to.be.true;
  });

  it('names a country in the locale, falling back to the code', () => {
    expect(countryName('DE', 'fr')).to.equal('Allemagne');
    expect(countryName('DE', 'en')).to.equal('Germany');
    expect(countryName('JP', 'ja')).to.equal('日本');
    expect(countryName('XX', 'en')).to.equal('XX');
    expect(countryName('not a code', 'en')).to.equal('not a code');
    expect(countryName('DE', 'not a locale!')).to.equal('DE');
  });
});

describe('address problems', () => {
  it('a complete address has none', () => {
    expect(addressProblems(us(), layout('US'), texts).size).to.equal(0);
    expect(addressProblems(us({ postalCode: '95014-1234', line2: 'Suite 5' }), layout('US'), texts).size).to.equal(0);
  });

  it('names every required field left empty, the name for the address included', () => {
    const problems = addressProblems({ country: 'US', line2: 'Suite 5', city: '  ' }, layout('US'), texts);
    expect([...problems.keys()].sort()).to.deep.equal(['city', 'line1', 'name', 'postalCode', 'region']);
    expect(problems.get('name')).to.equal('Enter the name for this address.');
    expect(problems.get('region')).to.equal('Enter the state.');
    expect(problems.get('postalCode')).to.equal('Enter the ZIP code.');
    expect(addressProblems({ country: 'JP' }, layout('JP'), texts).get('region')).to.equal('Enter the prefecture.');
    // Optional in the United Kingdom: a state is never asked for.
    expect(addressProblems({ country: 'GB' }, layout('GB'), texts).has('region')).to.be.false;
  });

  it('refuses a postcode the country does not use, with an example of one it does', () => {
    const problem = addressProblems(us({ postalCode: 'ABCDE' }), layout('US'), texts).get('postalCode');
    expect(plain(problem)).to.equal('This ZIP code does not look right. For example: 95014');
    expect(problem, 'the example is isolated').to.contain('\u206895014\u2069');
    const gb = addressProblems(
      { name: 'Home', line1: 'x', city: 'London', postalCode: '12345', country: 'GB' },
      layout('GB'),
      texts,
    );
    expect(plain(gb.get('postalCode'))).to.equal('This postcode does not look right. For example: EC1Y 8SY');
    const ie = addressProblems(
      { name: 'Home', line1: 'x', city: 'Dublin', postalCode: 'nope', country: 'IE' },
      layout('IE'),
      texts,
    );
    expect(plain(ie.get('postalCode'))).to.equal('This Eircode does not look right. For example: A65 F4E2');
  });

  it('refuses text over 200 characters in every field, and takes 200', () => {
    const l = layout('US');
    const all = ['name', ...fields(l)] as const;
    const long = Object.fromEntries(all.map((field) => [field, 'a'.repeat(201)]));
    const problems = addressProblems({ ...long, country: 'US' }, l, texts);
    for (const field of all) expect(problems.get(field), field).to.equal(texts.tooLong());
    const fits = addressProblems(us({ line1: 'a'.repeat(200), line2: 'b'.repeat(200) }), l, texts);
    expect(fits.size).to.equal(0);
  });

  it('refuses a card number typed in any field, in every country and with an unknown one', () => {
    for (const country of ['US', 'GB', 'JP', 'HK', 'FR', 'GF', 'XX']) {
      const l = addressLayout(country);
      const shown = ['name', ...(l ? fields(l) : allAddressFields)] as const;
      const draft = Object.fromEntries(shown.map((field) => [field, card]));
      const problems = addressProblems({ ...draft, country }, l, texts);
      for (const field of shown)
        expect(problems.get(field), `${country} ${field}`).to.equal('Never enter a card number here.');
    }
  });

  it('tells a card number from the digits an address has', () => {
    for (const card of [
      '4111111111111111',
      '4111 1111 1111 1111',
      '4111-1111-1111-1111',
      '378282246310005',
      '6011 0009 9013 9424 123',
      'Card 5555555555554444 please',
      '4111 - 1111 - 1111 - 1111',
    ]) {
      expect(looksLikeCardNumber(card), card).to.be.true;
    }
    for (const fine of [
      '1 Infinite Loop',
      '95014-1234',
      'Flat 12, 345 High Street',
      '100-0001',
      '+44 20 7946 0958',
      '123456789012',
      '12 34 56 78 90 12',
    ]) {
      expect(looksLikeCardNumber(fine), fine).to.be.false;
    }
  });

  it('asks for a country, and says when it does not know one', () => {
    expect(addressProblems({ name: 'Home', line1: 'x' }, undefined, texts).get('country')).to.equal(
      'Choose the country or region.',
    );
    const unknown = addressProblems({ name: 'Home', line1: 'x', country: 'XX' }, undefined, texts);
    expect(plain(unknown.get('country'))).to.equal('We do not know the address format of XX. Choose the country.');
    // With no format, only the name and the first line are required.
    expect([...unknown.keys()]).to.deep.equal(['country']);
  });

  it('checks only the fields the country shows, and saves only those, trimmed', () => {
    const l = layout('HK');
    const draft = {
      id: 'addr_1',
      name: ' Office ',
      line1: ' 1 Queen’s Road ',
      city: 'Central',
      region: 'Hong Kong Island',
      postalCode: 'not one',
      country: 'HK',
    };
    expect(addressProblems(draft, l, texts).size).to.equal(0);
    expect(cleanAddress(draft, l)).to.deep.equal({
      id: 'addr_1',
      name: 'Office',
      line1: '1 Queen’s Road',
      city: 'Central',
      region: 'Hong Kong Island',
      country: 'HK',
    });
    expect(cleanAddress({ ...us(), id: 'a', line2: '  ', country: 'us' }, layout('us'))).to.deep.equal({
      id: 'a',
      name: 'Home',
      line1: '1 Infinite Loop',
      city: 'Cupertino',
      region: 'CA',
      postalCode: '95014',
      country: 'US',
    });
  });

  it('has a label and a noun for every field of every country, in each kind the data uses', () => {
    const seen = new Set<string>();
    for (const code of countryCodes()) {
      const l = layout(code);
      for (const field of fields(l)) {
        const label = texts.label(field, l);
        const noun = texts.noun(field, l);
        expect(label, `${code} ${field}`).to.be.a('string').and.not.empty;
        expect(noun, `${code} ${field}`).to.be.a('string').and.not.empty;
        seen.add(label);
      }
    }
    expect([...seen]).to.include.members([
      'State',
      'Province',
      'Prefecture',
      'County',
      'Emirate',
      'ZIP code',
      'Postcode',
      'PIN code',
      'Eircode',
      'City',
      'Suburb',
      'District',
      'Post town',
    ]);
  });
});
