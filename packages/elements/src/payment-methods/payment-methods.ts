import {
  bidi,
  expiryState,
  formatDate,
  formatMoney,
  formatNumber,
  looksLikeCardNumber,
  paymentsDomain,
  paymentsMethods,
  PrefsAddPaymentMethodEvent,
  PrefsElement,
  defaultFields,
  defaultRolesInOrder,
  removalBlockers,
  ResourceActions,
  usable,
  type AdapterError,
  type DefaultRole,
  type ExpiryState,
  type PaymentActionName,
  type PaymentMethod,
  type Payments,
  type PaymentToken,
  type PrefsPaymentTokenEvent,
  type PreferencesPatch,
  type ResourceNotice,
  type Text,
  type VerificationProof,
} from '@prefcenter/core';
import { DialogController, dialogStyles } from '@prefcenter/core/kit/dialog';
import { currencyDigits, formatList } from '@prefcenter/core/kit/intl-input';
import { sectionStyles } from '@prefcenter/core/kit/section-styles';
import { UndoRecorder, undoStyles } from '@prefcenter/core/kit/undo';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { AddressEditor } from './address-editor.js';
import { addressFormStyles } from './address/address-form.styles.js';
import { brandMark } from './brand-marks.js';
import {
  defaultFor,
  defaultPatch,
  defaultRoles,
  depositCeiling,
  methodPatch,
  parseAmount,
  parseCode,
  replacements,
  rolesOf,
} from './model.js';
import styles from './payment-methods.styles.js';
import { widgetTexts } from './texts.js';
import './generated/translations.js';

type Patch = PreferencesPatch<Payments>;

/** What the customer has typed to verify a bank account, kept per method until it is sent. */
interface VerifyDraft {
  first: string;
  second: string;
  code: string;
  /** Problems are shown once the customer tried to send. */
  checked: boolean;
  /** The last proof sent did not match: said until the next one is sent. */
  mismatch?: boolean;
}

/** Where adding a method stands: nothing open, the host's provider form in our slot, or the host's own flow. */
type Adding = 'closed' | 'slot' | 'external' | 'unavailable';

/**
 * How a customer pays: saved cards, bank accounts and wallets, each with its brand, last
 * four digits, expiry, nickname, verification and what it pays for; the default (or a
 * separate one for recurring and one-off payments, where offered); removal that asks for
 * a replacement instead of failing; bank-account verification by micro-deposits or a
 * code; billing addresses in each country's format; adding a method through the host's
 * payment provider.
 *
 * The widget never sees card or account numbers. A method is added from a token: the
 * host puts its provider's form in the `add-method` slot (light DOM, so Stripe, Adyen or
 * Braintree render as they must) and dispatches `prefs-payment-token` from it, or
 * handles `prefs-add-payment-method` for a redirect and calls `detail.complete(token)`.
 * No field of the widget lets out thirteen digits or more in a row (in any script, with any
 * separators): what a card number looks like.
 *
 * ## Strings
 *
 * `strings` overrides any visible text of the instance by key: the message id without
 * `payment-methods.` (`remove.title`, `verify.mismatch`…), or without `core.` for the
 * sentences every widget shares. The keys are in `strings.md`.
 *
 * @summary Saved payment methods, defaults, verification and billing addresses.
 *
 * @slot add-method - The host's payment-provider form, shown when the customer adds a method; it dispatches `prefs-payment-token`.
 *
 * @fires prefs-change - The customer changed something (detail: `{ domain, patch }`).
 * @fires prefs-saved - The adapter confirmed a change.
 * @fires prefs-error - A load, save or action failed.
 * @fires prefs-conflict - A save collided with a change made elsewhere.
 * @fires prefs-reauth-required - The backend wants the customer to confirm who they are (removing a method, changing a default); call `detail.retry()` after.
 * @fires prefs-add-payment-method - Adding a method with no form in the `add-method` slot: open the provider, then call `detail.complete(token)`. Cancelable.
 *
 * @csspart base - The outer box.
 * @csspart methods - The list of saved methods.
 * @csspart method - Each method, a labelled group.
 * @csspart brand-mark - A method's brand mark.
 * @csspart badge - "Default", "Expires soon", a verification status.
 * @csspart method-actions - A method's buttons.
 * @csspart nickname-form - A nickname being edited.
 * @csspart verify - A bank account's verification.
 * @csspart action-error - An action that failed, with Retry.
 * @csspart add - Adding a method: the button and the provider's panel.
 * @csspart add-button - The button that starts adding a method.
 * @csspart save-first - Said when a change of the methods must be saved before adding, removing or verifying.
 * @csspart addresses - The billing addresses.
 * @csspart address - Each billing address.
 * @csspart address-form - The address form.
 * @csspart address-field - Each field of the address form.
 * @csspart field-error - A field's inline error.
 * @csspart notifications - The link to the payment notifications.
 * @csspart empty - The message shown when there are no methods.
 * @csspart default-missing - Said when a default names a method that is no longer saved.
 * @csspart dialog - A confirmation, or the choice of a replacement.
 * @csspart undo - The confirmation after a change, with Undo.
 * @csspart status - The visually hidden live region.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - A failed load, with Retry.
 * @csspart retry-button - The Retry button of a failed load.
 * @csspart save-status - "Saving…" / "Saved" while changes are saved automatically.
 * @csspart save-bar - Save and Cancel, in manual mode.
 * @csspart save-error - A refused change, with Retry and Dismiss.
 * @csspart conflict - Edits that collided with changes made elsewhere, with a choice.
 */
export class PaymentMethods extends PrefsElement<Payments, undefined> {
  static override styles = [
    ...PrefsElement.styles,
    sectionStyles,
    ...addressFormStyles,
    undoStyles,
    dialogStyles,
    styles,
  ];

  static override properties: PropertyDeclarations = {
    disabled: { type: Boolean, reflect: true },
    today: { attribute: false },
    notificationsFor: { attribute: 'notifications-for' },
    notificationCategories: { attribute: 'notification-categories' },
    editingNickname: { state: true, attribute: false },
    addWaiting: { state: true, attribute: false },
    addRefused: { state: true, attribute: false },
    adding: { state: true, attribute: false },
    replacement: { state: true, attribute: false },
  };

  protected readonly definition = paymentsDomain;
  protected readonly requiredMethods = paymentsMethods;
  readonly dialogs = new DialogController(this);
  readonly actions = new ResourceActions<Payments, undefined, PaymentActionName>(this, this.resource);
  readonly texts = widgetTexts((id, english, values) => this.text(id, english, values));
  protected readonly undo = new UndoRecorder<Payments>(this, {
    describe: (patch, before) => this.#describe(patch, before),
    texts: { undo: this.texts.undo, undone: this.texts.undone, announce: this.texts.undoAnnounce },
  });

  /** Shows everything and changes nothing. */
  disabled = false;

  /** The date expiries are measured from; unset, today. (Stories and tests fix it.) */
  today: Date | undefined;

  /** The id of a `<notification-prefs>` on the page: the widget links to its payment notifications. */
  notificationsFor: string | undefined;

  /** The notification categories about payments (receipts, failed payments), space-separated, shown first when the link is followed. */
  notificationCategories: string | undefined;

  /** The method whose nickname is being edited, and what was typed. */
  private editingNickname: { methodId: string; value: string; checked: boolean } | undefined;
  private adding: Adding = 'closed';
  /** A token arrived and waits for the document (loading, or a change being saved). */
  private addWaiting = false;
  /** Why the last token could not be used, said in the add panel. */
  private addRefused: string | undefined;
  /** The method chosen to take over from one being removed. */
  private replacement: string | undefined;
  /** Verification drafts by method id: a Map, since an id may be any string (`__proto__` too). */
  #verifyDrafts = new Map<string, VerifyDraft>();
  /** The methods there were when an add started: the one that is new afterwards is the one added. */
  #methodsBeforeAdd: ReadonlySet<string> | undefined;
  /** Each method being removed, as it was, to name it once it is gone (after a Retry too). */
  #removing = new Map<string, PaymentMethod>();
  /** Called on each of the controller's notices: what waits for a load or a save to settle. */
  #noticeWaiters: (() => void)[] = [];
  #domIds = new Map<string, number>();
  /** What had focus before an update, so that focus in a part that goes (a form, a button) does not fall to the page. */
  #focusBefore: { element: HTMLElement; method?: string; address?: boolean } | undefined;
  /** The address form, loaded on first use. */
  #addresses: AddressEditor | undefined;

  constructor() {
    super();
    // The host's provider form, in our light DOM, hands its token up.
    this.addEventListener('prefs-payment-token', (event: PrefsPaymentTokenEvent) => {
      if (event.target === this) return;
      void this.addPaymentMethod(event.detail.token);
    });
  }

  get view(): Payments {
    return this.resource.view!;
  }

  get now(): Date {
    return this.today ?? new Date();
  }

  /**
   * Asks the adapter to add the method a token stands for; resolves true once it is added.
   * A host finishing a redirect at page load may call it before the widget has loaded: it
   * waits for the load, and for a change of the methods under way to be saved.
   */
  async addPaymentMethod(token: PaymentToken): Promise<boolean> {
    // A token, never card data: what looks like a card number is refused before it goes anywhere.
    if (
      typeof token?.token !== 'string' ||
      !token.token ||
      looksLikeCardNumber(token.token) ||
      (token.nickname !== undefined && looksLikeCardNumber(token.nickname))
    ) {
      console.error("[prefcenter] A payment token must be the provider's token, never a card number.");
      return false;
    }
    if (this.disabled || this.actions.state('addMethod').status === 'pending') return false;
    this.addWaiting = true;
    const ready = await this.#readyForAction();
    this.addWaiting = false;
    if (!ready || !this.actions.offers('addMethod')) {
      // Said where the customer looks: the token is not lost silently.
      this.addRefused = this.#changesUnsettled ? this.texts.saveFirst() : this.texts.addUnavailable();
      void this.announce(this.addRefused);
      return false;
    }
    this.addRefused = undefined;
    this.#methodsBeforeAdd = new Set(this.view.methods.map((m) => m.id));
    const state = await this.actions.run('addMethod', sanitizedToken(token));
    return state.status === 'done';
  }

  /**
   * Loaded, and no change of the methods list waiting: an action's answer would otherwise be
   * laid under that change, and the change (a whole list, as a merge patch sends arrays)
   * would undo the action. A change in flight is waited for; an unsaved draft, a refused
   * change or a conflict is the customer's to settle first (the widget says so).
   */
  async #readyForAction(): Promise<boolean> {
    const spec = this.resource.spec;
    for (;;) {
      const { loadStatus, draft, inflight } = this.resource;
      if (loadStatus === 'error' || !this.isConnected || !spec || this.resource.spec !== spec) return false;
      if (loadStatus === 'ready' && this.resource.view && !this.actionRunning) {
        if (!this.#changesPending) return true;
        if (this.#changesUnsettled) {
          // Auto mode's batch waiting for its timer goes now; a draft in manual mode is the customer's.
          if (this.resource.mode !== 'auto' || !draft || this.resource.failed || this.resource.conflict) return false;
          this.resource.flush();
        } else if (!inflight) return false;
      }
      await new Promise<void>((resolve) => this.#noticeWaiters.push(resolve));
    }
  }

  /**
   * Any change waiting, in flight, refused or in conflict: an action waits for it. The
   * backend checks an action's version, and a change of the defaults decides what a
   * removal needs, as much as a change of the methods list would undo the action.
   */
  get #changesPending(): boolean {
    const { draft, inflight, failed, conflict } = this.resource;
    return Boolean(draft || inflight || failed || conflict);
  }

  /** A change the customer must save, retry or settle before an action (not one merely in flight). */
  get #changesUnsettled(): boolean {
    const { draft, failed, conflict } = this.resource;
    return Boolean(draft || failed || conflict);
  }

  /** Wakes what waits for the document: it may be able to go on, or must give up. */
  #wakeWaiters(): void {
    for (const waiter of this.#noticeWaiters.splice(0)) waiter();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#wakeWaiters();
  }

  /** An add, a removal or a verification under way: changes of the methods list wait for it. */
  get actionRunning(): boolean {
    if (this.actions.state('addMethod').status === 'pending') return true;
    return (this.resource.view?.methods ?? []).some(
      (m) =>
        this.actions.state('removeMethod', m.id).status === 'pending' ||
        this.actions.state('verifyMethod', m.id).status === 'pending',
    );
  }

  /** What keeps an action from starting: the widget disabled, a change to settle, or another action. */
  get #actionsBlocked(): boolean {
    return this.disabled || this.#changesPending || this.actionRunning;
  }

  /** What an action that went through means to the customer, however it went (at once, by Retry, after re-authentication). */
  #actionDone(action: string, target: string): void {
    if (action === 'addMethod') this.#added();
    else if (action === 'removeMethod') this.#removed(target);
    else if (action === 'verifyMethod') this.#verified(target);
  }

  #added(): void {
    const before = this.#methodsBeforeAdd;
    this.#methodsBeforeAdd = undefined;
    this.adding = 'closed';
    this.actions.reset('addMethod');
    const method = before && this.resource.view?.methods.find((m) => !before.has(m.id));
    if (!method) return;
    void this.announce(this.texts.added(this.texts.methodName(method)));
    void this.updateComplete.then(() => this.#focusIsHere() && this.#methodElement(method.id)?.focus());
  }

  /** Applies `patch` as the customer's own change; Undo goes through here too. */
  change(patch: Patch, settled?: (applied: boolean) => void): void {
    // An Undo that would put back a methods list while an action changes it waits for no one: refused.
    if (this.disabled || !this.resource.view || (this.actionRunning && (patch.methods || patch.billingAddresses))) {
      settled?.(false);
      return;
    }
    this.resource.change(patch);
    settled?.(true);
  }

  /** A change the customer made here: applied, then offered for Undo. */
  apply(patch: Patch): void {
    if (this.disabled || !this.resource.view) return;
    const before = this.view;
    this.resource.change(patch);
    this.undo.record(patch, before);
  }

  /** Sentence `id` of this instance (its `strings` applied), for the address form's texts. */
  readonly sentence: Text = (id, english, values) => this.text(id, english, values);

  protected override handleNotice(notice: ResourceNotice): void {
    // A failed action is said by its alert beside the control it came from: once is enough.
    if (notice.type !== 'action-failed') super.handleNotice(notice);
    this.undo.notice(notice);
    if (notice.type === 'action-done') this.#actionDone(notice.action, notice.target);
    if (notice.type === 'action-done' || notice.type === 'external-update' || notice.type === 'conflict') {
      // What Undo would restore was made on a document an action or another device has changed since.
      this.undo.dismiss();
    }
    if (notice.type !== 'action-failed') this.#forgetRemovedMethods();
    if (notice.type !== 'action-failed' && notice.type !== 'save-failed') this.#addresses?.documentChanged();
    this.#wakeWaiters();
  }

  /**
   * A method that is gone (removed here or elsewhere) takes its nickname form, its
   * verification draft and its actions' states with it: a method added again later under
   * the same id (providers' ids are stable) starts afresh.
   */
  #forgetRemovedMethods(): void {
    // No document (a failed load): nothing is known to be gone, and nothing is forgotten.
    const view = this.resource.view;
    if (!view) return;
    const ids = new Set(view.methods.map((m) => m.id));
    if (this.editingNickname && !ids.has(this.editingNickname.methodId)) this.editingNickname = undefined;
    for (const id of [...this.#verifyDrafts.keys()]) if (!ids.has(id)) this.#verifyDrafts.delete(id);
    // Every method seen on this page has an element id: those gone lose their actions' states.
    for (const id of this.#domIds.keys()) {
      if (ids.has(id) || this.actions.state('removeMethod', id).status === 'pending') continue;
      this.#removing.delete(id);
      this.actions.reset('removeMethod', id);
      this.actions.reset('verifyMethod', id);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new adapter, or none: what waits for the old one's document gives up.
    this.#wakeWaiters();
    const active = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    this.#focusBefore = active
      ? {
          element: active,
          method: active.closest<HTMLElement>('[data-method]')?.dataset.method,
          address: active.closest('[part~="addresses"]') !== null,
        }
      : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Focus was on something this update took away (a form that closed, a button no longer
    // offered, a method removed elsewhere): it goes to the method, else to its section.
    // Checked a little later, after the focus moves the widget makes itself once an update is
    // done (Undo, a closing form, a dialog's return), so that it never fights them.
    const before = this.#focusBefore;
    this.#focusBefore = undefined;
    if (!before) return;
    void this.updateComplete
      .then(() => undefined)
      .then(() => {
        const active = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
        const lost = !active || (active === before.element && before.element.matches(':disabled'));
        if (!lost || (before.element.isConnected && !before.element.matches(':disabled'))) return;
        if (!this.#focusIsHere()) return;
        const method = before.method === undefined ? undefined : this.#methodElement(before.method);
        const heading = before.address ? '#addresses-title' : '#methods-title';
        (method ?? this.renderRoot.querySelector<HTMLElement>(heading))?.focus({ preventScroll: true });
      });
  }

  /** Focus is in the widget, or nowhere (the page's body): the widget may move it; elsewhere on the page it stays. */
  #focusIsHere(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || active === this || this.contains(active);
  }

  protected override settingName([field, index]: readonly string[]): string | undefined {
    const m = this.texts;
    switch (field) {
      case 'methods': {
        const method = index === undefined ? undefined : this.resource.view?.methods[Number(index)];
        return method ? m.methodName(method) : undefined;
      }
      case defaultFields.default:
      case defaultFields.recurring:
      case defaultFields['one-off']:
        return m.role(defaultRolesInOrder.find((role) => defaultFields[role] === field)!);
      case 'token':
        return m.tokenField();
      case 'billingAddresses': {
        const address = index === undefined ? undefined : this.resource.view?.billingAddresses[Number(index)];
        return address ? address.name : m.addressesTitle();
      }
      default:
        return undefined;
    }
  }

  protected override get skeletonRows(): number {
    return 4;
  }

  /** The sentence the Undo toast says for a change. */
  #describe(patch: Patch, before: Payments): string {
    const m = this.texts;
    const named = (id: string | null | undefined) => {
      const method = before.methods.find((x) => x.id === id) ?? this.view.methods.find((x) => x.id === id);
      return method ? m.methodName(method) : '';
    };
    for (const role of defaultRolesInOrder) {
      const id = patch[defaultFields[role]];
      if (id) return m.roleChanged(role, named(id));
    }
    if (patch.methods) {
      const changed = (patch.methods as PaymentMethod[]).find((after) => {
        const old = before.methods.find((x) => x.id === after.id);
        return old && (old.nickname !== after.nickname || old.billingAddressId !== after.billingAddressId);
      });
      const old = changed && before.methods.find((x) => x.id === changed.id);
      if (changed && old && !patch.billingAddresses) {
        return old.nickname !== changed.nickname
          ? m.nicknameChanged(m.methodName(changed))
          : m.addressChanged(m.methodName(changed));
      }
    }
    if (patch.billingAddresses) return this.#addresses?.describe(patch, before) ?? m.changeMade();
    return m.changeMade();
  }

  // --- defaults, nicknames, billing addresses -------------------------------------

  #makeDefault(role: DefaultRole, method: PaymentMethod): void {
    this.apply(defaultPatch(role, method.id));
  }

  #editNickname(method: PaymentMethod): void {
    this.editingNickname = { methodId: method.id, value: method.nickname ?? '', checked: false };
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>(`[part~="nickname-form"] input`)?.focus(),
    );
  }

  #nicknameProblem(value: string): string | undefined {
    if (value.length > 200) return this.texts.nicknameTooLong();
    if (looksLikeCardNumber(value)) return this.texts.noNumbers();
    return undefined;
  }

  #saveNickname(method: PaymentMethod): void {
    const editing = this.editingNickname;
    if (!editing) return;
    const value = editing.value.trim();
    if (this.#nicknameProblem(value)) {
      this.editingNickname = { ...editing, checked: true };
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>(`[part~="nickname-form"] input`)?.focus(),
      );
      return;
    }
    this.editingNickname = undefined;
    if (value !== (method.nickname ?? '')) this.apply(methodPatch(this.view, method.id, { nickname: value }));
    void this.updateComplete.then(() => this.#methodButton(method.id, 'nickname')?.focus());
  }

  #cancelNickname(method: PaymentMethod): void {
    this.editingNickname = undefined;
    void this.updateComplete.then(() => this.#methodButton(method.id, 'nickname')?.focus());
  }

  #linkAddress(method: PaymentMethod, addressId: string): void {
    this.apply(methodPatch(this.view, method.id, { billingAddressId: addressId || undefined }));
  }

  // --- removing --------------------------------------------------------------------

  async #remove(method: PaymentMethod, origin: HTMLElement | null): Promise<void> {
    if (this.disabled) return;
    const m = this.texts;
    const name = m.methodName(method);
    const fallbackFocus = () => this.renderRoot.querySelector<HTMLElement>('#methods-title')?.focus();
    const blockers = removalBlockers(this.view, method.id);
    let replaceWith: string | undefined;
    if (blockers) {
      const candidates = replacements(this.view, method, this.now);
      if (!candidates.length) {
        await this.dialogs.show({
          content: () => ({
            title: m.replaceNoneTitle(name),
            text: m.replaceNoneText(),
            actions: [{ label: m.ok(), value: 'ok', primary: true }],
          }),
          origin,
          fallbackFocus,
        });
        return;
      }
      this.replacement = candidates[0]!.id;
      // Worded from the document at each render: a candidate removed elsewhere meanwhile
      // gives way to the next one, and with none left the dialog says to add one first.
      const choice = await this.dialogs.show({
        content: () =>
          this.#replacementFor(method)
            ? {
                title: m.replaceTitle(name),
                text: this.#blockerSentences(method),
                body: this.#renderReplacements(method),
                actions: [
                  { label: m.keep(), value: '' },
                  { label: m.replaceOk(), value: 'remove', primary: true, danger: true },
                ],
                alert: true,
              }
            : {
                title: m.replaceNoneTitle(name),
                text: m.replaceNoneText(),
                actions: [{ label: m.ok(), value: 'ok', primary: true }],
              },
        origin,
        fallbackFocus,
      });
      const chosen = this.resource.view && this.#replacementFor(method);
      if (choice !== 'remove' || !chosen) return;
      replaceWith = chosen.id;
    } else {
      const ok = await this.dialogs.confirm({
        title: () => m.removeTitle(name),
        text: m.removeText,
        ok: m.removeOk,
        cancel: m.keep,
        origin,
        fallbackFocus,
      });
      if (!ok) return;
      // It came to pay for something, or to be a default, while the confirmation was open: ask for a replacement.
      if (this.resource.view && removalBlockers(this.view, method.id)) return this.#remove(method, origin);
    }
    if (this.disabled || !this.resource.view?.methods.some((x) => x.id === method.id)) return;
    if (!(await this.#readyForAction())) return;
    this.#removing.set(method.id, method);
    await this.actions.run('removeMethod', { methodId: method.id, replaceWith }, method.id);
  }

  /** The candidate chosen to take over from `method`, or the first one left when it is no longer one. */
  #replacementFor(method: PaymentMethod): PaymentMethod | undefined {
    const candidates = replacements(this.view, method, this.now);
    return candidates.find((c) => c.id === this.replacement) ?? candidates[0];
  }

  #removed(methodId: string): void {
    const method = this.#removing.get(methodId);
    this.#removing.delete(methodId);
    this.actions.reset('removeMethod', methodId);
    if (method) void this.announce(this.texts.removed(this.texts.methodName(method)));
    void this.updateComplete.then(
      () => this.#focusIsHere() && this.renderRoot.querySelector<HTMLElement>('#methods-title')?.focus(),
    );
  }

  #blockerSentences(method: PaymentMethod): string {
    const m = this.texts;
    const blockers = removalBlockers(this.view, method.id);
    const name = m.methodName(method);
    const sentences: string[] = [];
    if (blockers?.usedBy.length) sentences.push(m.replacePaysFor(name, formatList(blockers.usedBy.map(m.usage))));
    if (blockers?.roles.length) sentences.push(m.replaceRoles(name, formatList(blockers.roles.map(m.role))));
    return sentences.join(' ');
  }

  #renderReplacements(method: PaymentMethod): TemplateResult {
    const m = this.texts;
    return html`<fieldset class="choices">
      <legend>${m.replaceChoose()}</legend>
      ${replacements(this.view, method, this.now).map(
        (candidate) =>
          html`<label class="choice">
            <input
              type="radio"
              name="replacement"
              .value=${candidate.id}
              .checked=${live(this.#replacementFor(method)?.id === candidate.id)}
              @change=${() => (this.replacement = candidate.id)}
            />
            <span>${bidi(m.methodName(candidate))}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  // --- verifying -------------------------------------------------------------------

  #draft(methodId: string): VerifyDraft {
    return this.#verifyDrafts.get(methodId) ?? { first: '', second: '', code: '', checked: false };
  }

  #setDraft(methodId: string, draft: VerifyDraft): void {
    this.#verifyDrafts.set(methodId, draft);
    this.requestUpdate();
  }

  /** The proof the customer typed, or the problems that keep it from being sent (by field). */
  #proof(method: PaymentMethod, draft: VerifyDraft): { proof?: VerificationProof; problems: Map<string, string> } {
    const m = this.texts;
    const problems = new Map<string, string>();
    if (method.verificationMethod === 'code') {
      const code = parseCode(draft.code);
      if (!code) problems.set('code', m.codeProblem());
      return { proof: code ? { code } : undefined, problems };
    }
    const currency = method.currency ?? 'USD';
    const example = formatNumber(0.32, { minimumFractionDigits: 2 });
    const ceiling = formatMoney(depositCeiling(currency) / 10 ** currencyDigits(currency), currency);
    const amounts = (['first', 'second'] as const).map((field) => {
      const parsed = parseAmount(draft[field], currency);
      if ('problem' in parsed) problems.set(field, m.amountProblem(parsed.problem, example, ceiling));
      return 'minor' in parsed ? parsed.minor : 0;
    });
    return { proof: problems.size ? undefined : { amounts: [amounts[0]!, amounts[1]!] }, problems };
  }

  async #verify(method: PaymentMethod, form: HTMLFormElement): Promise<void> {
    if (this.disabled) return;
    const draft = this.#draft(method.id);
    const { proof } = this.#proof(method, draft);
    if (!proof) {
      this.#setDraft(method.id, { ...draft, checked: true, mismatch: false });
      await this.updateComplete;
      form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    if (!(await this.#readyForAction())) return;
    this.#setDraft(method.id, { ...draft, checked: false, mismatch: false });
    await this.actions.run('verifyMethod', { methodId: method.id, proof }, method.id);
  }

  /** Says how a verification went, from the document the adapter answered with. */
  #verified(methodId: string): void {
    const m = this.texts;
    const method = this.resource.view?.methods.find((x) => x.id === methodId);
    this.actions.reset('verifyMethod', methodId);
    if (!method) return;
    const name = m.methodName(method);
    if (method.verification === 'verified') {
      this.#verifyDrafts.delete(methodId);
      void this.announce(m.verified(name));
    } else if (method.verification === 'failed') {
      this.#verifyDrafts.delete(methodId);
      void this.announce(m.failedHint());
    } else {
      const tries = formatNumber(method.verificationAttemptsLeft ?? 0);
      this.#setDraft(methodId, { first: '', second: '', code: '', checked: false, mismatch: true });
      void this.announce(m.mismatch(tries));
    }
    this.requestUpdate();
  }

  // --- adding ----------------------------------------------------------------------

  #startAdding(): void {
    // An add under way is not started again, nor aborted: the provider already handed its token over.
    if (this.disabled || this.actions.state('addMethod').status === 'pending') return;
    this.addRefused = undefined;
    this.actions.reset('addMethod');
    if (this.querySelector(':scope > [slot="add-method"]')) {
      this.adding = 'slot';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#add-title')?.focus());
      return;
    }
    const event = new PrefsAddPaymentMethodEvent({
      complete: (token) => this.addPaymentMethod(token),
      cancel: () => this.#stopAdding(),
    });
    this.dispatchEvent(event);
    this.adding = event.defaultPrevented ? 'external' : 'unavailable';
  }

  #stopAdding(): void {
    if (this.actions.state('addMethod').status === 'pending') return;
    this.addRefused = undefined;
    this.actions.reset('addMethod');
    this.adding = 'closed';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="add-button"]')?.focus());
  }

  /**
   * Whether the adapter offers an action. Before there is one (a page rendered on the
   * server, hydrating) the answer is yes: every payments adapter adds and removes, and the
   * first render must draw what the server drew.
   */
  #offers(name: PaymentActionName): boolean {
    return !this.resource.spec || this.actions.offers(name);
  }

  // --- finding controls ------------------------------------------------------------

  #methodElement(methodId: string): HTMLElement | undefined {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="method"]')].find(
      (el) => el.dataset.method === methodId,
    );
  }

  #methodButton(methodId: string, action: string): HTMLElement | null | undefined {
    return this.#methodElement(methodId)?.querySelector<HTMLElement>(`[data-action="${action}"]`);
  }

  // --- rendering -------------------------------------------------------------------

  protected override renderReady(view: Payments): TemplateResult {
    const m = this.texts;
    return html`<section class="section" part="methods" aria-labelledby="methods-title">
        <h2 id="methods-title" tabindex="-1">${m.title()}</h2>
        ${
          this.resource.mode === 'manual' && this.resource.dirty
            ? html`<p class="hint" part="save-first">${m.saveFirst()}</p>`
            : nothing
        }
        ${
          defaultRoles(view).some((role) => {
            const id = defaultFor(view, role);
            return id !== undefined && !view.methods.some((x) => x.id === id);
          })
            ? html`<p class="warning" part="default-missing">${m.defaultMissing()}</p>`
            : nothing
        }
        ${
          view.methods.length
            ? html`<ul class="methods">
                ${repeat(
                  view.methods,
                  (method) => method.id,
                  (method) => this.#renderMethod(view, method),
                )}
              </ul>`
            : html`<div class="panel empty" part="empty">
                <p><strong>${m.emptyTitle()}</strong></p>
                <p>${m.emptyText()}</p>
              </div>`
        }
        ${this.#renderAdd()}
      </section>
      ${this.#renderAddresses(view)}${this.#renderNotificationsLink()}
      ${this.renderSaveState(this.renderDock(html`${this.dialogs.open ? nothing : this.renderNotices()}${this.undo.render()}`))}
      ${this.dialogs.render(this.renderNotices())}`;
  }

  #renderMethod(view: Payments, method: PaymentMethod): TemplateResult {
    const m = this.texts;
    const name = m.methodName(method);
    const id = this.#domId(method.id);
    const roles = rolesOf(view, method);
    const expiry = expiryState(method, this.now);
    const removing = this.actions.state('removeMethod', method.id);
    // A change of the methods list and an action never overlap (see #readyForAction).
    const busy = this.disabled || this.actionRunning;
    const actionBlocked = this.#actionsBlocked;
    const canDefault = usable(method, this.now);
    return html`<li>
      <div
        class="method"
        part="method"
        role="group"
        aria-labelledby=${`${id}-name`}
        aria-describedby=${`${id}-details`}
        data-method=${method.id}
        tabindex="-1"
      >
        <div class="method-head">
          ${brandMark(method)}
          <div class="method-title">
            <span class="method-name" id=${`${id}-name`}>${bidi(name)}</span>
            ${method.nickname ? html`<span class="nickname"><bdi>${method.nickname}</bdi></span>` : nothing}
          </div>
          <span class="badges">
            ${roles.map((role) => html`<span class="badge" part="badge" data-tone="accent">${m.role(role)}</span>`)}
            ${expiry === 'soon' ? html`<span class="badge" part="badge" data-tone="warning">${m.soonBadge()}</span>` : nothing}
            ${expiry === 'expired' ? html`<span class="badge" part="badge" data-tone="danger">${m.expiredBadge()}</span>` : nothing}
            ${
              method.verification !== 'verified'
                ? html`<span
                    class="badge"
                    part="badge"
                    data-tone=${method.verification === 'failed' ? 'danger' : 'warning'}
                    >${m.status(method.verification)}</span
                  >`
                : nothing
            }
          </span>
        </div>
        <div class="method-details" id=${`${id}-details`}>
          <p class="hint">${m.type(method.type)}${this.#renderExpiry(method, expiry)}</p>
          ${
            method.usedBy.length
              ? html`<p class="hint">${bidi(m.usedBy(formatList(method.usedBy.map(m.usage))))}</p>`
              : nothing
          }
          ${
            (expiry === 'soon' || expiry === 'expired') && method.upcomingCharges
              ? html`<p class="warning">${m.failingCharges(formatNumber(method.upcomingCharges))}</p>
                  <p class="warning">${expiry === 'soon' ? m.soonHint() : m.expiredHint()}</p>`
              : expiry === 'expired'
                ? html`<p class="warning">${m.expiredHint()}</p>`
                : nothing
          }
        </div>
        ${this.#renderVerification(method, id)} ${this.#renderNickname(method, name, id)}
        ${this.#renderBillingSelect(view, method, name, id)}
        <div class="actions" part="method-actions">
          ${
            canDefault
              ? defaultRoles(view)
                  .filter((role) => defaultFor(view, role) !== method.id)
                  .map(
                    (role) =>
                      html`<button
                        data-action=${`default-${role}`}
                        id=${`${id}-default-${role}`}
                        aria-labelledby=${`${id}-default-${role} ${id}-name`}
                        ?disabled=${busy}
                        @click=${() => this.#makeDefault(role, method)}
                      >
                        ${m.makeRole(role)}
                      </button>`,
                  )
              : nothing
          }
          ${
            this.editingNickname?.methodId === method.id
              ? nothing
              : html`<button
                  data-action="nickname"
                  id=${`${id}-nickname-edit`}
                  aria-labelledby=${`${id}-nickname-edit ${id}-name`}
                  ?disabled=${busy}
                  @click=${() => this.#editNickname(method)}
                >
                  ${m.editNickname()}
                </button>`
          }
          ${
            this.#offers('removeMethod')
              ? html`<button
                  class="danger"
                  data-action="remove"
                  id=${`${id}-remove`}
                  aria-labelledby=${`${id}-remove ${id}-name`}
                  ?disabled=${actionBlocked}
                  @click=${(e: Event) => void this.#remove(method, e.currentTarget as HTMLElement)}
                >
                  ${removing.status === 'pending' ? m.removing() : m.remove()}
                </button>`
              : nothing
          }
        </div>
        ${this.#renderActionError('removeMethod', method.id, () => this.actions.retry('removeMethod', method.id), `${id}-name`)}
      </div>
    </li>`;
  }

  #renderExpiry(method: PaymentMethod, expiry: ExpiryState): unknown {
    if (expiry === 'none') return nothing;
    const date = formatDate(Date.UTC(method.expYear!, method.expMonth! - 1, 15), {
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return html` · ${expiry === 'expired' ? this.texts.expired(date) : this.texts.expires(date)}`;
  }

  /**
   * A failed action beside its control: why, and Retry (the same request again), named with
   * the method (`nameId`) where there is one. Retry is `type="button"`: inside the
   * verification form, Enter and a click must not also send the form.
   */
  #renderActionError(action: PaymentActionName, target: string, retry: () => void, nameId?: string): unknown {
    const state = this.actions.state(action, target);
    if (state.status !== 'failed' || !state.error) return nothing;
    const retryId = `${nameId ?? action}-retry`;
    // A token the provider's card issuer refused is refused again: the customer starts over in the provider's form.
    const retryable = !(action === 'addMethod' && state.error.kind === 'validation');
    return html`<div class="panel" data-tone="danger" part="action-error" role="alert">
      ${this.actionFailure(state.error as AdapterError).map((line) => html`<p>${bidi(line)}</p>`)}
      ${retryable ? this.#renderRetry(retryId, nameId, retry) : nothing}
    </div>`;
  }

  #renderRetry(retryId: string, nameId: string | undefined, retry: () => void): TemplateResult {
    return html`<button
      class="primary"
      type="button"
      id=${retryId}
      aria-labelledby=${nameId ? `${retryId} ${nameId}` : nothing}
      ?disabled=${this.#actionsBlocked}
      @click=${retry}
    >
      ${this.texts.retry()}
    </button>`;
  }

  /** Element ids for a method's parts: a number per method id, kept while the page lives, so a label stays on its method when others come and go. */
  #domId(methodId: string): string {
    let n = this.#domIds.get(methodId);
    if (n === undefined) this.#domIds.set(methodId, (n = this.#domIds.size));
    return `method-${n}`;
  }

  #renderNickname(method: PaymentMethod, name: string, id: string): unknown {
    const editing = this.editingNickname;
    if (editing?.methodId !== method.id) return nothing;
    const m = this.texts;
    const problem = editing.checked ? this.#nicknameProblem(editing.value.trim()) : undefined;
    return html`<form
      class="inline-form"
      part="nickname-form"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        this.#saveNickname(method);
      }}
    >
      <label for=${`${id}-nickname`}>${bidi(m.nicknameFor(name))}</label>
      <input
        id=${`${id}-nickname`}
        type="text"
        autocomplete="off"
        maxlength="200"
        .value=${live(editing.value)}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${id}-nickname-error` : nothing}
        @input=${(e: Event) =>
          (this.editingNickname = { ...editing, value: (e.target as HTMLInputElement).value, checked: false })}
        @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (e.stopPropagation(), this.#cancelNickname(method))}
      />
      ${problem ? html`<p class="field-error" id=${`${id}-nickname-error`}>${problem}</p>` : nothing}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.disabled || this.actionRunning}>
          ${m.saveNickname()}
        </button>
        <button type="button" @click=${() => this.#cancelNickname(method)}>${m.cancel()}</button>
      </div>
    </form>`;
  }

  #renderBillingSelect(view: Payments, method: PaymentMethod, name: string, id: string): unknown {
    if (!view.billingAddresses.length) return nothing;
    const m = this.texts;
    const known = view.billingAddresses.some((a) => a.id === method.billingAddressId);
    return html`<div class="field-row">
      <label for=${`${id}-address`}>${bidi(m.billingAddressFor(name))}</label>
      <select
        id=${`${id}-address`}
        ?disabled=${this.disabled || this.actionRunning}
        @change=${(e: Event) => this.#linkAddress(method, (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!known}>${m.noAddress()}</option>
        ${view.billingAddresses.map(
          (address) =>
            html`<option .value=${address.id} ?selected=${address.id === method.billingAddressId}>
              ${address.name}
            </option>`,
        )}
      </select>
    </div>`;
  }

  #renderVerification(method: PaymentMethod, id: string): unknown {
    if (method.verification === 'verified' && !method.verificationSteps.length) return nothing;
    const m = this.texts;
    const code = method.verificationMethod === 'code';
    const steps = method.verificationSteps.length
      ? html`<details class="steps">
          <summary>${m.stepsTitle()}</summary>
          <ol>
            ${method.verificationSteps.map(
              (step) =>
                html`<li>
                  ${m.status(step.status)} ·
                  <time datetime=${step.at}>${formatDate(step.at, { dateStyle: 'medium' })}</time>
                </li>`,
            )}
          </ol>
        </details>`
      : nothing;
    switch (method.verification) {
      case 'verified':
        return html`<div class="verify" part="verify">${steps}</div>`;
      case 'pending':
        return html`<div class="verify" part="verify">
          <p class="hint">${code ? m.pendingCode() : m.pendingDeposits()}</p>
          ${steps}
        </div>`;
      case 'failed':
        return html`<div class="verify" part="verify">
          <p class="warning">${m.failedHint()}</p>
          ${steps}
        </div>`;
      case 'required':
        // An adapter without the verification step: the customer verifies with the institution.
        if (!this.#offers('verifyMethod')) {
          return html`<div class="verify" part="verify">
            <p class="hint">${m.status('required')}</p>
            ${steps}
          </div>`;
        }
        return this.#renderVerifyForm(method, id, code, steps);
    }
  }

  #renderVerifyForm(method: PaymentMethod, id: string, code: boolean, steps: unknown): TemplateResult {
    const m = this.texts;
    const draft = this.#draft(method.id);
    const { problems } = draft.checked ? this.#proof(method, draft) : { problems: new Map<string, string>() };
    const running = this.actions.state('verifyMethod', method.id).status === 'pending';
    const tries = method.verificationAttemptsLeft;
    const field = (key: 'first' | 'second' | 'code', label: string) => {
      const problem = problems.get(key);
      const inputId = `${id}-verify-${key}`;
      return html`<div class="field">
        <label for=${inputId}>${label}</label>
        <span class="amount">
          ${key !== 'code' && method.currency ? html`<span class="currency" id=${`${inputId}-currency`}>${method.currency}</span>` : nothing}
          <input
            id=${inputId}
            type="text"
            inputmode=${key === 'code' ? 'text' : 'decimal'}
            autocomplete="off"
            maxlength=${key === 'code' ? 16 : 8}
            .value=${live(draft[key])}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${
              [key !== 'code' && method.currency ? `${inputId}-currency` : '', problem ? `${inputId}-error` : '']
                .filter(Boolean)
                .join(' ') || nothing
            }
            @input=${(e: Event) =>
              this.#setDraft(method.id, { ...this.#draft(method.id), [key]: (e.target as HTMLInputElement).value })}
          />
        </span>
        ${problem ? html`<p class="field-error" id=${`${inputId}-error`}>${problem}</p>` : nothing}
      </div>`;
    };
    return html`<form
      class="verify inline-form"
      part="verify"
      novalidate
      aria-labelledby=${`${id}-verify-title`}
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.#verify(method, e.currentTarget as HTMLFormElement);
      }}
    >
      <p id=${`${id}-verify-title`}>${code ? m.askCode() : m.askDeposits()}</p>
      ${tries !== undefined ? html`<p class="hint">${m.triesLeft(formatNumber(tries))}</p>` : nothing}
      ${draft.mismatch ? html`<p class="warning" role="alert">${m.mismatch(formatNumber(tries ?? 0))}</p>` : nothing}
      <div class="fields">
        ${code ? field('code', m.code()) : html`${field('first', m.firstAmount())}${field('second', m.secondAmount())}`}
      </div>
      <div class="actions">
        <button
          class="primary"
          type="submit"
          id=${`${id}-verify`}
          aria-labelledby=${`${id}-verify ${id}-name`}
          ?disabled=${running || this.#actionsBlocked}
        >
          ${running ? m.verifying() : m.verify()}
        </button>
      </div>
      ${this.#renderActionError('verifyMethod', method.id, () => this.actions.retry('verifyMethod', method.id), `${id}-name`)}
      ${steps}
    </form>`;
  }

  #renderAdd(): unknown {
    if (!this.#offers('addMethod')) return nothing;
    const m = this.texts;
    const state = this.actions.state('addMethod');
    const button = html`<button
      class="primary"
      part="add-button"
      ?disabled=${this.#actionsBlocked}
      aria-expanded=${this.adding === 'slot' ? 'true' : 'false'}
      @click=${() => (this.adding === 'slot' ? this.#stopAdding() : this.#startAdding())}
    >
      ${m.add()}
    </button>`;
    const status =
      state.status === 'pending' || this.addWaiting
        ? html`<p class="hint" role="status">${m.addPending()}</p>`
        : this.addRefused
          ? html`<p class="warning" part="add-refused">${this.addRefused}</p>`
          : this.#renderActionError('addMethod', '', () => this.actions.retry('addMethod'));
    switch (this.adding) {
      case 'slot':
        return html`<section class="panel add" part="add" aria-labelledby="add-title">
          <h3 id="add-title" tabindex="-1">${m.addTitle()}</h3>
          <p class="hint">${m.addHint()}</p>
          <slot name="add-method"></slot>
          ${status}
          <div class="actions">
            <button @click=${() => this.#stopAdding()}>${m.cancel()}</button>
          </div>
        </section>`;
      case 'external':
        return html`<div class="add" part="add">
          ${button}
          <p class="hint">${m.addExternal()}</p>
          ${status}
        </div>`;
      case 'unavailable':
        return html`<div class="add" part="add">
          ${button}
          <p class="hint" role="status">${m.addUnavailable()}</p>
        </div>`;
      case 'closed':
        return html`<div class="add" part="add">${button}${status}</div>`;
    }
  }

  #renderAddresses(view: Payments): TemplateResult {
    const m = this.texts;
    return html`<section class="section" part="addresses" aria-labelledby="addresses-title">
      <h2 id="addresses-title" tabindex="-1">${m.addressesTitle()}</h2>
      ${this.#addressEditor().render(view)}
    </section>`;
  }

  #addressEditor(): AddressEditor {
    this.#addresses ??= new AddressEditor(this);
    return this.#addresses;
  }

  #renderNotificationsLink(): unknown {
    const target = this.notificationsFor;
    if (!target) return nothing;
    const m = this.texts;
    return html`<p class="hint" part="notifications">
      ${m.notificationsLead()}
      <a href=${`#${encodeURIComponent(target)}`} @click=${(e: Event) => this.#followNotifications(e, target)}
        >${m.notificationsLink()}</a
      >
    </p>`;
  }

  /** To the notification widget on the page, at its first payment category when it can show one. */
  #followNotifications(event: Event, targetId: string): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(targetId) ?? document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    const categories = (this.notificationCategories ?? '').split(/\s+/).filter(Boolean);
    const reveal = (target as { revealCategory?: (id: string) => Promise<boolean> }).revealCategory;
    if (categories.length && typeof reveal === 'function') {
      void reveal.call(target, categories[0]!);
      return;
    }
    target.scrollIntoView?.({ block: 'start' });
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }
}

/** Only the fields a token has: a host's object may carry anything else, which stays with the host. */
function sanitizedToken(token: PaymentToken): PaymentToken {
  return {
    token: token.token,
    ...(typeof token.nickname === 'string' && token.nickname && { nickname: token.nickname }),
    ...(typeof token.billingAddressId === 'string' &&
      token.billingAddressId && { billingAddressId: token.billingAddressId }),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'payment-methods': PaymentMethods;
  }
}
