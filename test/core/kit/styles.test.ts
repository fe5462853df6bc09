import { expect, fixture, html } from '@open-wc/testing';
import { baseStyles } from '@prefcenter/core';
import { fieldStyles } from '@prefcenter/core/kit/field-styles';
import { switchStyles } from '@prefcenter/core/kit/switch-styles';
import { LitElement } from 'lit';

/** A button switch, as in a grid, and a native one, as in a form, side by side. */
class SwitchHost extends LitElement {
  static override styles = [baseStyles, ...fieldStyles];
  protected override render() {
    return html`<div class="base">
      <button class="pc-switch" role="switch" aria-checked="true" aria-label="Button on"></button>
      <button class="pc-switch" role="switch" aria-checked="false" aria-label="Button off"></button>
      <label class="pc-check"><input class="pc-switch" type="checkbox" role="switch" checked /> Native on</label>
      <label class="pc-check"><input class="pc-switch" type="checkbox" role="switch" /> Native off</label>
    </div>`;
  }
}
customElements.define('kit-switch-host', SwitchHost);

const drawing = (el: Element, pseudo: '::before' | '::after') => {
  const s = getComputedStyle(el, pseudo);
  return { width: s.width, height: s.height, background: s.backgroundColor, insetEnd: s.insetInlineEnd };
};

describe('kit: field and switch styles', () => {
  it('draws one switch, the same for a button and a native checkbox, on and off', async () => {
    const el = await fixture<SwitchHost>(html`<kit-switch-host></kit-switch-host>`);
    const [buttonOn, buttonOff, nativeOn, nativeOff] = el.shadowRoot!.querySelectorAll('.pc-switch');
    for (const pseudo of ['::before', '::after'] as const) {
      expect(drawing(nativeOn!, pseudo), `on ${pseudo}`).to.deep.equal(drawing(buttonOn!, pseudo));
      expect(drawing(nativeOff!, pseudo), `off ${pseudo}`).to.deep.equal(drawing(buttonOff!, pseudo));
    }
    // On and off differ: the track fills and the knob moves.
    expect(drawing(buttonOn!, '::before').background).to.not.equal(drawing(buttonOff!, '::before').background);
    expect(drawing(buttonOn!, '::after').insetEnd).to.not.equal(drawing(buttonOff!, '::after').insetEnd);
    await expect(el).to.be.accessible();
  });

  it('is its own module, for widgets that want the switch without the fields', () => {
    expect(switchStyles.cssText).to.contain('.pc-switch');
    expect(fieldStyles).to.include(switchStyles);
  });
});
