import { expect, oneEvent } from '@open-wc/testing';
import { AdapterError, setLocale, setupLocalization } from '@prefcenter/core';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  backend,
  buttonNamed,
  catalog,
  document,
  mount,
  part,
  plain,
  presetRadio,
  purposeSwitch,
  waitUntil,
} from './helpers.js';

const hostile = '<img src=x onerror=alert(1)>';
const errorText = (el: Element) => plain(part(el, 'error')?.textContent);

describe('<privacy-levels> bad input', () => {
  it('refuses a catalog whose preset names an unknown purpose, naming it, and loads once it is fixed', async () => {
    const c = catalog();
    c.presets[1]!.purposes.push('telemetry');
    const b = backend(document(), c);
    const el = await mount(b.adapter);
    expect(errorText(el)).to.contain('presets[1].purposes[3]');
    await expect(el).to.be.accessible();
    b.catalog = catalog();
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await waitUntil(() => part(el, 'purposes'), 'Retry did not load the fixed catalog');
  });

  it('refuses Global Privacy Control naming an unknown purpose, and records dated ahead of their document', async () => {
    const c = catalog();
    c.gpcPurposes = ['ads'];
    expect(errorText(await mount(backend(document(), c).adapter))).to.contain('gpcPurposes[0]');
    const future = document({
      consents: [
        {
          id: 'r1',
          purpose: 'analytics',
          decision: 'given',
          time: '2031-01-01T00:00:00Z',
          noticeVersion: '2026-02',
          source: 'widget',
          actor: 'customer',
        },
      ],
    });
    expect(errorText(await mount(backend(future).adapter))).to.contain('consents[0].time');
  });

  it('refuses duplicate purpose or record ids, and a `__proto__` purpose id, with a clear error', async () => {
    const twice = catalog();
    twice.purposes.push({ ...twice.purposes[1]! });
    expect(errorText(await mount(backend(document(), twice).adapter))).to.contain('purposes');
    const record = {
      id: 'same',
      purpose: 'analytics',
      decision: 'given' as const,
      time: '2026-05-01T09:00:00Z',
      noticeVersion: '2026-02',
      source: 'widget' as const,
      actor: 'customer' as const,
    };
    expect(errorText(await mount(backend(document({ consents: [record, record] })).adapter))).to.contain('consents');
    const proto = JSON.parse(JSON.stringify(catalog()).replace('"id":"marketing"', '"id":"__proto__"'));
    const el = await mount(backend(document(), proto).adapter);
    expect(errorText(el)).to.contain('purposes[4].id');
    expect(({} as Record<string, unknown>).label, 'nothing reached Object.prototype').to.equal(undefined);
  });

  it('shows an essential purpose a document has off as on, says so, and never saves it off', async () => {
    const b = backend(document({ purposes: { ...document().purposes, essential: false } }));
    const el = await mount(b.adapter);
    expect(purposeSwitch(el, 'essential').checked).to.equal(true);
    expect(plain($(el, '[data-purpose="essential"]')!.textContent)).to.contain(
      'Our records showed Essential as off. It is always on.',
    );
    await expect(el).to.be.accessible();
    // Another change saves only itself: the essential purpose is not written either way.
    purposeSwitch(el, 'marketing').click();
    const save = await b.save(1);
    expect(save.patch.purposes).to.deep.equal({ marketing: true });
  });

  it('shows hostile text as text everywhere the catalog or the records reach', async () => {
    const c = catalog();
    const analytics = c.purposes.find((p) => p.id === 'analytics')!;
    analytics.label = hostile;
    analytics.dataUsed = [hostile];
    analytics.changed = { summary: hostile };
    analytics.essentialReason = hostile;
    const doc = document({
      noticeVersion: '2025-09',
      consents: [
        {
          id: 'r1',
          purpose: 'analytics',
          decision: 'given',
          time: '2026-05-01T09:00:00Z',
          noticeVersion: hostile,
          source: 'widget',
          method: hostile,
          actor: 'customer',
        },
      ],
    });
    const el = await mount(backend(doc, c).adapter);
    const root = el.shadowRoot!;
    expect(root.querySelector('img')).to.equal(null);
    expect(plain($(el, '[data-purpose="analytics"]')!.textContent)).to.contain(hostile);
    expect(plain(part(el, 'notice')!.textContent)).to.contain(hostile);
    expect(plain(part(el, 'history')!.textContent)).to.contain(hostile);
    // Each piece of adapter text is isolated, so its direction cannot spill into ours.
    const name = $(el, '[data-purpose="analytics"] .purpose-name bdi');
    expect(name?.textContent).to.equal(hostile);
  });

  it('keeps the change and says so when the save fails, then Retry saves it', async () => {
    const b = backend();
    const el = await mount(b.adapter);
    b.failNextSave = new AdapterError('network', 'offline');
    purposeSwitch(el, 'marketing').click();
    await waitUntil(() => part(el, 'save-error'), 'no refusal shown');
    expect(purposeSwitch(el, 'marketing').checked, 'rolled back while refused').to.equal(false);
    buttonNamed(el, 'Retry').click();
    await waitUntil(() => b.document.purposes.marketing === true, 'Retry lost the change');
    await waitUntil(() => purposeSwitch(el, 'marketing').checked);
  });

  it('asks the host to confirm who the customer is for a sensitive purpose, then saves', async () => {
    const b = backend();
    const el = await mount(b.adapter);
    b.failNextSave = new AdapterError('reauth-required', 'sign in again');
    const asked = oneEvent(el, 'prefs-reauth-required');
    purposeSwitch(el, 'personalised-offers').click();
    (await asked).detail.retry();
    await waitUntil(() => b.document.purposes['personalised-offers'] === true, 'the retried change was lost');
  });
});

describe('<privacy-levels> keyboard', () => {
  it('switches a purpose with Space, and confirms a withdrawal from the keyboard, Escape keeping it', async () => {
    const c = catalog();
    c.purposes.find((p) => p.id === 'functional')!.confirmWithdrawal = true;
    const b = backend(document(), c);
    const el = await mount(b.adapter);
    purposeSwitch(el, 'marketing').focus();
    await sendKeys({ press: ' ' });
    expect((await b.save(1)).patch.purposes).to.deep.equal({ marketing: true });
    purposeSwitch(el, 'functional').focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'no confirmation');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog'));
    await el.updateComplete;
    expect(purposeSwitch(el, 'functional').checked).to.equal(true);
    expect(el.shadowRoot!.activeElement === purposeSwitch(el, 'functional'), 'focus is back on the switch').to.equal(
      true,
    );
    expect(b.saves.length).to.equal(1);
  });

  it('reaches the controls in order with Tab, each named by its own label', async () => {
    const el = await mount(backend().adapter);
    presetRadio(el, 'balanced').focus();
    const names: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLInputElement | null;
      const labelled = active?.getAttribute('aria-labelledby');
      names.push(
        plain(labelled ? el.shadowRoot!.getElementById(labelled)!.textContent : active?.labels?.[0]?.textContent),
      );
    }
    // One tab stop for the levels (the checked one), then each purpose's switch: essential is locked.
    expect(names).to.deep.equal(['Functional', 'Analytics', 'Personalised offers', 'Marketing']);
    // A level is named by its name alone; its hint describes it.
    const strict = presetRadio(el, 'strict');
    expect(plain(el.shadowRoot!.getElementById(strict.getAttribute('aria-labelledby')!)!.textContent)).to.equal(
      'Strict',
    );
    expect(plain(el.shadowRoot!.getElementById(strict.getAttribute('aria-describedby')!)!.textContent)).to.equal(
      'Only what we need to run your account.',
    );
  });

  it('sends focus somewhere that stays when the panel it was in goes', async () => {
    const custom = document({ purposes: { ...document().purposes, marketing: true }, preset: 'custom' });
    const el = await mount(backend(custom).adapter);
    presetRadio(el, 'strict').click();
    await el.updateComplete;
    buttonNamed(el, 'Keep my settings').click();
    await waitUntil(() => !part(el, 'preview'));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === presetRadio(el, 'strict'), 'on Custom, the first level').to.equal(true);
    const c = catalog();
    for (const p of c.purposes) delete p.changed;
    const reviewing = await mount(backend(document({ noticeVersion: '2025-09' }), c).adapter);
    buttonNamed(reviewing, 'OK').click();
    await waitUntil(() => !part(reviewing, 'notice'));
    await waitUntil(() => reviewing.shadowRoot!.activeElement?.id === 'purposes-title', 'focus fell to the page');
  });
});

describe('<privacy-levels> in Arabic', () => {
  before(async () => {
    setupLocalization();
    await setLocale('ar');
  });
  after(async () => {
    await setLocale('en');
  });

  it('is translated and right to left, with the adapter text isolated', async () => {
    const c = catalog();
    c.purposes.find((p) => p.id === 'marketing')!.label = 'Marketing (EN)';
    const el = await mount(backend(document(), c).adapter, true);
    const base = $(el, '[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(plain($(el, '[part="presets"] legend')!.textContent)).to.equal('مستوى الخصوصية');
    expect(plain(presetRadio(el, 'strict').closest('label')!.textContent)).to.contain('صارم');
    expect(plain(part(el, 'gpc')!.textContent)).to.contain('يرسل متصفحك إشارة Global Privacy Control');
    expect($(el, '[data-purpose="marketing"] .purpose-name bdi')!.textContent).to.equal('Marketing (EN)');
    expect(getComputedStyle($(el, '.purposes')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
