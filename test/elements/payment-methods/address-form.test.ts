import { expect, fixture, html } from '@open-wc/testing';
import { baseStyles, translate, type BillingAddress } from '@prefcenter/core';
import { LitElement } from 'lit';
import {
  addressLayout,
  addressProblems,
  type EditableField,
} from '../../../packages/elements/src/payment-methods/address/address-format.js';
import {
  firstInvalidField,
  focusFirstInvalid,
  renderAddressForm,
  type AddressFormProps,
} from '../../../packages/elements/src/payment-methods/address/address-form.js';
import { addressFormStyles } from '../../../packages/elements/src/payment-methods/address/address-form.styles.js';
import { addressTexts } from '../../../packages/elements/src/payment-methods/address/address-texts.js';

/** A shadow root to render the form in, with the styles the widget gives it. */
class AddressFormHost extends LitElement {
  static override styles = [...baseStyles, ...addressFormStyles];
  static override properties = { props: { attribute: false } };
  declare props: AddressFormProps | undefined;

  override render() {
    return html`<div class="base">${this.props ? renderAddressForm(this.props) : ''}</div>`;
  }
}
customElements.define('test-address-form', AddressFormHost);

const texts = addressTexts(translate);
const plain = (text: string | null | undefined) => text?.replace(/[\u2068\u2069]/g, '').trim();
const card = '4111 1111 1111 1111';

interface Options {
  locale?: string;
  showProblems?: boolean;
  busy?: boolean;
  dir?: 'ltr' | 'rtl';
}

/** The form as the widget drives it: each input and country change goes into the draft, and a save shows the problems. */
async function mount(draft: Partial<BillingAddress>, options: Options = {}) {
  const locale = options.locale ?? 'en';
  const el = await fixture<AddressFormHost>(
    html`<test-address-form dir=${options.dir ?? 'ltr'} lang=${locale}></test-address-form>`,
  );
  const calls = { input: [] as [EditableField, string][], country: [] as string[], submit: 0, cancel: 0 };
  const state = { draft: { ...draft }, showProblems: options.showProblems ?? false };
  const refresh = () => {
    const layout = addressLayout(state.draft.country ?? '', locale);
    el.props = {
      draft: state.draft,
      layout,
      problems: addressProblems(state.draft, layout, texts),
      showProblems: state.showProblems,
      locale,
      texts,
      idPrefix: 'billing',
      busy: options.busy ?? false,
      onInput: (field, value) => {
        calls.input.push([field, value]);
        state.draft = { ...state.draft, [field]: value };
        refresh();
      },
      onCountry: (code) => {
        calls.country.push(code);
        state.draft = { ...state.draft, country: code };
        refresh();
      },
      onSubmit: () => {
        calls.submit++;
        state.showProblems = true;
        refresh();
      },
      onCancel: () => calls.cancel++,
    };
  };
  refresh();
  await el.updateComplete;
  const root = el.shadowRoot!;
  return {
    el,
    root,
    calls,
    state,
    /** The text inputs and the country select, in document order. */
    controls: () => [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')],
    control: (name: string) => root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!,
    labels: () => [...root.querySelectorAll('label')].map((label) => plain(label.textContent)),
    async type(name: string, value: string) {
      const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    },
    async chooseCountry(code: string) {
      const select = root.querySelector<HTMLSelectElement>('select')!;
      select.value = code;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    },
    async save() {
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
    },
    /** The inline message a control names with aria-describedby. */
    describedBy(control: Element) {
      const id = control.getAttribute('aria-describedby');
      return id ? root.getElementById(id) : null;
    },
  };
}

describe('the address form', () => {
  it('draws the United States format: labels, order, autofill tokens, required fields', async () => {
    const form = await mount({ country: 'US' });
    expect(form.labels()).to.deep.equal([
      'Name for this address',
      'Country or region',
      'Full name (optional)',
      'Company (optional)',
      'Address line 1',
      'Address line 2 (optional)',
      'City',
      'State',
      'ZIP code',
    ]);
    const controls = form.controls();
    expect(controls.map((c) => c.name)).to.deep.equal([
      'name',
      'country',
      'recipient',
      'organization',
      'line1',
      'line2',
      'city',
      'region',
      'postalCode',
    ]);
    expect(controls.map((c) => c.getAttribute('autocomplete'))).to.deep.equal([
      'off',
      'country',
      'name',
      'organization',
      'address-line1',
      'address-line2',
      'address-level2',
      'address-level1',
      'postal-code',
    ]);
    // Every control is named by its label.
    for (const label of form.root.querySelectorAll('label')) expect(label.control, label.textContent!).to.exist;
    for (const input of form.root.querySelectorAll('input')) expect(input.maxLength, input.name).to.equal(200);
    const required = controls.filter((c) => c.required).map((c) => c.name);
    expect(required).to.deep.equal(['name', 'country', 'line1', 'city', 'region', 'postalCode']);
    for (const c of controls) expect(c.getAttribute('aria-required'), c.name).to.equal(c.required ? 'true' : null);
    expect(form.root.querySelector('form')!.noValidate).to.be.true;
    expect(form.root.querySelector('form')!.getAttribute('part')).to.equal('address-form');
    expect(plain(form.root.querySelector('legend')!.textContent)).to.equal('Billing address');
    expect(form.root.querySelectorAll('[part="address-field"]')).to.have.length(9);
    // The city, state and ZIP code share a row, as on an envelope.
    const row = form.control('city').closest('.address-row')!;
    expect([...row.querySelectorAll('input')].map((i) => i.name)).to.deep.equal(['city', 'region', 'postalCode']);
    await expect(form.el).to.be.accessible();
  });

  it('draws each country in its own words and order', async () => {
    const gb = await mount({ country: 'GB' });
    expect(gb.labels().slice(2)).to.deep.equal([
      'Full name (optional)',
      'Company (optional)',
      'Address line 1',
      'Address line 2 (optional)',
      'Post town',
      'Postcode',
    ]);
    const jp = await mount({ country: 'JP' });
    expect(jp.labels()).to.include('Prefecture');
    expect(jp.labels()).to.not.include('City');
    const jpInJapanese = await mount({ country: 'JP' }, { locale: 'ja' });
    expect(jpInJapanese.controls().map((c) => c.name)).to.deep.equal([
      'name',
      'country',
      'postalCode',
      'region',
      'line1',
      'line2',
      'organization',
      'recipient',
    ]);
    expect((await mount({ country: 'CA' })).labels()).to.include('Province');
    const india = await mount({ country: 'IN' });
    expect(india.labels().slice(-3)).to.deep.equal(['City', 'PIN code', 'State']);
    const ireland = await mount({ country: 'IE' });
    expect(ireland.labels()).to.include.members(['County (optional)', 'Eircode (optional)', 'Townland (optional)']);
    const hk = await mount({ country: 'HK' });
    expect(hk.root.querySelector('[name="postalCode"]')).to.be.null;
    expect(hk.labels()).to.include.members(['Area', 'District (optional)']);
    const gf = await mount({ country: 'GF' });
    expect(gf.control('sortingCode').getAttribute('autocomplete')).to.equal('off');
    expect(gf.labels()).to.include('Sorting code (optional)');
  });

  it('shows nothing wrong until the customer saves, then marks and explains each invalid field', async () => {
    const form = await mount({ country: 'US', line2: 'Suite 5' });
    expect(form.root.querySelector('[aria-invalid]')).to.be.null;
    expect(form.root.querySelector('[part="field-error"]')).to.be.null;
    await form.save();
    expect(form.calls.submit).to.equal(1);
    const invalid = form.controls().filter((c) => c.getAttribute('aria-invalid') === 'true');
    expect(invalid.map((c) => c.name)).to.deep.equal(['name', 'line1', 'city', 'region', 'postalCode']);
    for (const control of invalid) {
      const message = form.describedBy(control);
      expect(message, control.name).to.exist;
      expect(message!.getAttribute('part')).to.equal('field-error');
      // The message sits with its field.
      expect(message!.closest('[part="address-field"]')).to.equal(control.closest('[part="address-field"]'));
    }
    expect(plain(form.describedBy(form.control('region'))!.textContent)).to.equal('Enter the state.');
    expect(plain(form.describedBy(form.control('postalCode'))!.textContent)).to.equal('Enter the ZIP code.');
    for (const valid of ['country', 'recipient', 'organization', 'line2']) {
      expect(form.control(valid).hasAttribute('aria-invalid'), valid).to.be.false;
      expect(form.control(valid).hasAttribute('aria-describedby'), valid).to.be.false;
    }
    expect(firstInvalidField(form.root, 'billing')).to.equal(form.control('name'));
    expect(focusFirstInvalid(form.root, 'billing')).to.be.true;
    expect(form.root.activeElement).to.equal(form.control('name'));
    await expect(form.el).to.be.accessible();

    await form.type('name', 'Home');
    await form.type('postalCode', 'ABCDE');
    expect(form.calls.input).to.deep.equal([
      ['name', 'Home'],
      ['postalCode', 'ABCDE'],
    ]);
    expect(form.control('name').hasAttribute('aria-invalid')).to.be.false;
    expect(plain(form.describedBy(form.control('postalCode'))!.textContent)).to.equal(
      'This ZIP code does not look right. For example: 95014',
    );
    expect(firstInvalidField(form.root, 'billing')).to.equal(form.control('line1'));
    for (const [field, value] of Object.entries({ line1: '1 Infinite Loop', city: 'Cupertino', region: 'CA' })) {
      await form.type(field, value);
    }
    await form.type('postalCode', '95014-1234');
    expect(form.root.querySelector('[aria-invalid]')).to.be.null;
    expect(firstInvalidField(form.root, 'billing')).to.be.null;
    expect(focusFirstInvalid(form.root, 'billing')).to.be.false;
  });

  it('refuses a card number in every field, and text over 200 characters', async () => {
    const form = await mount({ country: 'US' }, { showProblems: true });
    const inputs = [...form.root.querySelectorAll('input')].map((input) => input.name);
    for (const name of inputs) await form.type(name, card);
    for (const name of inputs) {
      const input = form.control(name);
      expect(input.getAttribute('aria-invalid'), name).to.equal('true');
      expect(plain(form.describedBy(input)!.textContent), name).to.equal('Never enter a card number here.');
    }
    // maxlength stops typing, not a value the adapter or a script put there.
    await form.type('line2', 'x'.repeat(201));
    expect(plain(form.describedBy(form.control('line2'))!.textContent)).to.equal(
      'This is too long: use at most 200 characters.',
    );
  });

  it('says when the country is unknown, shows every field, and does not submit until one is chosen', async () => {
    const form = await mount({ name: 'Home', line1: '1 Main St', country: 'XX' });
    const select = form.control('country') as HTMLSelectElement;
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(plain(form.describedBy(select)!.textContent)).to.equal(
      'We do not know the address format of XX. Choose the country.',
    );
    expect(select.value).to.equal('');
    expect(plain(select.selectedOptions[0]!.textContent)).to.equal('Choose a country or region');
    expect(form.controls().map((c) => c.name)).to.deep.equal([
      'name',
      'country',
      'recipient',
      'organization',
      'line1',
      'line2',
      'dependentLocality',
      'city',
      'region',
      'postalCode',
      'sortingCode',
    ]);
    await expect(form.el).to.be.accessible();
    await form.save();
    expect(form.calls.submit).to.equal(0);
    expect(form.root.activeElement).to.equal(select);

    await form.chooseCountry('FR');
    expect(form.calls.country).to.deep.equal(['FR']);
    expect(select.value).to.equal('FR');
    expect(select.hasAttribute('aria-invalid')).to.be.false;
    expect(form.root.querySelector('[part="field-error"]')).to.be.null;
    expect([...select.options].some((o) => o.value === '')).to.be.false;
    expect(form.controls().map((c) => c.name)).to.deep.equal([
      'name',
      'country',
      'organization',
      'recipient',
      'line1',
      'line2',
      'postalCode',
      'city',
    ]);
    // The typed fields survive the change of country.
    expect(form.control('line1').value).to.equal('1 Main St');
    await form.save();
    expect(form.calls.submit).to.equal(1);
  });

  it('lists the countries by their names in the locale, sorted as it sorts them', async () => {
    const form = await mount({ country: 'DE' }, { locale: 'fr' });
    const select = form.control('country') as HTMLSelectElement;
    const names = [...select.options].map((o) => plain(o.textContent)!);
    const collator = new Intl.Collator('fr');
    expect(names).to.deep.equal([...names].sort(collator.compare));
    expect(plain(select.selectedOptions[0]!.textContent)).to.equal('Allemagne');
    expect(select.value).to.equal('DE');
    const byCode = new Map([...select.options].map((o) => [o.value, plain(o.textContent)]));
    expect(byCode.get('US')).to.equal('États-Unis');
    // Accents do not send a name to the end: É sorts with E.
    expect(names.indexOf('Espagne')).to.be.lessThan(names.indexOf('États-Unis'));
    expect(names.indexOf('États-Unis')).to.be.lessThan(names.indexOf('Finlande'));
    expect(names.length).to.be.greaterThan(240);
  });

  it('keeps customer text as text, and disables everything while busy', async () => {
    const hostile = '<img src=x onerror="window.__pwned = true">';
    const form = await mount({ country: 'US', name: hostile, line1: hostile }, { busy: true });
    expect(form.control('name').value).to.equal(hostile);
    expect(form.root.querySelector('img')).to.be.null;
    expect(form.root.querySelector('fieldset')!.disabled).to.be.true;
    for (const button of form.root.querySelectorAll('button')) expect(button.disabled).to.be.true;
    form.root.querySelector('form')!.requestSubmit();
    await form.el.updateComplete;
    expect(form.calls.submit).to.equal(0);
  });

  it('cancels, and works right to left', async () => {
    const form = await mount({ country: 'AE', name: 'البيت' }, { dir: 'rtl', locale: 'ar', showProblems: true });
    expect(form.labels()).to.include('Emirate');
    const cancel = [...form.root.querySelectorAll('button')].find((b) => b.type === 'button')!;
    cancel.click();
    expect(form.calls.cancel).to.equal(1);
    expect(form.calls.submit).to.equal(0);
    // Inputs follow what is typed in them, whatever the page's direction.
    expect(form.control('name').getAttribute('dir')).to.equal('auto');
    await expect(form.el).to.be.accessible();
  });
});
