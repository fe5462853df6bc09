import { bidi, type BillingAddress } from '@prefcenter/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  allAddressFields,
  countryCodes,
  countryName,
  isRequired,
  maxLength,
  type AddressField,
  type AddressLayout,
  type EditableField,
} from './address-format.js';
import type { AddressTexts } from './address-texts.js';

/**
 * The billing-address form as a template, which `<payment-methods>` renders in its shadow
 * root (with `addressFormStyles` in its styles). The country's fields in its order, native
 * labelled inputs with autofill tokens; each problem inline under its field once
 * `showProblems`, named by `aria-describedby`. An unknown country (bad adapter data) shows
 * every field and says so under the country, and the form does not submit until a known
 * one is chosen. All text is text: nothing here is parsed as HTML.
 */
export interface AddressFormProps {
  draft: Partial<BillingAddress>;
  /** `addressLayout(draft.country)`: `undefined` for a country the data does not know. */
  layout: AddressLayout | undefined;
  /** `addressProblems(draft, layout, texts)`. */
  problems: Map<keyof BillingAddress, string>;
  /** Show the problems (after a first try to save); an unknown country is said at once. */
  showProblems: boolean;
  /** The locale the country names are in and sorted by. */
  locale: string;
  texts: AddressTexts;
  /** Starts every id of the form, unique in the root it is rendered in. */
  idPrefix: string;
  onInput(field: EditableField, value: string): void;
  onCountry(code: string): void;
  /** The customer asked to save: save only when `addressProblems` is empty. */
  onSubmit(): void;
  onCancel(): void;
  /** Saving, or the widget is read-only: every control disabled. */
  busy?: boolean;
}

type Token =
  | 'off'
  | 'name'
  | 'organization'
  | 'address-line1'
  | 'address-line2'
  | 'address-level1'
  | 'address-level2'
  | 'address-level3'
  | 'postal-code';

const autocomplete: Readonly<Record<EditableField, Token>> = {
  // What the customer calls the address ("Home"): nothing a browser has to fill in.
  name: 'off',
  recipient: 'name',
  organization: 'organization',
  line1: 'address-line1',
  line2: 'address-line2',
  city: 'address-level2',
  dependentLocality: 'address-level3',
  region: 'address-level1',
  postalCode: 'postal-code',
  // CEDEX and its like have no autofill token.
  sortingCode: 'off',
};

const sortedCountries = new Map<string, readonly { code: string; name: string }[]>();

/** Every known country with its name in `locale`, sorted as that locale sorts. */
function countriesIn(locale: string): readonly { code: string; name: string }[] {
  let list = sortedCountries.get(locale);
  if (!list) {
    let collator: Intl.Collator;
    try {
      collator = new Intl.Collator(locale);
    } catch {
      collator = new Intl.Collator();
    }
    list = countryCodes()
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    sortedCountries.set(locale, list);
  }
  return list;
}

const fieldId = (props: AddressFormProps, field: EditableField | 'country') => `${props.idPrefix}-${field}`;

function renderField(props: AddressFormProps, field: EditableField): TemplateResult {
  const { texts, layout } = props;
  const id = fieldId(props, field);
  const problem = props.showProblems ? props.problems.get(field) : undefined;
  const required = isRequired(field, layout);
  const label = texts.label(field, layout);
  return html`<div class="pc-field" part="address-field" data-field=${field}>
    <label for=${id}>${required ? label : texts.optional(label)}</label>
    <input
      id=${id}
      name=${field}
      type="text"
      dir="auto"
      autocomplete=${autocomplete[field]}
      maxlength=${maxLength}
      .value=${live(props.draft[field] ?? '')}
      ?required=${required}
      aria-required=${required ? 'true' : nothing}
      aria-invalid=${problem ? 'true' : nothing}
      aria-describedby=${problem ? `${id}-error` : nothing}
      @input=${(event: Event) => props.onInput(field, (event.target as HTMLInputElement).value)}
    />
    ${problem ? html`<p class="pc-error" part="field-error" id=${`${id}-error`}>${bidi(problem)}</p>` : nothing}
  </div>`;
}

function renderCountry(props: AddressFormProps): TemplateResult {
  const { texts, layout } = props;
  const id = fieldId(props, 'country');
  const code = props.draft.country?.trim() ?? '';
  const known = layout !== undefined;
  // A country the data does not know is said at once: nothing else the customer types can fix it.
  const problem =
    !known && code
      ? (props.problems.get('country') ?? texts.unknownCountry(code))
      : props.showProblems
        ? props.problems.get('country')
        : undefined;
  return html`<div class="pc-field" part="address-field" data-field="country">
    <label for=${id}>${texts.country()}</label>
    <select
      id=${id}
      name="country"
      autocomplete="country"
      required
      aria-required="true"
      aria-invalid=${problem ? 'true' : nothing}
      aria-describedby=${problem ? `${id}-error` : nothing}
      .value=${live(known ? layout.country : '')}
      @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        if (value) props.onCountry(value);
      }}
    >
      ${known ? nothing : html`<option value="" selected>${texts.chooseCountryOption()}</option>`}
      ${countriesIn(props.locale).map(
        (country) =>
          html`<option value=${country.code} ?selected=${known && country.code === layout.country}>
            ${country.name}
          </option>`,
      )}
    </select>
    ${problem ? html`<p class="pc-error" part="field-error" id=${`${id}-error`}>${bidi(problem)}</p>` : nothing}
  </div>`;
}

/** The country's rows; every field on a row of its own when the country is unknown. */
const rowsOf = (layout: AddressLayout | undefined): readonly AddressField[][] =>
  layout ? layout.rows : allAddressFields.map((field) => [field]);

export function renderAddressForm(props: AddressFormProps): TemplateResult {
  const { texts } = props;
  const busy = props.busy ?? false;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!props.layout) {
      // Nothing is sent for a country we cannot check: back to the country, whose message says why.
      (event.currentTarget as HTMLFormElement).querySelector<HTMLElement>(`[name="country"]`)?.focus();
      return;
    }
    props.onSubmit();
  };
  return html`<form class="address-form" part="address-form" novalidate @submit=${submit}>
    <fieldset class="pc-group" ?disabled=${busy}>
      <legend class="pc-group-title">${texts.legend()}</legend>
      ${renderField(props, 'name')} ${renderCountry(props)}
      ${rowsOf(props.layout).map(
        (row) => html`<div class="pc-fields address-row">${row.map((field) => renderField(props, field))}</div>`,
      )}
    </fieldset>
    <div class="pc-actions">
      <button type="submit" class="primary" ?disabled=${busy}>${texts.save()}</button>
      <button type="button" ?disabled=${busy} @click=${() => props.onCancel()}>${texts.cancel()}</button>
    </div>
  </form>`;
}

/** The first control of the form `idPrefix` that is marked invalid, in the order the customer meets them. */
export function firstInvalidField(root: ParentNode, idPrefix: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[id^="${CSS.escape(idPrefix)}-"][aria-invalid="true"]`);
}

/** Moves focus to `firstInvalidField`; whether there was one. */
export function focusFirstInvalid(root: ParentNode, idPrefix: string): boolean {
  const field = firstInvalidField(root, idPrefix);
  field?.focus();
  return field !== null;
}
