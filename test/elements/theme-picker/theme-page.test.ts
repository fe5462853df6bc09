// The theme picker on a settings page with another widget: one adapter through
// <prefs-provider>, the theme painted onto a page section, and <notification-prefs> inside
// that section following each choice through the --prefs-* tokens, with no wiring of its own.
import { expect, fixture, html } from '@open-wc/testing';
import { createLocalAdapter } from '@prefcenter/adapter-local';
import { darkColors, highContrastDarkColors, lightColors } from '@prefcenter/core';
import '../../../packages/core/src/provider/define.js';
import '../../../packages/elements/src/notification-prefs/define.js';
import '../../../packages/elements/src/theme-picker/define.js';
import type { NotificationPrefs } from '../../../packages/elements/src/notification-prefs/index.js';
import type { ThemePicker } from '../../../packages/elements/src/theme-picker/index.js';
import { radio, ready } from './helpers.js';
import { waitUntil } from '../../shared/wait.js';

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

async function settingsPage() {
  const page = await fixture<HTMLElement>(html`
    <prefs-provider .adapter=${createLocalAdapter({ storage: 'memory' })}>
      <section id="settings">
        <theme-picker target="#settings" storage-key=""></theme-picker>
        <notification-prefs></notification-prefs>
      </section>
    </prefs-provider>
  `);
  const picker = page.querySelector<ThemePicker>('theme-picker')!;
  const prefs = page.querySelector<NotificationPrefs>('notification-prefs')!;
  await ready(picker);
  await waitUntil(() => prefs.shadowRoot!.querySelector('[role="grid"]'), 'notification-prefs never loaded');
  return { picker, prefs, section: page.querySelector<HTMLElement>('#settings')! };
}

/** What the customer sees of a widget: its surface and its text, as painted. */
function painted(widget: HTMLElement) {
  const base = widget.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
  const style = getComputedStyle(base);
  return { background: style.backgroundColor, text: style.color, scheme: getComputedStyle(widget).colorScheme };
}

describe('<theme-picker> with another widget on the page', () => {
  it('every widget in the target follows the chosen scheme and contrast at once', async () => {
    const { picker, prefs, section } = await settingsPage();
    expect(section.dataset['prefsScheme']).to.equal('light');
    expect(painted(prefs).background).to.equal(rgb(lightColors['color-bg']!));

    radio(picker, 'scheme', 'dark').click();
    await picker.updateComplete;
    expect(painted(prefs)).to.deep.equal({
      background: rgb(darkColors['color-bg']!),
      text: rgb(darkColors['color-text']!),
      scheme: 'dark',
    });

    radio(picker, 'contrast', 'more').click();
    await picker.updateComplete;
    expect(painted(prefs).background).to.equal(rgb(highContrastDarkColors['color-bg']!));
    expect(painted(prefs).text).to.equal(rgb(highContrastDarkColors['color-text']!));

    // A widget outside the target keeps its own defaults.
    const outside = document.createElement('notification-prefs');
    outside.adapter = createLocalAdapter({ storage: 'memory' });
    document.body.append(outside);
    try {
      await outside.updateComplete;
      expect(getComputedStyle(outside).backgroundColor).not.to.equal(rgb(highContrastDarkColors['color-bg']!));
    } finally {
      outside.remove();
    }
  });

  it('the other widget follows the text size and density as well', async () => {
    const { picker, prefs } = await settingsPage();
    const base = prefs.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    const size = () => parseFloat(getComputedStyle(base).fontSize);
    const before = size();
    const slider = picker.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.value = String(Number(slider.max));
    slider.dispatchEvent(new Event('input'));
    slider.dispatchEvent(new Event('change'));
    await picker.updateComplete;
    expect(size()).to.be.closeTo(before * 1.5, 0.5);

    // Density scales every space token: the widget's own layout gap is three quarters of it.
    const gap = () => parseFloat(getComputedStyle(base).rowGap);
    const comfortable = gap();
    expect(comfortable).to.be.greaterThan(0);
    radio(picker, 'density', 'compact').click();
    await picker.updateComplete;
    expect(gap()).to.be.closeTo(comfortable * 0.75, 0.5);
  });
});
