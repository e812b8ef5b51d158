/**
 * WCAG 2.2 contrast of the widget's colour pairs, as the browser resolves them on a
 * `<shien-navi>` (its theme's `--shien-navi-*` values, light or dark). Plain DOM, for the
 * theme story's report and its test.
 */

export interface ColourPair {
  /** Where a person sees the pair. */
  readonly where: string;
  /** The private tokens the widget's styles resolve the public properties into. */
  readonly foreground: string;
  readonly background: string;
  /** 4.5 for text (1.4.3), 3 for the outline of a control or the focus ring (1.4.11). */
  readonly minimum: number;
}

export const COLOUR_PAIRS: readonly ColourPair[] = [
  { where: '本文', foreground: '--_text', background: '--_surface', minimum: 4.5 },
  { where: '補足・ラベル', foreground: '--_muted', background: '--_surface', minimum: 4.5 },
  { where: '吹き出し・お知らせ', foreground: '--_text', background: '--_surface-alt', minimum: 4.5 },
  { where: '通称・リンク', foreground: '--_accent-text', background: '--_surface', minimum: 4.5 },
  { where: '見出し・主なボタン・回答', foreground: '--_on-accent', background: '--_accent', minimum: 4.5 },
  { where: '緊急の電話・エラー', foreground: '--_danger', background: '--_surface', minimum: 4.5 },
  { where: '検索で当たった部分', foreground: '--_text', background: '--_mark', minimum: 4.5 },
  { where: 'ボタンの枠', foreground: '--_accent', background: '--_surface', minimum: 3 },
  { where: '入力欄の枠', foreground: '--_muted', background: '--_surface', minimum: 3 },
  { where: 'フォーカスの線', foreground: '--_focus', background: '--_surface', minimum: 3 },
];

export interface Contrast extends ColourPair {
  readonly foregroundColour: string;
  readonly backgroundColour: string;
  /** e.g. 7.2 (for 7.2 : 1), rounded down to one decimal so 4.49 never reads as 4.5. */
  readonly ratio: number;
  readonly enough: boolean;
}

/** `rgb(r, g, b)` of any CSS colour, as the browser computes it; alpha is ignored. */
function toRgb(colour: string, probeParent: Element): [number, number, number] {
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.color = colour;
  probeParent.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const [r = 0, g = 0, b = 0] = (computed.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours (1 to 21). */
export function contrastRatio(foreground: string, background: string, probeParent: Element = document.body): number {
  const [lighter, darker] = [luminance(toRgb(foreground, probeParent)), luminance(toRgb(background, probeParent))].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

/** Every pair of `COLOUR_PAIRS` on this widget. */
export function contrastsOf(widget: Element): Contrast[] {
  const style = getComputedStyle(widget);
  return COLOUR_PAIRS.map((pair) => {
    const foregroundColour = style.getPropertyValue(pair.foreground).trim();
    const backgroundColour = style.getPropertyValue(pair.background).trim();
    const ratio = Math.floor(contrastRatio(foregroundColour, backgroundColour, widget.parentElement ?? document.body) * 10) / 10;
    return { ...pair, foregroundColour, backgroundColour, ratio, enough: ratio >= pair.minimum };
  });
}
