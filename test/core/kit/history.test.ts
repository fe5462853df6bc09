import { expect, fixture, html } from '@open-wc/testing';
import { AdapterError, baseStyles, type ActionState, type ChangeRecord } from '@prefcenter/core';
import { fieldStyles } from '@prefcenter/core/kit/field-styles';
import { HistoryPanel, historyStyles, type HistoryHost } from '@prefcenter/core/kit/history';
import { LitElement } from 'lit';
import { Deferred } from '../helpers.js';
import { waitUntil } from '../../shared/wait.js';

/** A domain's actions in miniature: one action whose every run the test settles by hand. */
class FakeActions {
  offered = true;
  readonly runs: { action: string; deferred: Deferred<ChangeRecord[]> }[] = [];
  #state: ActionState<ChangeRecord[]> = { status: 'idle' };
  constructor(private readonly host: LitElement) {}

  offers = (name: string) => this.offered && name === 'changes';
  state = <R>() => this.#state as ActionState<R>;
  reset = () => this.#set({ status: 'idle' });
  run = <R>(name: string): Promise<ActionState<R>> => {
    const deferred = new Deferred<ChangeRecord[]>();
    this.runs.push({ action: name, deferred });
    this.#set({ status: 'pending' });
    const attempt = this.#state;
    return deferred.promise.then(
      (result) => (this.#state === attempt && this.#set({ status: 'done', result }), this.#state as ActionState<R>),
      (error: AdapterError) => (
        this.#state === attempt && this.#set({ status: 'failed', error }),
        this.#state as ActionState<R>
      ),
    );
  };

  #set(state: ActionState<ChangeRecord[]>): void {
    this.#state = state;
    this.host.requestUpdate();
  }
}

class HistoryTestHost extends LitElement implements HistoryHost {
  static override styles = [baseStyles, ...fieldStyles, historyStyles];
  readonly actions = new FakeActions(this);
  readonly panel = new HistoryPanel(this, {
    action: 'changes',
    texts: {
      title: () => 'Changes',
      loading: () => 'Loading…',
      empty: () => 'Nothing yet.',
      source: (source) => `Via ${source}`,
      retry: () => 'Try again',
    },
  });

  protected override render() {
    return html`<div class="base">${this.panel.render()}</div>`;
  }
}
customElements.define('kit-history-host', HistoryTestHost);

const entries: ChangeRecord[] = [
  { id: '1', at: '2024-05-01T10:00:00Z', summary: '<img src=x onerror=alert(1)>', source: 'Mobile app' },
  { id: '2', at: '2024-04-01T10:00:00Z', summary: 'SMS off' },
];

async function setup() {
  const el = await fixture<HistoryTestHost>(html`<kit-history-host></kit-history-host>`);
  const details = el.shadowRoot!.querySelector('details')!;
  return { el, details };
}

async function open(el: HistoryTestHost, details: HTMLDetailsElement) {
  details.querySelector('summary')!.click();
  await waitUntil(() => el.actions.runs.length > 0, 'opening did not load');
}

describe('kit: HistoryPanel', () => {
  it('loads the named action when first opened, and lists the entries as text', async () => {
    const { el, details } = await setup();
    expect(el.panel.status).to.equal('idle');
    expect(el.actions.runs).to.have.length(0);
    await open(el, details);
    expect(el.actions.runs[0]!.action).to.equal('changes');
    await el.updateComplete;
    expect(details.textContent).to.contain('Loading…');
    el.actions.runs[0]!.deferred.resolve(entries);
    await waitUntil(() => el.panel.status === 'ready');
    await el.updateComplete;
    const items = details.querySelectorAll('li');
    expect(items).to.have.length(2);
    expect(details.querySelector('img')).to.equal(null);
    expect(items[0]!.textContent).to.contain('<img src=x onerror=alert(1)>');
    const source = items[0]!.querySelector('.pc-history-source')!;
    expect(source.textContent!.trim()).to.equal('Via Mobile app');
    // The adapter's text is isolated in our sentence: drawn as its own <bdi>.
    expect(source.querySelector('bdi')!.textContent).to.equal('Mobile app');
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-05-01T10:00:00Z');
    expect(items[1]!.querySelector('.pc-history-source')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says when there is nothing yet', async () => {
    const { el, details } = await setup();
    await open(el, details);
    el.actions.runs[0]!.deferred.resolve([]);
    await waitUntil(() => details.textContent!.includes('Nothing yet.'));
  });

  it('shows a failure with a Retry that loads again', async () => {
    const { el, details } = await setup();
    await open(el, details);
    el.actions.runs[0]!.deferred.reject(new AdapterError('network', 'down'));
    await waitUntil(() => el.panel.status === 'error');
    await el.updateComplete;
    const retry = [...details.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Try again')!;
    await expect(el).to.be.accessible();
    retry.click();
    expect(el.actions.runs).to.have.length(2);
    el.actions.runs[1]!.deferred.resolve(entries);
    await waitUntil(() => el.panel.status === 'ready');
  });

  it('loads again on invalidate() while open', async () => {
    const { el, details } = await setup();
    await open(el, details);
    el.actions.runs[0]!.deferred.resolve(entries);
    await waitUntil(() => el.panel.status === 'ready');
    el.panel.invalidate();
    expect(el.actions.runs).to.have.length(2);
  });

  it('draws nothing when the adapter does not offer the action', async () => {
    const el = await fixture<HistoryTestHost>(html`<kit-history-host></kit-history-host>`);
    el.actions.offered = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('details')).to.equal(null);
  });
});
