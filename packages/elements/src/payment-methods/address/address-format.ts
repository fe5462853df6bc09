import { looksLikeCardNumber, type BillingAddress } from '@prefcenter/core';
import { formatAddress } from 'localized-address-format';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import type { AddressTexts } from './address-texts.js';
import { countries, type CountryData } from './generated/address-data.js';

/**
 * Each country's address format, for the billing-address form: which fields, in which order
 * and on which lines, which are required, what they are called (state, prefecture; ZIP,
 * PIN) and what a postcode must look like. Pure functions, no Lit.
 *
 * The data comes from maintained sets, not from us: the order from `localized-address-format`
 * and the postcode rules from `postcode-validator` (both Google's libaddressinput data, MIT),
 * the rest (required fields, names, an example postcode, the list of countries) from the same
 * data as generated into `generated/address-data.ts` by scripts/generate-address-data.mjs.
 * This module is loaded by dynamic `import()` when an address form first opens.
 */

/** The fields of a `BillingAddress` that a country's format places (the name and the country are the form's own). */
export type AddressField =
  | 'recipient'
  | 'organization'
  | 'line1'
  | 'line2'
  | 'city'
  | 'dependentLocality'
  | 'region'
  | 'postalCode'
  | 'sortingCode';

/** Every field the form lets the customer type: the address's own name, then the country's fields. */
export type EditableField = 'name' | AddressField;

export type RegionKind =
  | 'state'
  | 'province'
  | 'prefecture'
  | 'county'
  | 'emirate'
  | 'island'
  | 'area'
  | 'district'
  | 'department'
  | 'parish'
  | 'oblast'
  | 'region';
export type PostalKind = 'postal' | 'zip' | 'pin' | 'eircode';
export type LocalityKind = 'city' | 'suburb' | 'district' | 'post-town';
export type DependentLocalityKind = 'suburb' | 'neighborhood' | 'district' | 'townland' | 'village-township';

/** What a field's label depends on, beside the field: the names the country gives its parts. */
export interface FieldKinds {
  regionKind: RegionKind;
  postalKind: PostalKind;
  localityKind: LocalityKind;
  dependentLocalityKind: DependentLocalityKind;
}

export interface AddressLayout extends FieldKinds {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** The country's fields in its order; the fields of one row share a line of the printed address. */
  rows: AddressField[][];
  required: ReadonlySet<AddressField>;
  /** A postcode that passes the country's rule, for the message when one does not. */
  postalExample?: string;
  /** The format used: the country's own, or its Latin-script one (Japan's in English starts with the name). */
  script: 'local' | 'latin';
}

/** Text fields hold at most this many characters (core's schema). */
export const maxLength = 200;

/** Every field, in the order the form shows them when the country is unknown. */
export const allAddressFields: readonly AddressField[] = [
  'recipient',
  'organization',
  'line1',
  'line2',
  'dependentLocality',
  'city',
  'region',
  'postalCode',
  'sortingCode',
];

const byLetter: Readonly<Record<string, AddressField>> = {
  N: 'recipient',
  O: 'organization',
  A: 'line1',
  D: 'dependentLocality',
  C: 'city',
  S: 'region',
  Z: 'postalCode',
  X: 'sortingCode',
};

const regionKinds: Readonly<Record<string, RegionKind>> = {
  state: 'state',
  province: 'province',
  prefecture: 'prefecture',
  county: 'county',
  emirate: 'emirate',
  island: 'island',
  area: 'area',
  district: 'district',
  department: 'department',
  parish: 'parish',
  oblast: 'oblast',
  // Korea's provinces and metropolitan cities (도/시).
  do_si: 'province',
};
const postalKinds: Readonly<Record<string, PostalKind>> = {
  postal: 'postal',
  zip: 'zip',
  pin: 'pin',
  eircode: 'eircode',
};
const localityKinds: Readonly<Record<string, LocalityKind>> = {
  city: 'city',
  suburb: 'suburb',
  district: 'district',
  post_town: 'post-town',
};
const dependentLocalityKinds: Readonly<Record<string, DependentLocalityKind>> = {
  suburb: 'suburb',
  neighborhood: 'neighborhood',
  district: 'district',
  townland: 'townland',
  village_township: 'village-township',
};

const own = <T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined =>
  key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

/** The data's entry for `code`, or `undefined` when it does not know it ('XX', 'ZZ', '__proto__'). */
function countryData(code: string): CountryData | undefined {
  return /^[A-Z]{2}$/.test(code) ? own(countries, code) : undefined;
}

/**
 * The country's own format, unless the customer reads another script: Japan's in Japanese
 * starts with the postcode and ends with the name, its Latin one (for English) the other way
 * round. As libaddressinput chooses: the local format for a language of the country written in
 * its own script, the Latin one otherwise (where the country has one).
 */
function scriptFor(data: CountryData, locale: string): 'local' | 'latin' {
  let ui: Intl.Locale;
  try {
    ui = new Intl.Locale(locale).maximize();
  } catch {
    return 'latin';
  }
  if (ui.script === 'Latn') return 'latin';
  const languages = data.languages?.split(' ');
  if (!languages) return 'local';
  return languages.some((language) => language.split('-')[0] === ui.language) ? 'local' : 'latin';
}

const marker = (letter: string) => `\uE000${letter}\uE001`;
/** An address whose every field is its format letter, so the formatted lines tell the order. */
const probe = {
  name: marker('N'),
  organization: marker('O'),
  addressLines: [marker('A')],
  dependentLocality: marker('D'),
  locality: marker('C'),
  administrativeArea: marker('S'),
  postalCode: marker('Z'),
  sortingCode: marker('X'),
};

/** The rows of `code`'s format: each line's fields; the street lines get a row each. */
function rowsOf(code: string, script: 'local' | 'latin'): AddressField[][] {
  const rows: AddressField[][] = [];
  const seen = new Set<AddressField>();
  for (const line of formatAddress({ postalCountry: code, ...probe }, script)) {
    let row: AddressField[] = [];
    for (const [, letter] of line.matchAll(/\uE000([A-Z])\uE001/g)) {
      const field = own(byLetter, letter);
      if (!field || seen.has(field)) continue;
      seen.add(field);
      if (field === 'line1') {
        // "%A, %S" (Japan in Latin): the street lines stand alone, what follows them gets a row.
        if (row.length) rows.push(row);
        rows.push(['line1'], ['line2']);
        row = [];
      } else {
        row.push(field);
      }
    }
    if (row.length) rows.push(row);
  }
  if (!seen.has('line1')) rows.push(['line1'], ['line2']);
  return rows;
}

const layouts = new Map<string, AddressLayout>();

/**
 * The format of `country` (ISO alpha-2, any case) as the customer reading `locale` fills it
 * in, or `undefined` when the data does not know the code. `line1` is always there and
 * required, `line2` always there and optional; the address's own name is not part of it.
 */
export function addressLayout(country: string, locale = 'en'): AddressLayout | undefined {
  const code = country.trim().toUpperCase();
  const data = countryData(code);
  if (!data) return undefined;
  const script = scriptFor(data, locale);
  const key = `${code} ${script}`;
  let layout = layouts.get(key);
  if (!layout) {
    const rows = rowsOf(code, script);
    const present = new Set(rows.flat());
    const required = new Set<AddressField>(['line1']);
    for (const letter of data.require ?? 'AC') {
      const field = own(byLetter, letter);
      if (field && present.has(field)) required.add(field);
    }
    layout = {
      country: code,
      rows,
      required,
      regionKind: own(regionKinds, data.region) ?? (data.region ? 'region' : 'province'),
      postalKind: own(postalKinds, data.postal) ?? 'postal',
      localityKind: own(localityKinds, data.locality) ?? 'city',
      dependentLocalityKind: own(dependentLocalityKinds, data.sublocality) ?? 'suburb',
      ...(data.example !== undefined && { postalExample: data.example }),
      script,
    };
    layouts.set(key, layout);
  }
  return layout;
}

/** Whether `value` is a postcode of `country` (spaces around and letter case aside); true when the country has no rule. */
export function checkPostalCode(country: string, value: string): boolean {
  const code = country.trim().toUpperCase();
  if (!postcodeValidatorExistsForCountry(code)) return true;
  return postcodeValidator(value.trim().toUpperCase(), code);
}

const codes: readonly string[] = Object.freeze(Object.keys(countries));

/** Every country code the data knows. */
export function countryCodes(): readonly string[] {
  return codes;
}

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** The country's name in `locale` (`Intl.DisplayNames`); the code itself when the browser has no name for it. */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    // Not a well-formed region code.
    return code;
  }
}

/** The fields a form for `layout` shows, in order: the name first, then the country's (all of them when it is unknown). */
export function formFields(layout: AddressLayout | undefined): EditableField[] {
  return ['name', ...(layout ? layout.rows.flat() : allAddressFields)];
}

/** Whether `field` must be filled in under `layout` (with no layout: the name and the first line). */
export function isRequired(field: EditableField, layout: AddressLayout | undefined): boolean {
  return field === 'name' || field === 'line1' || (layout?.required.has(field) ?? false);
}

/**
 * What keeps `draft` from being saved, by field, in `texts`' words: a card number in any field
 * (refused before all else), text over 200 characters, a required field left empty, a postcode
 * the country's rule refuses, and a country missing or unknown. Empty when it can be saved.
 * Only the fields `layout` shows are checked: `cleanAddress` drops the others.
 */
export function addressProblems(
  draft: Partial<BillingAddress>,
  layout: AddressLayout | undefined,
  texts: AddressTexts,
): Map<keyof BillingAddress, string> {
  const problems = new Map<keyof BillingAddress, string>();
  for (const field of formFields(layout)) {
    const value = draft[field] ?? '';
    const noun = () => texts.noun(field, layout);
    if (looksLikeCardNumber(value)) problems.set(field, texts.cardNumber());
    else if (value.length > maxLength) problems.set(field, texts.tooLong());
    else if (!value.trim()) {
      if (isRequired(field, layout)) problems.set(field, texts.missing(noun()));
    } else if (field === 'postalCode' && layout && !checkPostalCode(layout.country, value)) {
      problems.set(field, texts.postalInvalid(noun(), layout.postalExample));
    }
  }
  const country = draft.country?.trim() ?? '';
  if (!country) problems.set('country', texts.chooseCountry());
  else if (!layout) problems.set('country', texts.unknownCountry(country));
  return problems;
}

/**
 * The address to save: `draft` (checked by `addressProblems`) with its text trimmed, and only
 * the fields `layout` shows (a postcode typed before switching to Hong Kong is not kept).
 */
export function cleanAddress(draft: Partial<BillingAddress> & { id: string }, layout: AddressLayout): BillingAddress {
  const address: BillingAddress = {
    id: draft.id,
    name: draft.name?.trim() ?? '',
    line1: draft.line1?.trim() ?? '',
    country: layout.country,
  };
  for (const field of layout.rows.flat()) {
    const value = draft[field]?.trim();
    if (field !== 'line1' && value) address[field] = value;
  }
  return address;
}
