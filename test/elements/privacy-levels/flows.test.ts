import { expect, fixture, html } from '@open-wc/testing';
import type { PrivacyPreferences } from '@prefcenter/core';
import type { PrivacyLevels as PrivacyLevelsElement } from '../../../packages/elements/src/privacy-levels/index.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  backend,
  buttonNamed,
  catalog,
  document,
  localAdapter,
  mount,
  part,
  plain,
  presetRadio,
  purposeSwitch,
  status,
  waitUntil,
} from './helpers.js';

const read = () => ({ signal: new AbortController().signal });
const shown = (el: Element, name: string) => plain(part(el, name)?.textContent);

describe('<privacy-levels> presets', () => {
  it('previews what a preset switches, and applies it only on Apply, recorded as the preset', async () => {
    const b = backend();
    const el = await mount(b.adapter);
    expect(presetRadio(el, 'balanced').checked).to.equal(true);
    presetRadio(el, 'strict').click();
    await el.updateComplete;
    expect(shown(el, 'preview')).to.contain('Strict switches off: Functional and Analytics.');
    await waitUntil(() => status(el).includes('Strict switches off'), 'the preview is not announced');
    expect(b.saves.length, 'a preview saves nothing').to.equal(0);
    expect(purposeSwitch(el, 'functional').checked, 'a preview switches nothing').to.equal(true);
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Apply Strict').click();
    const save = await b.save(1);
    expect(save.patch).to.deep.equal({
      preset: 'strict',
      purposes: { functional: false, analytics: false },
      sources: { functional: 'preset', analytics: 'preset' },
    });
    await el.updateComplete;
    expect(part(el, 'preview')).to.equal(null);
    expect(presetRadio(el, 'strict').checked).to.equal(true);
    expect(el.shadowRoot!.activeElement === presetRadio(el, 'strict'), 'focus goes back to the preset').to.equal(true);
    expect(purposeSwitch(el, 'analytics').checked).to.equal(false);
  });

  it('lists what goes on and off, and "Keep my settings" leaves everything as it was', async () => {
    const b = backend();
    const el = await mount(b.adapter);
    presetRadio(el, 'open').click();
    await el.updateComplete;
    expect(shown(el, 'preview')).to.contain(
      'Open switches on: Personalised offers, Marketing, and Sharing with partners.',
    );
    buttonNamed(el, 'Keep my settings').click();
    await el.updateComplete;
    expect(part(el, 'preview')).to.equal(null);
    expect(presetRadio(el, 'balanced').checked).to.equal(true);
    expect(el.shadowRoot!.activeElement === presetRadio(el, 'balanced')).to.equal(true);
    expect(b.saves.length).to.equal(0);
  });

  it('shows "Custom" as soon as one purpose differs from every preset, and back when it matches', async () => {
    const b = backend();
    const el = await mount(b.adapter);
    purposeSwitch(el, 'marketing').click();
    await el.updateComplete;
    expect(presetRadio(el, 'custom').checked).to.equal(true);
    expect(presetRadio(el, 'custom').disabled, 'custom is a state, not a choice').to.equal(true);
    const save = await b.save(1);
    expect(save.patch).to.deep.equal({
      purposes: { marketing: true },
      sources: { marketing: 'widget' },
      preset: 'custom',
    });
    await waitUntil(() => b.document.version === 2);
    purposeSwitch(el, 'marketing').click();
    await el.updateComplete;
    expect(presetRadio(el, 'balanced').checked).to.equal(true);
    expect((await b.save(2)).patch.preset).to.equal('balanced');
  });

  it('moves between presets with the arrow keys, previewing each, and Apply from the keyboard', async () => {
    const b = backend();
    const el = await mount(b.adapter);
    presetRadio(el, 'balanced').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(presetRadio(el, 'open').checked).to.equal(true);
    expect(shown(el, 'preview')).to.contain('Open switches on');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(presetRadio(el, 'strict').checked).to.equal(true);
    buttonNamed(el, 'Apply Strict').focus();
    await sendKeys({ press: 'Enter' });
    expect((await b.save(1)).patch.preset).to.equal('strict');
  });

  it('leaves the presets out when the catalog has none, and still switches purposes', async () => {
    const c = catalog();
    c.presets = [];
    const b = backend(document({ preset: undefined }), c);
    const el = await mount(b.adapter);
    expect(part(el, 'presets')).to.equal(null);
    purposeSwitch(el, 'marketing').click();
    expect((await b.save(1)).patch.purposes).to.deep.equal({ marketing: true });
    await expect(el).to.be.accessible();
  });
});

describe('<privacy-levels> purposes', () => {
  it('shows each purpose with what it uses and how long consent lasts, essential ones locked with the reason', async () => {
    const el = await mount(backend().adapter);
    const offers = plain($(el, '[data-purpose="personalised-offers"]')!.textContent);
    expect(offers).to.contain('Using your transactions to choose the offers we show you.');
    expect(offers).to.contain('Uses: Your transactions and The products you hold');
    expect(offers).to.contain('Consent lasts 180 days');
    expect(offers).to.contain('We may ask you to confirm it is you.');
    const essential = purposeSwitch(el, 'essential');
    expect(essential.checked).to.equal(true);
    expect(essential.disabled).to.equal(true);
    expect(plain($(el, '[data-purpose="essential"] [part="lock"]')!.textContent)).to.contain(
      'We cannot run your account',
    );
    // The switch is named by the purpose and described by its text, for a screen reader.
    const marketing = purposeSwitch(el, 'marketing');
    expect(marketing.getAttribute('role')).to.equal('switch');
    const described = el.shadowRoot!.getElementById(marketing.getAttribute('aria-describedby')!)!;
    expect(plain(described.textContent)).to.contain('Measuring our advertising');
    expect(plain(marketing.closest('label')!.textContent)).to.contain('Marketing');
  });

  it('withdraws in one action, like giving, and offers Undo', async () => {
    const b = backend(document({ purposes: { ...document().purposes, marketing: true }, preset: 'custom' }));
    const el = await mount(b.adapter);
    purposeSwitch(el, 'marketing').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog[open]'), 'no confirmation unless the catalog asks').to.equal(null);
    expect((await b.save(1)).patch.purposes).to.deep.equal({ marketing: false });
    expect(shown(el, 'undo')).to.contain('Marketing: off');
    buttonNamed(el, 'Undo').click();
    const undone = await b.save(2);
    expect(undone.patch.purposes).to.deep.equal({ marketing: true });
    expect(undone.patch.sources, 'an undo is the customer switching here').to.deep.equal({ marketing: 'widget' });
    await waitUntil(() => purposeSwitch(el, 'marketing').checked);
  });

  it('asks first where the catalog says a withdrawal needs confirming, and "Keep it on" keeps it', async () => {
    const c = catalog();
    c.purposes.find((p) => p.id === 'analytics')!.confirmWithdrawal = true;
    const b = backend(document(), c);
    const el = await mount(b.adapter);
    purposeSwitch(el, 'analytics').click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'no confirmation');
    expect(plain($(el, 'dialog[open]')!.textContent)).to.contain('Withdraw consent for Analytics?');
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Keep it on').click();
    // Gone, not only closed: focus goes back on the dialog's close event.
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog'));
    await el.updateComplete;
    expect(purposeSwitch(el, 'analytics').checked).to.equal(true);
    expect(b.saves.length).to.equal(0);
    expect(el.shadowRoot!.activeElement === purposeSwitch(el, 'analytics'), 'focus goes back to the switch').to.equal(
      true,
    );
    // Giving it asks nothing; taking it back again, confirmed, withdraws.
    purposeSwitch(el, 'analytics').click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'));
    buttonNamed(el, 'Withdraw').click();
    expect((await b.save(1)).patch.purposes).to.deep.equal({ analytics: false });
  });

  it('asks once for a preset that withdraws purposes needing confirmation, naming them', async () => {
    const c = catalog();
    for (const p of c.purposes) if (p.id === 'functional' || p.id === 'analytics') p.confirmWithdrawal = true;
    const b = backend(document(), c);
    const el = await mount(b.adapter);
    presetRadio(el, 'strict').click();
    await el.updateComplete;
    buttonNamed(el, 'Apply Strict').click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'));
    const dialog = plain($(el, 'dialog[open]')!.textContent);
    expect(dialog).to.contain('Withdraw these consents?');
    expect(dialog).to.contain('Functional').and.to.contain('Analytics');
    buttonNamed(el, 'Keep it on').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog[open]'));
    expect(b.saves.length).to.equal(0);
    expect(part(el, 'preview'), 'the preview stays to be applied or kept').to.not.equal(null);
  });

  it('writes records through the adapter: one per switch, from this page, in the history', async () => {
    const adapter = localAdapter();
    const el = await mount(adapter);
    const before = (await adapter.getPrivacyPreferences(read())).consents.length;
    purposeSwitch(el, 'marketing').click();
    await waitUntil(async () => (await adapter.getPrivacyPreferences(read())).consents.length === before + 1);
    await waitUntil(() => $$(el, '[part="history"] tbody tr').length === before + 1, 'the history did not follow');
    $(el, '[part="history"] summary')!.click();
    await el.updateComplete;
    const newest = plain($$(el, '[part="history"] tbody tr')[0]!.textContent);
    expect(newest)
      .to.contain('Marketing')
      .and.to.contain('Given')
      .and.to.contain('2026-02')
      .and.to.contain('This page');
    expect(newest).to.contain('You');
    await expect(el).to.be.accessible();
  });

  it('changes nothing while disabled', async () => {
    const b = backend();
    const el = await mount(b.adapter);
    el.disabled = true;
    await el.updateComplete;
    expect(purposeSwitch(el, 'marketing').disabled).to.equal(true);
    expect(presetRadio(el, 'strict').disabled).to.equal(true);
    el.change({ purposes: { marketing: true } });
    await el.updateComplete;
    expect(b.saves.length).to.equal(0);
    await expect(el).to.be.accessible();
  });
});

describe('<privacy-levels> selling, sharing and visibility', () => {
  it('"Do not sell or share" switches off the purposes it covers, and a covered purpose switched on turns it off', async () => {
    const on = { ...document().purposes, marketing: true, partners: true };
    const b = backend(document({ purposes: on, preset: 'open' }));
    const el = await mount(b.adapter);
    expect(shown(el, 'sell')).to.contain('On, it keeps these off: Marketing and Sharing with partners');
    const sell = $<HTMLInputElement>(el, '[part="sell"] input[role="switch"]')!;
    sell.click();
    expect((await b.save(1)).patch).to.deep.include({
      doNotSellOrShare: true,
      purposes: { marketing: false, partners: false },
    });
    await waitUntil(() => b.document.version === 2);
    purposeSwitch(el, 'partners').click();
    expect((await b.save(2)).patch).to.deep.include({ doNotSellOrShare: false, purposes: { partners: true } });
  });

  it('sets who can see the profile from a radio group', async () => {
    const b = backend();
    const el = await mount(b.adapter);
    const radios = $$<HTMLInputElement>(el, 'input[name="visibility"]');
    expect(radios.map((r) => plain(r.closest('label')!.textContent))).to.deep.equal([
      'Only me',
      'My contacts',
      'Everyone',
    ]);
    radios[1]!.click();
    expect((await b.save(1)).patch).to.deep.equal({ profileVisibility: 'contacts' });
    await waitUntil(() => shown(el, 'undo').includes('Profile visibility: My contacts'));
  });
});

describe('<privacy-levels> Global Privacy Control', () => {
  const open = () =>
    document({ purposes: { ...document().purposes, marketing: true, partners: true }, preset: 'open' });

  it('honours the signal once: the purposes it covers go off, recorded as from the signal, and says so', async () => {
    const b = backend(open());
    const el = await mount(b.adapter, true);
    const save = await b.save(1);
    expect(save.patch).to.deep.equal({
      purposes: { marketing: false, partners: false },
      sources: { marketing: 'gpc', partners: 'gpc' },
      // What is left on is the balanced level's.
      preset: 'balanced',
      doNotSellOrShare: true,
      globalPrivacyControl: true,
    });
    await el.updateComplete;
    expect(shown(el, 'gpc')).to.contain('Your browser sends Global Privacy Control, and we honour it');
    expect(shown(el, 'gpc')).to.contain('It keeps these off: Marketing and Sharing with partners');
    await waitUntil(() =>
      status(el).includes('Global Privacy Control honoured: Marketing and Sharing with partners switched off.'),
    );
    expect(plain($(el, '[data-purpose="marketing"]')!.textContent)).to.contain('Global Privacy Control');
    expect(part(el, 'undo'), 'a signal is not offered for Undo').to.equal(null);
    await expect(el).to.be.accessible();
    // Read again on another visit: honoured already, so nothing is sent again.
    await waitUntil(() => b.document.globalPrivacyControl === true);
    const again = await mount(b.adapter, true);
    await again.updateComplete;
    expect(b.saves.length).to.equal(1);
  });

  it("lets the customer's own later choice win over the signal, and says which wins and why", async () => {
    const b = backend(document({ globalPrivacyControl: true, doNotSellOrShare: true, sources: { marketing: 'gpc' } }));
    const el = await mount(b.adapter, true);
    expect(shown(el, 'gpc')).to.not.contain('You switched on');
    purposeSwitch(el, 'marketing').click();
    await el.updateComplete;
    expect(shown(el, 'gpc')).to.contain(
      'You switched on Marketing here yourself, after the signal: your own choice for this account wins over the signal from your browser.',
    );
    expect((await b.save(1)).patch).to.deep.include({ doNotSellOrShare: false, sources: { marketing: 'widget' } });
  });

  it('reads navigator.globalPrivacyControl when the host sets nothing', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'globalPrivacyControl');
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true });
    try {
      const b = backend(open());
      const el = window.document.createElement('privacy-levels') as HTMLElement & { adapter: unknown };
      el.adapter = b.adapter;
      window.document.body.append(el);
      expect((await b.save(1)).patch.globalPrivacyControl).to.equal(true);
      el.remove();
    } finally {
      if (descriptor) Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', descriptor);
      else delete (Navigator.prototype as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  it('records the signal as the source with the real adapter', async () => {
    const adapter = localAdapter();
    await adapter.updatePrivacyPreferences(
      { purposes: { marketing: true } },
      { version: 1, idempotencyKey: 'k1', signal: new AbortController().signal },
    );
    await mount(adapter, true);
    await waitUntil(async () => (await adapter.getPrivacyPreferences(read())).globalPrivacyControl === true);
    const saved = await adapter.getPrivacyPreferences(read());
    expect(saved.consents.at(-1)).to.include({ purpose: 'marketing', source: 'gpc', decision: 'withdrawn' });
  });
});

describe('<privacy-levels> a changed notice', () => {
  it('asks again only for the purposes whose terms changed, and records the answer under the new notice', async () => {
    const adapter = localAdapter();
    const el = await mount(adapter);
    const notice = part(el, 'notice')!;
    expect(plain(notice.textContent)).to.contain('Our privacy notice has changed');
    expect(plain(notice.textContent)).to.contain('We now also measure how the mobile app is used');
    expect($$(el, '[part="notice"] li').map((li) => li.dataset.purpose)).to.deep.equal(['analytics']);
    await expect(el).to.be.accessible();
    const before = (await adapter.getPrivacyPreferences(read())).consents.length;
    buttonNamed(el, 'Allow Analytics').click();
    await waitUntil(() => !part(el, 'notice'), 'the notice stays after every answer');
    await waitUntil(async () => (await adapter.getPrivacyPreferences(read())).noticeVersion === '2026-02');
    const saved = await adapter.getPrivacyPreferences(read());
    // Analytics was on already: the answer is recorded all the same, under the new notice.
    expect(saved.consents.length).to.equal(before + 1);
    expect(saved.consents.at(-1)).to.include({ purpose: 'analytics', decision: 'given', noticeVersion: '2026-02' });
  });

  it('waits for every changed purpose before sending, and shows the answers given', async () => {
    const c = catalog();
    c.purposes.find((p) => p.id === 'marketing')!.changed = { summary: 'Ads on partner sites too.' };
    const b = backend(document({ noticeVersion: '2025-09' }), c);
    const el = await mount(b.adapter);
    buttonNamed(el, 'Do not allow Analytics').click();
    await el.updateComplete;
    expect(buttonNamed(el, 'Do not allow Analytics').getAttribute('aria-pressed')).to.equal('true');
    expect(b.saves.length).to.equal(0);
    buttonNamed(el, 'Allow Marketing').click();
    const save = await b.save(1);
    expect(save.patch).to.deep.include({
      purposes: { analytics: false, marketing: true },
      sources: { analytics: 'widget', marketing: 'widget' },
      noticeVersion: '2026-02',
    });
  });

  it('says when a new version changes nothing the customer decided, and OK marks it reviewed', async () => {
    const c = catalog();
    for (const p of c.purposes) delete p.changed;
    const b = backend(document({ noticeVersion: '2025-09' }), c);
    const el = await mount(b.adapter);
    expect(shown(el, 'notice')).to.contain('Version 2026-02 changes nothing you decided.');
    buttonNamed(el, 'OK').click();
    expect((await b.save(1)).patch).to.deep.equal({ noticeVersion: '2026-02' });
  });
});

describe('<privacy-levels> history and download', () => {
  it('lists every record newest first, and downloads them with ISO/IEC TS 27560 field names', async () => {
    const adapter = localAdapter();
    const el = await mount(adapter);
    const doc: PrivacyPreferences = await adapter.getPrivacyPreferences(read());
    expect($$(el, '[part="history"] tbody tr').length).to.equal(doc.consents.length);
    expect(shown(el, 'history')).to.contain(`History of your decisions (${doc.consents.length})`);
    const records = JSON.parse(el.consentRecordsJson());
    expect(records.notice).to.include({ id: 'northwind-privacy-notice', version: '2026-02' });
    expect(records.records).to.have.length(doc.consents.length);
    expect(records.records[0]).to.include({
      recordId: doc.consents[0]!.id,
      purposeId: doc.consents[0]!.purpose,
      consentStatus: doc.consents[0]!.decision,
      timestamp: doc.consents[0]!.time,
      noticeVersion: '2025-09',
      source: 'preset',
      actor: 'customer',
    });
    // The button hands the same JSON to the browser as a file.
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      $(el, '[part="history"] summary')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part="download"]')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('consent-records.json');
    const file = await (await fetch(clicked[0]!.href)).json();
    expect(file.records).to.have.length(doc.consents.length);
  });

  it('says so when there are no records yet', async () => {
    const el = await mount(backend().adapter);
    $(el, '[part="history"] summary')!.click();
    await el.updateComplete;
    expect(shown(el, 'history')).to.contain('No decisions recorded yet.');
    await expect(el).to.be.accessible();
  });
});

describe('<privacy-levels> empty catalog', () => {
  it('says there is nothing to set', async () => {
    const c = catalog();
    c.purposes = [];
    c.presets = [];
    c.gpcPurposes = [];
    const el = await mount(backend(document({ purposes: {} }), c).adapter);
    expect(shown(el, 'empty')).to.contain('No privacy settings');
    await expect(el).to.be.accessible();
  });
});

describe('<privacy-levels> review fixes', () => {
  it('keeps a later switch over an answer to the notice given before it', async () => {
    const c = catalog();
    c.purposes.find((p) => p.id === 'marketing')!.changed = { summary: 'Ads on partner sites too.' };
    const b = backend(document({ noticeVersion: '2025-09' }), c);
    const el = await mount(b.adapter);
    buttonNamed(el, 'Allow Marketing').click();
    await el.updateComplete;
    // Then, below, the customer switches marketing on and off again: off is their latest word.
    purposeSwitch(el, 'marketing').click();
    await b.save(1);
    await waitUntil(() => b.document.version === 2);
    purposeSwitch(el, 'marketing').click();
    await b.save(2);
    await waitUntil(() => b.document.version === 3);
    expect(buttonNamed(el, 'Allow Marketing').getAttribute('aria-pressed')).to.equal('false');
    buttonNamed(el, 'Do not allow Analytics').click();
    await el.updateComplete;
    expect(b.saves.length, 'marketing is still to be answered').to.equal(2);
    buttonNamed(el, 'Do not allow Marketing').click();
    expect((await b.save(3)).patch.purposes).to.deep.equal({ analytics: false, marketing: false });
  });

  it('records the withdrawal when Undo takes back a purpose the document did not have', async () => {
    const adapter = localAdapter();
    const doc = await adapter.getPrivacyPreferences(read());
    // A purpose added to the catalog after the customer's document was made.
    await adapter.updatePrivacyPreferences({ purposes: { partners: null } } as never, {
      version: doc.version,
      idempotencyKey: 'drop',
      signal: new AbortController().signal,
    });
    const el = await mount(adapter);
    purposeSwitch(el, 'partners').click();
    await waitUntil(() => part(el, 'undo'));
    await waitUntil(async () => (await adapter.getPrivacyPreferences(read())).purposes.partners === true);
    buttonNamed(el, 'Undo').click();
    await waitUntil(async () => (await adapter.getPrivacyPreferences(read())).purposes.partners === false);
    const saved = await adapter.getPrivacyPreferences(read());
    expect(
      saved.consents
        .filter((r) => r.purpose === 'partners')
        .map((r) => r.decision)
        .slice(-2),
    ).to.deep.equal(['given', 'withdrawn']);
  });

  it('asks before an Undo withdraws a purpose the catalog wants confirmed', async () => {
    const c = catalog();
    c.purposes.find((p) => p.id === 'marketing')!.confirmWithdrawal = true;
    const b = backend(document(), c);
    const el = await mount(b.adapter);
    purposeSwitch(el, 'marketing').click();
    await b.save(1);
    await waitUntil(() => b.document.version === 2);
    buttonNamed(el, 'Undo').click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'Undo withdrew without asking');
    buttonNamed(el, 'Keep it on').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog'));
    expect(b.saves.length).to.equal(1);
    expect(purposeSwitch(el, 'marketing').checked).to.equal(true);
  });

  it('draws its first render without the signal, as the server did, then honours it', async () => {
    const doc = document({ purposes: { ...document().purposes, marketing: true }, preset: 'custom' });
    const b = backend(doc);
    const el = window.document.createElement('privacy-levels') as PrivacyLevelsElement;
    el.globalPrivacyControl = true;
    // Seeded, as a server-rendered page is: the first render is the ready state.
    el.initial = { document: doc, catalog: catalog() };
    el.adapter = b.adapter;
    window.document.body.append(el);
    try {
      await el.updateComplete;
      expect(part(el, 'purposes'), 'the first render is the ready state').to.not.equal(null);
      expect(part(el, 'gpc'), 'the server could not know the signal').to.equal(null);
      await b.save(1);
      await waitUntil(() => part(el, 'gpc'), 'the signal is never shown');
    } finally {
      el.remove();
    }
  });

  it('saves the signal at once in manual mode: honoured, not left as a draft', async () => {
    const b = backend(document({ purposes: { ...document().purposes, marketing: true }, preset: 'custom' }));
    const el = await fixture<PrivacyLevelsElement>(
      html`<privacy-levels mode="manual" .globalPrivacyControl=${true} .adapter=${b.adapter}></privacy-levels>`,
    );
    const save = await b.save(1);
    expect(save.patch).to.deep.include({ globalPrivacyControl: true, purposes: { marketing: false } });
    await waitUntil(() => b.document.globalPrivacyControl === true);
    await el.updateComplete;
    const [saveButton] = $$<HTMLButtonElement>(el, '[part="save-bar"] button');
    expect(saveButton!.disabled, 'nothing is left unsaved').to.equal(true);
    expect(part(el, 'gpc')).to.not.equal(null);
  });

  it('words the signal from the document: selling allowed here, and only what it keeps off', async () => {
    const b = backend(
      document({ globalPrivacyControl: true, doNotSellOrShare: true, purposes: { ...document().purposes } }),
    );
    const el = await mount(b.adapter, true);
    $<HTMLInputElement>(el, '[part="sell"] input')!.click();
    await el.updateComplete;
    expect(shown(el, 'gpc')).to.contain('but you allowed selling or sharing here yourself');
    expect(shown(el, 'gpc')).to.not.contain('we honour it');
    purposeSwitch(el, 'marketing').click();
    await el.updateComplete;
    expect(shown(el, 'gpc')).to.contain('It keeps these off: Sharing with partners');
    expect(shown(el, 'gpc')).to.not.contain('Marketing and');
    await waitUntil(() => shown(el, 'undo').includes('Marketing: on'), 'the toast names the switch');
  });

  it('gives way to an Undo too: an answer kept for the notice does not undo it', async () => {
    const c = catalog();
    c.purposes.find((p) => p.id === 'marketing')!.changed = { summary: 'Ads on partner sites too.' };
    const b = backend(document({ noticeVersion: '2025-09' }), c);
    const el = await mount(b.adapter);
    purposeSwitch(el, 'marketing').click();
    await b.save(1);
    await waitUntil(() => b.document.version === 2);
    buttonNamed(el, 'Allow Marketing').click();
    await el.updateComplete;
    buttonNamed(el, 'Undo').click();
    await b.save(2);
    await waitUntil(() => b.document.version === 3);
    buttonNamed(el, 'Allow Analytics').click();
    await el.updateComplete;
    expect(b.saves.length, 'marketing is to be answered again').to.equal(2);
  });

  it('keeps asking about a changed purpose when another one is switched (no reviewed version kept)', async () => {
    const adapter = localAdapter();
    const doc = await adapter.getPrivacyPreferences(read());
    await adapter.updatePrivacyPreferences(
      { noticeVersion: null },
      { version: doc.version, idempotencyKey: 'n', signal: new AbortController().signal },
    );
    const el = await mount(adapter);
    expect($$(el, '[part="notice"] li').map((li) => li.dataset.purpose)).to.deep.equal(['analytics']);
    purposeSwitch(el, 'functional').click();
    await waitUntil(async () => (await adapter.getPrivacyPreferences(read())).purposes.functional === false);
    await el.updateComplete;
    expect($$(el, '[part="notice"] li').map((li) => li.dataset.purpose)).to.deep.equal(['analytics']);
  });

  it('links the notice only to a web page', async () => {
    const c = catalog();
    c.noticeUrl = 'javascript:alert(document.domain)';
    const el = await mount(backend(document({ noticeVersion: '2025-09' }), c).adapter);
    expect($(el, '[part="notice"] a')).to.equal(null);
    const safe = await mount(backend(document({ noticeVersion: '2025-09' })).adapter);
    expect($<HTMLAnchorElement>(safe, '[part="notice"] a')!.href).to.equal('https://northwind.example/privacy');
  });

  it('asks again under a new notice a customer whose document keeps no reviewed version, from the records', async () => {
    const record = {
      id: 'r1',
      purpose: 'analytics',
      decision: 'given' as const,
      time: '2026-05-01T09:00:00Z',
      noticeVersion: '2025-09',
      source: 'widget' as const,
      actor: 'customer' as const,
    };
    const el = await mount(backend(document({ noticeVersion: undefined, consents: [record] })).adapter);
    expect($$(el, '[part="notice"] li').map((li) => li.dataset.purpose)).to.deep.equal(['analytics']);
  });
});
