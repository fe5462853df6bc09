/**
 * WCAG 2.x contrast, for deciding whether an institution's accent colour is legible on
 * the background of a scheme, and for nudging it until it is.
 * https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
 */
export type Rgb = readonly [number, number, number];

/** `#rgb` or `#rrggbb` to 0–255 channels. Anything else is black, so a bad value fails the contrast check loudly. */
export function parseHex(hex: string): Rgb {
  let h = hex.replace(/^#/, '');
  if (h.length === 3) h = h.replace(/./g, (c) => c + c);
  const n = /^[0-9a-f]{6}$/i.test(h) ? parseInt(h, 16) : 0;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex(rgb: Rgb): string {
  return (
    '#' +
    rgb
      .map((c) =>
        Math.round(Math.min(255, Math.max(0, c)))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseHex(color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever reads better on `background` (always at least 4.58:1). */
export function readableOn(background: string): string {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

function mix(color: Rgb, toward: Rgb, amount: number): Rgb {
  return color.map((c, i) => c + (toward[i]! - c) * amount) as unknown as Rgb;
}

/**
 * `color` itself when it already has `minRatio` against `background`; otherwise the
 * least darkened (on a light background) or lightened (on a dark one) version of it
 * that does, so the hue the institution chose survives.
 */
export function ensureContrast(color: string, background: string, minRatio = 4.5): string {
  const normalized = toHex(parseHex(color));
  if (contrastRatio(normalized, background) >= minRatio) return normalized;
  const toward: Rgb = relativeLuminance(background) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  const start = parseHex(color);
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    if (contrastRatio(toHex(mix(start, toward, mid)), background) >= minRatio) hi = mid;
    else lo = mid;
  }
  return toHex(mix(start, toward, hi));
}
