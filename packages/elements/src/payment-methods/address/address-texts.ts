import { isolate, type Text } from '@prefcenter/core';
import type {
  DependentLocalityKind,
  EditableField,
  FieldKinds,
  LocalityKind,
  PostalKind,
  RegionKind,
} from './address-format.js';

/** The names of the parts when the country is unknown: the most general ones. */
export const generalKinds: FieldKinds = {
  regionKind: 'region',
  postalKind: 'postal',
  localityKind: 'city',
  dependentLocalityKind: 'district',
};

/**
 * The address form's sentences, each through the widget's `text(id, english, values)`, so an
 * instance's `strings` can reword any of them by the id without `payment-methods.`. Functions,
 * so each is read in the active locale at render time. Adapter or customer text (a country
 * code, an example postcode) is isolated (FSI…PDI) in our sentences.
 *
 * Each field has a label ("ZIP code") and a noun, the same name as it reads inside a sentence
 * ("Enter the ZIP code."), which a translator can inflect as the sentence needs.
 */
export function addressTexts(text: Text) {
  const regionLabel = (kind: RegionKind) => {
    switch (kind) {
      case 'state':
        return text('payment-methods.address.region.state', 'State');
      case 'province':
        return text('payment-methods.address.region.province', 'Province');
      case 'prefecture':
        return text('payment-methods.address.region.prefecture', 'Prefecture');
      case 'county':
        return text('payment-methods.address.region.county', 'County');
      case 'emirate':
        return text('payment-methods.address.region.emirate', 'Emirate');
      case 'island':
        return text('payment-methods.address.region.island', 'Island');
      case 'area':
        return text('payment-methods.address.region.area', 'Area');
      case 'district':
        return text('payment-methods.address.region.district', 'District');
      case 'department':
        return text('payment-methods.address.region.department', 'Department');
      case 'parish':
        return text('payment-methods.address.region.parish', 'Parish');
      case 'oblast':
        return text('payment-methods.address.region.oblast', 'Oblast');
      case 'region':
        return text('payment-methods.address.region.region', 'Region');
    }
  };
  const regionNoun = (kind: RegionKind) => {
    switch (kind) {
      case 'state':
        return (
          /* l10n: A field's name inside a sentence, as in "Enter the {field}." */
          text('payment-methods.address.noun.region.state', 'state')
        );
      case 'province':
        return text('payment-methods.address.noun.region.province', 'province');
      case 'prefecture':
        return text('payment-methods.address.noun.region.prefecture', 'prefecture');
      case 'county':
        return text('payment-methods.address.noun.region.county', 'county');
      case 'emirate':
        return text('payment-methods.address.noun.region.emirate', 'emirate');
      case 'island':
        return text('payment-methods.address.noun.region.island', 'island');
      case 'area':
        return text('payment-methods.address.noun.region.area', 'area');
      case 'district':
        return text('payment-methods.address.noun.region.district', 'district');
      case 'department':
        return text('payment-methods.address.noun.region.department', 'department');
      case 'parish':
        return text('payment-methods.address.noun.region.parish', 'parish');
      case 'oblast':
        return text('payment-methods.address.noun.region.oblast', 'oblast');
      case 'region':
        return text('payment-methods.address.noun.region.region', 'region');
    }
  };
  const postalLabel = (kind: PostalKind) => {
    switch (kind) {
      case 'zip':
        return text('payment-methods.address.postal.zip', 'ZIP code');
      case 'pin':
        return text('payment-methods.address.postal.pin', 'PIN code');
      case 'eircode':
        return text('payment-methods.address.postal.eircode', 'Eircode');
      case 'postal':
        return text('payment-methods.address.postal.postal', 'Postcode');
    }
  };
  const postalNoun = (kind: PostalKind) => {
    switch (kind) {
      case 'zip':
        return text('payment-methods.address.noun.postal.zip', 'ZIP code');
      case 'pin':
        return text('payment-methods.address.noun.postal.pin', 'PIN code');
      case 'eircode':
        return text('payment-methods.address.noun.postal.eircode', 'Eircode');
      case 'postal':
        return text('payment-methods.address.noun.postal.postal', 'postcode');
    }
  };
  const localityLabel = (kind: LocalityKind) => {
    switch (kind) {
      case 'city':
        return text('payment-methods.address.locality.city', 'City');
      case 'suburb':
        return text('payment-methods.address.locality.suburb', 'Suburb');
      case 'district':
        return text('payment-methods.address.locality.district', 'District');
      case 'post-town':
        return text('payment-methods.address.locality.post-town', 'Post town');
    }
  };
  const localityNoun = (kind: LocalityKind) => {
    switch (kind) {
      case 'city':
        return text('payment-methods.address.noun.locality.city', 'city');
      case 'suburb':
        return text('payment-methods.address.noun.locality.suburb', 'suburb');
      case 'district':
        return text('payment-methods.address.noun.locality.district', 'district');
      case 'post-town':
        return text('payment-methods.address.noun.locality.post-town', 'post town');
    }
  };
  const dependentLocalityLabel = (kind: DependentLocalityKind) => {
    switch (kind) {
      case 'suburb':
        return text('payment-methods.address.sublocality.suburb', 'Suburb');
      case 'neighborhood':
        return text('payment-methods.address.sublocality.neighborhood', 'Neighbourhood');
      case 'district':
        return text('payment-methods.address.sublocality.district', 'District');
      case 'townland':
        return text('payment-methods.address.sublocality.townland', 'Townland');
      case 'village-township':
        return text('payment-methods.address.sublocality.village-township', 'Village or township');
    }
  };
  const dependentLocalityNoun = (kind: DependentLocalityKind) => {
    switch (kind) {
      case 'suburb':
        return text('payment-methods.address.noun.sublocality.suburb', 'suburb');
      case 'neighborhood':
        return text('payment-methods.address.noun.sublocality.neighborhood', 'neighbourhood');
      case 'district':
        return text('payment-methods.address.noun.sublocality.district', 'district');
      case 'townland':
        return text('payment-methods.address.noun.sublocality.townland', 'townland');
      case 'village-township':
        return text('payment-methods.address.noun.sublocality.village-township', 'village or township');
    }
  };
  const postalInvalidExample = (field: string, example: string) =>
    /* l10n: {example} is a real postcode of the country, e.g. "This ZIP code does not look right. For example: 95014" */
    text('payment-methods.address.error.postal-example', 'This {field} does not look right. For example: {example}', {
      field,
      example: isolate(example),
    });
  return {
    legend: () => text('payment-methods.address.legend', 'Billing address'),
    /** A field's label, without "(optional)": the form adds it with `optional()`. */
    label: (field: EditableField, kinds: FieldKinds = generalKinds) => {
      switch (field) {
        case 'name':
          return text('payment-methods.address.name', 'Name for this address');
        case 'recipient':
          return text('payment-methods.address.recipient', 'Full name');
        case 'organization':
          return text('payment-methods.address.organization', 'Company');
        case 'line1':
          return text('payment-methods.address.line1', 'Address line 1');
        case 'line2':
          return text('payment-methods.address.line2', 'Address line 2');
        case 'city':
          return localityLabel(kinds.localityKind);
        case 'dependentLocality':
          return dependentLocalityLabel(kinds.dependentLocalityKind);
        case 'region':
          return regionLabel(kinds.regionKind);
        case 'postalCode':
          return postalLabel(kinds.postalKind);
        case 'sortingCode':
          return text('payment-methods.address.sorting-code', 'Sorting code');
      }
    },
    /** A field's name as it reads inside `missing()` and `postalInvalid()`. */
    noun: (field: EditableField, kinds: FieldKinds = generalKinds) => {
      switch (field) {
        case 'name':
          return text('payment-methods.address.noun.name', 'name for this address');
        case 'recipient':
          return text('payment-methods.address.noun.recipient', 'full name');
        case 'organization':
          return text('payment-methods.address.noun.organization', 'company');
        case 'line1':
          return text('payment-methods.address.noun.line1', 'first line of the address');
        case 'line2':
          return text('payment-methods.address.noun.line2', 'second line of the address');
        case 'city':
          return localityNoun(kinds.localityKind);
        case 'dependentLocality':
          return dependentLocalityNoun(kinds.dependentLocalityKind);
        case 'region':
          return regionNoun(kinds.regionKind);
        case 'postalCode':
          return postalNoun(kinds.postalKind);
        case 'sortingCode':
          return text('payment-methods.address.noun.sorting-code', 'sorting code');
      }
    },
    optional: (label: string) =>
      /* l10n: The label of a field the customer may leave empty, e.g. "Company (optional)" */
      text('payment-methods.address.optional', '{label} (optional)', { label }),
    country: () => text('payment-methods.address.country', 'Country or region'),
    chooseCountryOption: () => text('payment-methods.address.country.choose-option', 'Choose a country or region'),
    save: () => text('payment-methods.address.save', 'Save address'),
    cancel: () => text('payment-methods.address.cancel', 'Cancel'),
    missing: (field: string) =>
      /* l10n: {field} is a field's name inside a sentence, e.g. "Enter the ZIP code." */
      text('payment-methods.address.error.missing', 'Enter the {field}.', { field }),
    postalInvalid: (field: string, example: string | undefined) =>
      example === undefined
        ? text('payment-methods.address.error.postal', 'This {field} does not look right.', { field })
        : postalInvalidExample(field, example),
    tooLong: () => text('payment-methods.address.error.too-long', 'This is too long: use at most 200 characters.'),
    cardNumber: () => text('payment-methods.address.error.card-number', 'Never enter a card number here.'),
    chooseCountry: () => text('payment-methods.address.error.country', 'Choose the country or region.'),
    unknownCountry: (code: string) =>
      text(
        'payment-methods.address.error.unknown-country',
        'We do not know the address format of {code}. Choose the country.',
        {
          code: isolate(code),
        },
      ),
  };
}

export type AddressTexts = ReturnType<typeof addressTexts>;
