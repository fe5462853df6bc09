import {
  bidi,
  getLocale,
  type BillingAddress,
  type Payments,
  type PreferencesPatch,
  type Text,
} from '@prefcenter/core';
import type { DialogController } from '@prefcenter/core/kit/dialog';
import { formatList } from '@prefcenter/core/kit/intl-input';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { addressRemovePatch, addressSavePatch, methodsAt, newAddressId } from './model.js';
import type { WidgetTexts } from './texts.js';

/** What the address form module brings, loaded on first use with its country data. */
type FormModule = typeof import('./address/address-form-module.js');

export interface AddressEditorHost {
  /** The document as the customer sees it now (read at each step, never kept). */
  readonly view: Payments;
  /** An add, removal or verification is under way: address changes (which carry the methods list) wait. */
  readonly actionRunning: boolean;
  readonly texts: WidgetTexts;
  readonly sentence: Text;
  readonly disabled: boolean;
  readonly dialogs: DialogController;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  apply(patch: PreferencesPatch<Payments>): void;
  requestUpdate(): void;
}

interface Editing {
  /** The address's id; a new one gets its id when it is saved, from the document then. */
  id: string | undefined;
  isNew: boolean;
  /** It was being edited when it was removed elsewhere: saving adds it again. */
  removedElsewhere?: boolean;
  draft: Partial<BillingAddress>;
  /** Problems are shown once the customer tried to save. */
  checked: boolean;
}

/** The loaded form module, shared by every widget on the page. */
let formModule: Promise<FormModule> | undefined;

function loadFormModule(): Promise<FormModule> {
  formModule ??= import('./address/address-form-module.js').catch((error: unknown) => {
    // A failed load (offline) is tried again on the next open, not remembered for ever.
    formModule = undefined;
    throw error;
  });
  return formModule;
}

/**
 * The billing addresses: the list, each with the methods that use it, and the form that
 * adds or edits one. The form and each country's format (fields, order, labels, postcode
 * rules) load on first open, so a page that never edits an address never downloads them.
 * Nothing is saved until the form is valid; a draft survives a failed save or a change
 * made elsewhere.
 */
export class AddressEditor {
  readonly #host: AddressEditorHost;
  #editing: Editing | undefined;
  #form: FormModule | 'loading' | 'failed' | undefined;

  constructor(host: AddressEditorHost) {
    this.#host = host;
  }

  get editing(): boolean {
    return this.#editing !== undefined;
  }

  /**
   * A change from elsewhere, or an action's answer: an open draft stays as the customer
   * left it; an address removed meanwhile stays in the form, as a new one saving adds again.
   */
  documentChanged(): void {
    const editing = this.#editing;
    if (editing && !editing.isNew && !this.#host.view.billingAddresses.some((a) => a.id === editing.id)) {
      this.#editing = { ...editing, id: undefined, isNew: true, removedElsewhere: true };
    }
    this.#host.requestUpdate();
  }

  /** The Undo toast's sentence for a change of the addresses. */
  describe(patch: PreferencesPatch<Payments>, before: Payments): string {
    const m = this.#host.texts;
    const after = (patch.billingAddresses ?? []) as BillingAddress[];
    const removed = before.billingAddresses.find((a) => !after.some((b) => b.id === a.id));
    if (removed) return m.addressRemoved(removed.name);
    const saved = after.find(
      (a) => JSON.stringify(a) !== JSON.stringify(before.billingAddresses.find((b) => b.id === a.id)),
    );
    return saved ? m.addressSaved(saved.name) : m.changeMade();
  }

  render(view: Payments): TemplateResult {
    const m = this.#host.texts;
    const editing = this.#editing;
    return html`${
      view.billingAddresses.length
        ? html`<ul class="addresses">
            ${repeat(
              view.billingAddresses,
              (address) => address.id,
              (address, i) =>
                editing && !editing.isNew && editing.id === address.id
                  ? html`<li class="address" part="address">${this.#renderForm()}</li>`
                  : this.#renderAddress(view, address, i),
            )}
          </ul>`
        : html`<p class="hint">${m.addressesEmpty()}</p>`
    }
    ${editing?.isNew ? this.#renderForm() : nothing}
    ${
      editing?.isNew
        ? nothing
        : html`<button data-action="add-address" ?disabled=${this.#host.disabled} @click=${() => this.#open(view)}>
            ${m.addAddress()}
          </button>`
    }`;
  }

  #renderAddress(view: Payments, address: BillingAddress, i: number): TemplateResult {
    const m = this.#host.texts;
    const users = methodsAt(view, address.id);
    const id = `address-${i}`;
    return html`<li>
      <div class="address" part="address" role="group" aria-labelledby=${`${id}-name`} data-address=${address.id}>
        <strong id=${`${id}-name`}><bdi>${address.name}</bdi></strong>
        <address>${addressLines(address).map((line) => html`<span class="line"><bdi>${line}</bdi></span>`)}</address>
        ${users.length ? html`<p class="hint">${bidi(m.addressUsedBy(formatList(users.map(m.methodName))))}</p>` : nothing}
        <div class="actions">
          <button
            data-action="edit-address"
            id=${`${id}-edit`}
            aria-labelledby=${`${id}-edit ${id}-name`}
            ?disabled=${this.#host.disabled || this.#host.actionRunning}
            @click=${() => this.#open(view, address)}
          >
            ${m.editAddress()}
          </button>
          <button
            class="danger"
            data-action="remove-address"
            id=${`${id}-remove`}
            aria-labelledby=${`${id}-remove ${id}-name`}
            ?disabled=${this.#host.disabled || this.#host.actionRunning}
            @click=${(e: Event) => void this.#remove(address, e.currentTarget as HTMLElement)}
          >
            ${m.remove()}
          </button>
        </div>
      </div>
    </li>`;
  }

  #renderForm(): unknown {
    const m = this.#host.texts;
    const form = this.#form;
    const editing = this.#editing!;
    if (form === undefined || form === 'loading') return html`<p class="hint" role="status">${m.formLoading()}</p>`;
    if (form === 'failed') {
      return html`<div class="panel" data-tone="danger" role="alert">
        <p>${m.formFailed()}</p>
        <button class="primary" @click=${() => void this.#load()}>${m.retry()}</button>
        <button @click=${() => this.#close()}>${m.cancel()}</button>
      </div>`;
    }
    const texts = form.addressTexts(this.#host.sentence);
    const layout = form.addressLayout(editing.draft.country ?? '', getLocale());
    const note = editing.removedElsewhere
      ? html`<p class="warning" role="status">${this.#host.texts.addressRemovedElsewhere()}</p>`
      : nothing;
    return html`${note}${form.renderAddressForm({
      draft: editing.draft,
      layout,
      problems: form.addressProblems(editing.draft, layout, texts),
      showProblems: editing.checked,
      locale: getLocale(),
      texts,
      idPrefix: 'address-form',
      busy: this.#host.disabled || this.#host.actionRunning,
      // Read at the event, not at the render: autofill fills several fields before the next render.
      onInput: (field, value) => this.#update({ [field]: value }),
      onCountry: (country) => this.#update({ country }),
      onSubmit: () => this.#save(),
      onCancel: () => this.#close(),
    })}`;
  }

  #update(fields: Partial<BillingAddress>): void {
    if (!this.#editing) return;
    this.#editing = { ...this.#editing, draft: { ...this.#editing.draft, ...fields } };
    this.#host.requestUpdate();
  }

  #open(view: Payments, address?: BillingAddress): void {
    if (this.#host.disabled) return;
    this.#editing = address
      ? { id: address.id, isNew: false, draft: { ...address }, checked: false }
      : { id: undefined, isNew: true, draft: { country: defaultCountry(view) }, checked: false };
    void this.#load();
  }

  async #load(): Promise<void> {
    this.#form = 'loading';
    this.#host.requestUpdate();
    try {
      this.#form = await loadFormModule();
    } catch {
      this.#form = 'failed';
    }
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot
      .querySelector<HTMLElement>('[part~="address-form"] input, [part~="address-form"] select')
      ?.focus();
  }

  #close(): void {
    const editing = this.#editing;
    this.#editing = undefined;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      const root = this.#host.renderRoot;
      const edit =
        editing && !editing.isNew
          ? [...root.querySelectorAll<HTMLElement>('[data-address]')]
              .find((el) => el.dataset.address === editing.id)
              ?.querySelector<HTMLElement>('[data-action="edit-address"]')
          : undefined;
      (edit ?? root.querySelector<HTMLElement>('[data-action="add-address"]'))?.focus();
    });
  }

  #save(): void {
    const form = this.#form;
    const editing = this.#editing;
    if (!editing || typeof form !== 'object' || this.#host.disabled || this.#host.actionRunning) return;
    // The document as it is now: an address added elsewhere while the form was open keeps its id.
    const view = this.#host.view;
    const texts = form.addressTexts(this.#host.sentence);
    const layout = form.addressLayout(editing.draft.country ?? '', getLocale());
    const problems = form.addressProblems(editing.draft, layout, texts);
    if (!layout || problems.size) {
      this.#editing = { ...editing, checked: true };
      this.#host.requestUpdate();
      void this.#host.updateComplete.then(() => form.focusFirstInvalid(this.#host.renderRoot, 'address-form'));
      return;
    }
    const id = editing.id ?? newAddressId(view);
    this.#host.apply(addressSavePatch(view, form.cleanAddress({ ...editing.draft, id }, layout)));
    this.#close();
  }

  async #remove(address: BillingAddress, origin: HTMLElement): Promise<void> {
    const m = this.#host.texts;
    const users = methodsAt(this.#host.view, address.id);
    const ok = await this.#host.dialogs.confirm({
      title: () => m.removeAddressTitle(address.name),
      text: () => (users.length ? m.removeAddressUsed(formatList(users.map(m.methodName))) : ''),
      ok: m.removeOk,
      cancel: m.keep,
      origin,
      fallbackFocus: () => this.#host.renderRoot.querySelector<HTMLElement>('#addresses-title')?.focus(),
    });
    // Read after the confirmation: the document may have changed while it was open.
    const view = this.#host.view;
    if (!ok || this.#host.disabled || this.#host.actionRunning) return;
    if (!view.billingAddresses.some((a) => a.id === address.id)) return;
    this.#host.apply(addressRemovePatch(view, address.id));
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>('#addresses-title')?.focus(),
    );
  }
}

/** The lines of an address as it is shown: each field the customer filled, the country by its name. */
export function addressLines(address: BillingAddress): string[] {
  const place = [address.dependentLocality, address.city, address.region, address.postalCode, address.sortingCode]
    .filter(Boolean)
    .join(' ');
  return [
    address.recipient,
    address.organization,
    address.line1,
    address.line2,
    place,
    countryName(address.country),
  ].filter((line): line is string => Boolean(line));
}

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([getLocale()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A new address's country: the last one the customer used, else the locale's region. */
function defaultCountry(view: Payments): string {
  const last = view.billingAddresses.at(-1)?.country;
  if (last) return last;
  try {
    return new Intl.Locale(getLocale()).maximize().region ?? 'US';
  } catch {
    return 'US';
  }
}
