import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { baseStyles } from '@prefcenter/core';
import { DialogController, dialogStyles, type ConfirmOptions } from '@prefcenter/core/kit/dialog';
import { LitElement } from 'lit';
import { waitUntil } from '../../shared/wait.js';

/** A host with one button that asks a question, and where the dialog is drawn. */
class ConfirmHost extends LitElement {
  static override styles = [baseStyles, dialogStyles];
  readonly dialogs = new DialogController(this);
  showOrigin = true;

  protected override render() {
    return html`${this.showOrigin ? html`<button id="ask">Delete</button>` : ''}<button id="other">Other</button>
      ${this.dialogs.render(html`<p id="extra">Said in front</p>`)}`;
  }
}
customElements.define('kit-confirm-host', ConfirmHost);

const question: ConfirmOptions = {
  title: 'Delete the card?',
  text: 'It cannot be used again.',
  ok: 'Delete',
  cancel: 'Keep it',
};

async function setup() {
  const el = await fixture<ConfirmHost>(html`<kit-confirm-host></kit-confirm-host>`);
  const origin = el.shadowRoot!.querySelector<HTMLButtonElement>('#ask')!;
  origin.focus();
  return { el, origin };
}

const dialogOf = (el: ConfirmHost) => el.shadowRoot!.querySelector('dialog');
const active = (el: ConfirmHost) => el.shadowRoot!.activeElement;

async function opened(el: ConfirmHost): Promise<HTMLDialogElement> {
  await waitUntil(() => dialogOf(el)?.open, 'the dialog did not open');
  return dialogOf(el)!;
}

function button(dialog: HTMLDialogElement, label: string): HTMLButtonElement {
  return [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
}

describe('kit: DialogController.confirm', () => {
  it('opens a modal alert dialog, focus on Cancel, named and described, with extra content inside', async () => {
    const { el } = await setup();
    void el.dialogs.confirm(question);
    const dialog = await opened(el);
    expect(el.dialogs.open).to.equal(true);
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    expect(dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!.textContent).to.equal(
      'Delete the card?',
    );
    expect(dialog.querySelector(`#${dialog.getAttribute('aria-describedby')}`)!.textContent).to.equal(
      'It cannot be used again.',
    );
    expect(dialog.querySelector('#extra')).to.not.equal(null);
    expect(active(el)).to.equal(button(dialog, 'Keep it'));
    expect(button(dialog, 'Delete').classList.contains('danger')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('resolves true on OK and returns focus to where it was', async () => {
    const { el, origin } = await setup();
    const answer = el.dialogs.confirm(question);
    button(await opened(el), 'Delete').click();
    expect(await answer).to.equal(true);
    expect(active(el)).to.equal(origin);
    await el.updateComplete;
    expect(dialogOf(el)).to.equal(null);
    expect(el.dialogs.open).to.equal(false);
  });

  it('resolves false on Cancel', async () => {
    const { el, origin } = await setup();
    const answer = el.dialogs.confirm(question);
    button(await opened(el), 'Keep it').click();
    expect(await answer).to.equal(false);
    expect(active(el)).to.equal(origin);
  });

  it('Escape cancels, even after an earlier OK on the same dialog element', async () => {
    const { el, origin } = await setup();
    const first = el.dialogs.confirm(question);
    button(await opened(el), 'Delete').click();
    expect(await first).to.equal(true);
    const second = el.dialogs.confirm(question);
    await opened(el);
    await sendKeys({ press: 'Escape' });
    expect(await second).to.equal(false);
    expect(active(el)).to.equal(origin);
  });

  it('focuses the fallback when the origin left the page meanwhile', async () => {
    const { el } = await setup();
    const answer = el.dialogs.confirm({
      ...question,
      fallbackFocus: () => el.shadowRoot!.querySelector<HTMLElement>('#other')!.focus(),
    });
    const dialog = await opened(el);
    el.showOrigin = false;
    el.requestUpdate();
    await el.updateComplete;
    button(dialog, 'Keep it').click();
    expect(await answer).to.equal(false);
    expect(active(el)).to.equal(el.shadowRoot!.querySelector('#other'));
  });

  it('a second question dismisses the first, which answers false', async () => {
    const { el } = await setup();
    const first = el.dialogs.confirm(question);
    await opened(el);
    const second = el.dialogs.confirm({ ...question, title: 'Really?' });
    expect(await first).to.equal(false);
    await waitUntil(() => dialogOf(el)?.querySelector('h2')?.textContent === 'Really?');
    button(dialogOf(el)!, 'Delete').click();
    expect(await second).to.equal(true);
  });

  it('draws texts as text, never as HTML, and reads them when drawn', async () => {
    const { el } = await setup();
    let title = '<img src=x onerror=alert(1)>';
    void el.dialogs.confirm({ ...question, title: () => title });
    const dialog = await opened(el);
    expect(dialog.querySelector('img')).to.equal(null);
    expect(dialog.querySelector('h2')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    title = 'Changed';
    el.requestUpdate();
    await el.updateComplete;
    expect(dialog.querySelector('h2')!.textContent).to.equal('Changed');
    dialog.close();
  });
});

describe('kit: DialogController.show', () => {
  it('resolves with the chosen action, and a plain dialog is not an alert', async () => {
    const { el } = await setup();
    const answer = el.dialogs.show({
      content: () => ({
        title: 'Options',
        body: html`<label
          >Often
          <select>
            <option>Daily</option>
          </select></label
        >`,
        actions: [
          { label: 'Done', value: 'done', primary: true },
          { label: 'Reset', value: 'reset' },
        ],
      }),
    });
    const dialog = await opened(el);
    expect(dialog.hasAttribute('role')).to.equal(false);
    expect(dialog.hasAttribute('aria-describedby')).to.equal(false);
    expect(active(el)).to.equal(button(dialog, 'Done'));
    await expect(el).to.be.accessible();
    button(dialog, 'Reset').click();
    expect(await answer).to.equal('reset');
  });
});
