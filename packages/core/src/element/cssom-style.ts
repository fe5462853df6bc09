import { isServer, noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names (`background-color`, `--pc-color-bg`), as strings. */
export type CssomStyles = Readonly<Record<string, string>>;

/**
 * Like Lit's `styleMap`, but always through the CSSOM (`style.setProperty`), never by
 * writing the `style` attribute. `styleMap` writes the attribute as a string on first
 * render, which a Content-Security-Policy without `'unsafe-inline'` for styles blocks
 * (`style-src-attr`); the CSSOM is not inline markup and is allowed.
 */
class CssomStyleDirective extends Directive {
  private applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('cssomStyle must be the only part of a `style` attribute.');
    }
  }

  /**
   * Only the server renders: there is no CSSOM there, so the styles go into the markup
   * (a page with a strict style CSP loses them until hydration sets them again).
   */
  render(styles: CssomStyles): string | typeof noChange {
    if (!isServer) return noChange;
    return Object.entries(styles)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [styles]: [CssomStyles]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied) {
      if (!(name in styles)) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
      this.applied.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
