import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../packages/elements/src/theme-picker/define.js';
import type { ThemePicker } from '../../../packages/elements/src/theme-picker/index.js';
import { FakeThemeAdapter, announced, ready, shadow, token } from './helpers.js';
import { waitUntil } from '../../shared/wait.js';

/** What has focus inside the picker: the focused radio's group and value, or the control's part. */
function focused(el: ThemePicker): string {
  const active = shadow(el).activeElement as HTMLInputElement | null;
  if (!active) return 'nothing';
  if (active.type === 'radio') return `${active.name}:${active.value}`;
  return active.getAttribute('part') ?? active.tagName.toLowerCase();
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

describe('<theme-picker> by keyboard alone', () => {
  let el: ThemePicker;
  let target: HTMLElement;
  let adapter: FakeThemeAdapter;

  beforeEach(async () => {
    adapter = new FakeThemeAdapter();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">Before</button>
        <theme-picker .adapter=${adapter} storage-key=""></theme-picker>
      </div>`,
    );
    el = wrapper.querySelector('theme-picker')!;
    el.target = wrapper;
    target = wrapper;
    await ready(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  });

  it('has one tab stop per group, and arrow keys move and select within it', async () => {
    await press('Tab');
    expect(focused(el)).to.equal('scheme:light');
    await press('ArrowRight');
    await el.updateComplete;
    expect(focused(el)).to.equal('scheme:dark');
    expect(target.dataset['prefsScheme']).to.equal('dark');
    await announced(el, 'Dark theme applied');
    await press('ArrowLeft');
    await el.updateComplete;
    expect(focused(el)).to.equal('scheme:light');
    expect(target.dataset['prefsScheme']).to.equal('light');

    await press('Tab');
    expect(focused(el), 'Tab leaves the group').to.equal('accent:harbour');
    await press('ArrowDown');
    await el.updateComplete;
    expect(focused(el)).to.equal('accent:gold');
    expect(token(target, 'color-accent')).not.to.equal('#0b5cad');
  });

  it('Home and End pick the first and last choice of a group', async () => {
    await press('Tab');
    await press('Tab');
    expect(focused(el)).to.equal('accent:harbour');
    await press('End');
    await el.updateComplete;
    expect(focused(el)).to.equal('accent:forest');
    expect(token(target, 'color-accent')).to.equal('#1e6b34');
    await press('Home');
    await el.updateComplete;
    expect(focused(el)).to.equal('accent:harbour');
    expect(token(target, 'color-accent')).to.equal('#0b5cad');
  });

  it('sets the text size with arrow keys, Home and End, and announces the percentage', async () => {
    await press('Tab');
    await press('Tab');
    await press('Tab');
    expect(focused(el)).to.equal('text-size');
    await press('ArrowRight');
    await el.updateComplete;
    expect(token(target, 'text-scale')).to.equal('1.125');
    await announced(el, 'Text size 112.5% applied');
    await press('End');
    await el.updateComplete;
    expect(token(target, 'text-scale')).to.equal('1.5');
    await announced(el, 'Text size 150% applied');
    await press('Home');
    await el.updateComplete;
    expect(token(target, 'text-scale')).to.equal('0.875');
    const range = shadow(el).querySelector('input[type="range"]')!;
    expect(range.getAttribute('aria-valuetext')).to.equal('87.5%');
  });

  it('reaches every group and Reset to defaults, and resets with Enter', async () => {
    const stops: string[] = [];
    for (let i = 0; i < 7; i++) {
      await press('Tab');
      stops.push(focused(el));
    }
    expect(stops).to.deep.equal([
      'scheme:light',
      'accent:harbour',
      'text-size',
      'contrast:standard',
      'motion:full',
      'density:comfortable',
      'reset-button',
    ]);
    await press('Enter');
    await waitUntil(() => target.dataset['prefsDensity'] === 'comfortable' && adapter.saves.length === 1);
    expect(adapter.saves[0]!.patch).to.include({ scheme: 'system', contrast: 'system', motion: 'system' });
  });
});
