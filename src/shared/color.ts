/**
 * Colour maths for brand colours from the feed. The feed chooses the brand colour; the kit chooses the text
 * on it, by measured WCAG contrast, so a pale brand never produces unreadable buttons.
 */

const HEX = /^#[0-9a-f]{6}$/i;

/** True for `#rrggbb`, the only colour syntax the kit ever applies. */
export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value);
}

function channel(hex: string, index: number): number {
  const value = parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000';
}

/**
 * `brand` when it reaches `minimum` contrast on `surface` (links, accents), else `fallback` — a brand colour
 * that is too pale on white or too dark on a dark theme is replaced, not trusted.
 */
export function accentOn(brand: string, surface: string, fallback: string, minimum = 4.5): string {
  return contrastRatio(brand, surface) >= minimum ? brand : fallback;
}
