/** Languages the widget speaks (the `lang` attribute). */
export const LANGS = ['ja', 'ja-easy', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function toLang(value: string | null | undefined): Lang {
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : 'ja';
}

/** Text written once per language; `ja` is required and the fallback for the others. */
export type LocalizedText = string | ({ readonly ja: string } & { readonly [lang in Exclude<Lang, 'ja'>]?: string });

/** Bidi controls and zero-width characters in a flow's text could make it read as something else (the same set data/normalize drops). */
const BIDI_CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

export function localize(text: LocalizedText, lang: Lang): string {
  const value = typeof text === 'string' ? text : (text[lang] ?? text.ja);
  return value.replace(BIDI_CONTROLS, '');
}
