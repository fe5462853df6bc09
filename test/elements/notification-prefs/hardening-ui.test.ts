import { expect, html } from '@open-wc/testing';
import { AdapterError, setLocale, setupLocalization, type NotificationCatalog } from '@prefcenter/core';
import { sendKeys } from '@web/test-runner-commands';
import type { NotificationPrefs } from '../../../packages/elements/src/notification-prefs/index.js';
import { waitUntil } from '../../shared/wait.js';
import { $, $$, button, FakeAdapter, manyCatalog, mount, plain, smallCatalog, smallPreferences } from './helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const shadowFocus = (el: NotificationPrefs) => el.shadowRoot!.activeElement;
const switchNamed = (el: NotificationPrefs, name: string) =>
  $$(el, '[role="checkbox"]').find((b) => plain(b.getAttribute('aria-label') ?? '') === name)!;

/** Where the chevron points, on screen (y down): its two borders make a corner, then it is rotated. */
function pointing(chevron: Element): { x: number; y: number } {
  const style = getComputedStyle(chevron);
  const has = (side: 'Top' | 'Right' | 'Bottom' | 'Left') => parseFloat(style[`border${side}Width`]) > 0;
  const x = Number(has('Right')) - Number(has('Left'));
  const y = Number(has('Bottom')) - Number(has('Top'));
  // `rotate` is computed as "45deg" (or "none"); a transform would come as a matrix, which we do not use.
  const angle = style.rotate === 'none' ? 0 : (parseFloat(style.rotate) * Math.PI) / 180;
  // `+ 0` turns -0 into 0, which deep equality tells apart.
  const round = (n: number) => Math.round(n * 100) / 100 + 0;
  return { x: round(x * Math.cos(angle) - y * Math.sin(angle)), y: round(x * Math.sin(angle) + y * Math.cos(angle)) };
}

/** The small catalog with two critical categories and quiet hours on, so every list shows. */
function listsCatalog(): NotificationCatalog {
  const catalog = smallCatalog();
  for (const category of catalog.categories) {
    if (category.id === 'password' || category.id === 'statements') category.critical = true;
  }
  return catalog;
}
const withQuietHours = () => ({
  ...smallPreferences(),
  quietHours: { enabled: true, start: '22:00', end: '07:00', timeZone: 'Europe/Paris', allowCritical: true },
});

/** Every adapter string of a catalog: section, channel and category texts. */
function adapterTexts(catalog: NotificationCatalog): string[] {
  return [
    ...catalog.sections.flatMap((s) => [s.label, s.description]),
    ...catalog.channels.map((c) => c.label),
    ...catalog.categories.flatMap((c) => [c.label, c.description, c.required?.reason]),
  ].filter((t): t is string => Boolean(t));
}

describe('<notification-prefs> hardening', () => {
  describe('a refused change is told where it was made', () => {
    it('in a long grid the refusal shows on screen, focus stays on the switch, and Retry sends it back', async () => {
      const adapter = new FakeAdapter(manyCatalog(80));
      const el = await mount(adapter, html`<notification-prefs style="inline-size: 760px"></notification-prefs>`);
      const cell = switchNamed(el, 'EMAIL for Category 30');
      cell.scrollIntoView({ block: 'center' });
      adapter.failNext = new AdapterError('unavailable', 'down');
      cell.focus();
      cell.click();
      await el.updateComplete;
      const wanted = cell.getAttribute('aria-checked');
      await waitUntil(() => $(el, '[part="save-error"]'), 'no refusal shown');
      expect(cell.getAttribute('aria-checked'), 'rolled back').to.not.equal(wanted);
      await frame();
      const notice = $(el, '[part="save-error"]').getBoundingClientRect();
      expect(notice.top, 'the refusal is on screen').to.be.at.least(0);
      expect(notice.bottom, 'the refusal is on screen').to.be.at.most(innerHeight);
      const where = cell.getBoundingClientRect();
      expect(where.bottom, 'the switch is still on screen').to.be.at.most(innerHeight);
      expect(where.bottom <= notice.top || where.top >= notice.bottom, 'the refusal does not cover the switch').to.be
        .true;
      expect(shadowFocus(el), 'focus is not taken').to.equal(cell);
      expect(plain($(el, '[part="status"]').textContent!)).to.contain('Your change was not saved');

      // Reachable: the grid is one tab stop, and the refusal comes next.
      await sendKeys({ press: 'Tab' });
      const retry = button(el, 'Retry');
      expect(shadowFocus(el), 'Tab from the grid reaches Retry').to.equal(retry);
      retry.click();
      await waitUntil(() => shadowFocus(el) === cell, 'Retry did not send focus back to the switch');
      await waitUntil(() => !$(el, '[part="save-error"]'));
      expect(cell.getAttribute('aria-checked'), 'saved on Retry').to.equal(wanted);
    });

    it('a conflict met from the Options dialog is shown in the dialog, in front, and its choice sends focus back', async () => {
      const adapter = new FakeAdapter();
      const el = await mount(adapter);
      $$<HTMLButtonElement>(el, 'button.options')[0]!.click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the Options dialog did not open');
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      adapter.changeElsewhere({ frequency: { 'large-transaction': 'weekly' } }, false);
      const select = dialog.querySelector('select')!;
      select.focus();
      select.value = 'daily';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => dialog.querySelector('[part="conflict"]'), 'the conflict was not shown in the dialog');
      expect($$(el, '[part="conflict"]'), 'and not also behind it').to.have.length(1);
      const panel = dialog.querySelector<HTMLElement>('[part="conflict"]')!;
      panel.scrollIntoView({ block: 'nearest' });
      const box = panel.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(panel.contains(hit), 'the conflict is in front').to.be.true;
      expect(shadowFocus(el), 'focus is not taken').to.equal(select);
      await expect(el).to.be.accessible();

      const mine = [...panel.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Use my changes')!;
      mine.focus();
      mine.click();
      await waitUntil(() => shadowFocus(el) === select, 'the choice did not send focus back to the field');
      expect(dialog.open).to.be.true;
    });
  });

  describe('in Arabic', () => {
    before(async () => {
      setupLocalization();
      await setLocale('ar');
    });
    after(async () => {
      await setLocale('en');
    });

    it('section chevrons point down when open and toward the reading direction when closed', async () => {
      const el = await mount(new FakeAdapter());
      // No transition: the computed rotation is the final one at once.
      el.style.setProperty('--prefs-duration-fast', '0s');
      const [account] = $$<HTMLButtonElement>(el, 'button.disclosure');
      account!.click();
      await el.updateComplete;
      const closed = $(el, '[aria-expanded="false"] .chevron');
      const open = $(el, '[aria-expanded="true"] .chevron');
      expect(pointing(open), 'open: down').to.deep.equal({ x: 0, y: 1.41 });
      expect(pointing(closed), 'closed, right to left: to the left').to.deep.equal({ x: -1.41, y: 0 });
    });

    it('isolates every adapter string: <bdi> in markup, FSI…PDI in labels, lists and announcements', async () => {
      const catalog = listsCatalog();
      const adapter = new FakeAdapter(catalog, withQuietHours());
      const el = await mount(adapter);
      const texts = adapterTexts(catalog);
      const root = el.shadowRoot!;
      const status = $(el, '[part="status"]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const bare: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (status.contains(parent) || parent.closest('bdi')) continue;
        const found = texts.find((t) => node.textContent!.includes(t));
        if (found) bare.push(`${found} in <${parent.localName} class="${parent.className}">`);
      }
      expect(bare, 'adapter text outside <bdi>').to.deep.equal([]);

      for (const element of root.querySelectorAll('[aria-label]')) {
        const label = element.getAttribute('aria-label')!;
        for (const t of texts) {
          if (label.includes(t)) expect(label, `aria-label "${label}"`).to.contain(`\u2068${t}\u2069`);
        }
      }
      expect(switchNamed(el, 'Email لـ Large transactions').getAttribute('aria-label')).to.equal(
        '\u2068Email\u2069 لـ \u2068Large transactions\u2069',
      );

      // Lists: each name isolated, so "و" does not glue to an English name.
      const critical = $(el, '#pc-quiet-critical');
      expect([...critical.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal([
        'Statements',
        'Password changed',
      ]);
      const essentials = $(el, '#pc-pause-essentials');
      expect([...essentials.querySelectorAll('bdi')].map((b) => b.textContent)).to.include('New sign-in');
      // The isolated name reads left to right and keeps its full stop at its end.
      const description = $$(el, '[role="rowheader"] .hint bdi')[0]!;
      expect(getComputedStyle(description).direction).to.equal('ltr');
      expect(getComputedStyle(description).unicodeBidi).to.equal('isolate');

      // An announcement with adapter text isolates it too.
      switchNamed(el, 'Email لـ Statements').click();
      await waitUntil(() => status.textContent!.includes('\u2068Statements\u2069'), 'the announcement did not isolate');
    });
  });

  describe('long unbroken strings', () => {
    /** 2,000 characters (the schema's most) without a break. */
    const long = (c: string) => c.repeat(2000).slice(0, 2000);

    /** Every adapter text field 2,000 characters without a break, a channel not ready, two critical categories. */
    function longCatalog(): NotificationCatalog {
      const catalog = listsCatalog();
      catalog.sections.forEach((s, i) => Object.assign(s, { label: long(`S${i}`), description: long('d') }));
      catalog.channels.forEach((c, i) => (c.label = long(`${i}`)));
      for (const category of catalog.categories) {
        category.label = long('L');
        category.description = long('D');
        if (category.required) category.required.reason = long('R');
      }
      return catalog;
    }

    /** Scrolls each row into view (rows off screen are not laid out) and checks nothing sticks out of the widget. */
    async function expectContained(el: NotificationPrefs): Promise<void> {
      const base = $(el, '[part="base"]');
      const { left, right } = base.getBoundingClientRect();
      const out: string[] = [];
      const check = (scope: Element) => {
        for (const node of scope.querySelectorAll('*')) {
          if (node.closest('.sr-only, dialog:not([open]), [hidden]')) continue;
          const box = node.getBoundingClientRect();
          if (box.width && (box.right > right + 1 || box.left < left - 1))
            out.push(`<${node.localName}.${node.className}>`);
        }
      };
      check(base);
      for (const row of $$(el, '[role="row"]')) {
        row.scrollIntoView({ block: 'start' });
        await frame();
        await frame();
        check(row);
      }
      expect([...new Set(out)], 'sticks out').to.deep.equal([]);
      expect(el.scrollWidth, 'the widget does not scroll sideways').to.be.at.most(el.clientWidth + 1);
      expect(document.documentElement.scrollWidth, 'the page does not widen').to.be.at.most(innerWidth + 1);
    }

    for (const width of [760, 360]) {
      it(`stay inside the widget at ${width}px, and the sticky header stays short`, async () => {
        const el = await mount(
          new FakeAdapter(longCatalog(), withQuietHours()),
          html`<notification-prefs style="inline-size: ${width}px"></notification-prefs>`,
        );
        expect($(el, '[part="notice"]'), 'a channel that is not ready has its notice').to.exist;
        await expectContained(el);
        if (width > 560) {
          const head = $(el, '.row.head').getBoundingClientRect();
          expect(head.height, 'the sticky header leaves room for the rows').to.be.below(innerHeight / 3);
        }
        // The dialogs too.
        $$<HTMLButtonElement>(el, 'button.options')[0]!.click();
        await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open);
        const dialog = $<HTMLDialogElement>(el, 'dialog');
        expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth + 1);
        dialog.close();
      });
    }
  });
});
