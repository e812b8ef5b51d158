/**
 * WCAG 2.2 contrast between two colours, for the accent colour check. The colours themselves are
 * measured on the live preview (computed styles of the real widget), not assumed here.
 */
export type Rgb = readonly [number, number, number];

/** WCAG 1.4.3: text needs 4.5:1 against its background. */
export const MIN_TEXT_CONTRAST = 4.5;

/** Reads `#rrggbb`, `#rgb` or a computed `rgb(r, g, b)` / `rgba(r, g, b, a)` (alpha ignored). */
export function parseColour(value: string): Rgb | undefined {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((offset) => Number.parseInt(full.slice(offset, offset + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (rgb === null) return undefined;
  const channels = rgb.slice(1, 4).map(Number);
  return channels.every((channel) => channel >= 0 && channel <= 255) ? (channels as unknown as Rgb) : undefined;
}

function luminance([red, green, blue]: Rgb): number {
  const linear = (channel: number): number => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** The contrast ratio, 1 to 21. */
export function contrastRatio(first: Rgb, second: Rgb): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Ratios are shown with one decimal, rounded down, so 4.49 never reads as 4.5. */
export const formatRatio = (ratio: number): string => `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;

export const toHex = (colour: Rgb): string => `#${colour.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

/**
 * The nearest shade of `colour` (mixed towards black or white, whichever works with less change)
 * that reaches `minimum` against every colour of `against`; undefined if none does.
 */
export function nearestReadableShade(colour: Rgb, against: readonly Rgb[], minimum = MIN_TEXT_CONTRAST): Rgb | undefined {
  const passes = (candidate: Rgb): boolean => against.every((other) => contrastRatio(candidate, other) >= minimum);
  if (passes(colour)) return colour;
  const mix = (towards: number, amount: number): Rgb => colour.map((channel) => Math.round(channel + (towards - channel) * amount)) as unknown as Rgb;
  for (let step = 1; step <= 100; step += 1) {
    for (const towards of [0, 255]) {
      const candidate = mix(towards, step / 100);
      if (passes(candidate)) return candidate;
    }
  }
  return undefined;
}
