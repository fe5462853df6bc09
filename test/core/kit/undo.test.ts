import { expect, fixture, html } from '@open-wc/testing';
import { AdapterError, baseStyles, ResourceController, type PreferencesPatch } from '@prefcenter/core';
import { UndoRecorder, undoStyles } from '@prefcenter/core/kit/undo';
import { LitElement } from 'lit';
import { FakeSpec, Notices, doc, type Doc } from '../helpers.js';

/**
 * A widget in miniature: a resource controller over a fake spec, and core's undo toast
 * fed by nothing but the controller's change notices.
 */
class UndoHost extends LitElement {
  static override styles = [baseStyles, undoStyles];
  readonly notices = new Notices();
  readonly resource = new ResourceController<Doc, string[]>(this, {
    batchDelay: 1,
    onNotice: (notice) => {
      this.notices.record(notice);
      this.undo.notice(notice);
    },
  });
  readonly announcements: string[] = [];
  disabled = false;
  /** Changes the recorder asked for, as the widget's own `change` sees them. */
  readonly asked: PreferencesPatch<Doc>[] = [];
  readonly undo = new UndoRecorder<Doc>(this, {
    changes: this.resource,
    describe: (patch, before) => `a: ${before.a} → ${patch.a ?? before.a}`,
    texts: {
      undo: () => 'Undo',
      undone: () => 'Change undone',
      announce: (message, seconds) => `${message}. Undo for ${seconds} s.`,
    },
  });

  change(patch: PreferencesPatch<Doc>, settled?: (applied: boolean) => void): void {
    this.asked.push(patch);
    this.resource.change(patch);
    settled?.(true);
  }

  announce(message: string): void {
    this.announcements.push(message);
  }

  protected override render() {
    return html`<div class="base">${this.undo.render()}</div>`;
  }
}
customElements.define('kit-undo-host', UndoHost);

async function setup() {
  const el = await fixture<UndoHost>(html`<kit-undo-host></kit-undo-host>`);
  const fake = new FakeSpec();
  el.resource.setSpec(fake.spec);
  (await fake.loads.next()).deferred.resolve(doc(1, { a: 1 }));
  await el.notices.next('loaded');
  return { el, fake };
}

const toast = (el: UndoHost) => el.shadowRoot!.querySelector<HTMLElement>('[part="undo"]');

describe('kit: UndoRecorder', () => {
  it("records a change from the controller's change notices, with the view it was made on", async () => {
    const { el } = await setup();
    expect(toast(el)).to.equal(null);
    el.resource.change({ a: 2 });
    await el.updateComplete;
    expect(toast(el)!.textContent).to.contain('a: 1 → 2');
    expect(el.announcements).to.deep.equal(['a: 1 → 2. Undo for 10 s.']);
    await expect(el).to.be.accessible();
  });

  it('Undo applies the inverse through the host, which is not recorded again, and says so', async () => {
    const { el } = await setup();
    el.resource.change({ a: 2 });
    await el.updateComplete;
    toast(el)!.querySelector('button')!.click();
    expect(el.asked).to.deep.equal([{ a: 1 }]);
    expect(el.resource.view!.a).to.equal(1);
    await el.updateComplete;
    expect(toast(el)!.textContent!.trim()).to.equal('Change undone');
    expect(toast(el)!.querySelector('button')).to.equal(null);
    expect(el.announcements.at(-1)).to.equal('Change undone');
    // The inverse's own notice did not replace the toast with "a: 2 → 1".
    expect(el.announcements.filter((a) => a.startsWith('a: 2'))).to.deep.equal([]);
  });

  it('a refused change takes its toast away: its Undo would undo nothing', async () => {
    const { el, fake } = await setup();
    el.resource.change({ a: 2 });
    await el.updateComplete;
    expect(toast(el)).to.not.equal(null);
    (await fake.saves.next()).deferred.reject(new AdapterError('network', 'down'));
    await el.notices.next('save-failed');
    await el.updateComplete;
    expect(toast(el)).to.equal(null);
  });

  it('a conflict resolved with "keep mine" is not told as a new change', async () => {
    const { el } = await setup();
    el.resource.conflict = { paths: [['a']], patch: { a: 5 } };
    el.resource.keepMine();
    expect(el.resource.view!.a).to.equal(5);
    expect(el.undo.visible).to.equal(false);
    el.resource.change({ a: 6 });
    expect(el.undo.visible).to.equal(true);
  });

  it('stops listening when the host leaves the page, and starts again when it returns', async () => {
    const { el } = await setup();
    const parent = el.parentNode!;
    el.remove();
    el.resource.change({ a: 2 });
    expect(el.undo.visible).to.equal(false);
    parent.append(el);
    el.resource.change({ a: 3 });
    expect(el.undo.visible).to.equal(true);
  });
});
