/** Languages the widget speaks (the `lang` attribute). */
export const LANGS = ['ja', 'ja-easy', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function toLang(value: string | null | undefined): Lang {
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : 'ja';
}

/** Text written once per language; `ja` is required and the fallback for the others. */
export type LocalizedText = string | ({ readonly ja: string } & { readonly [lang in Exclude<Lang, 'ja'>]?: string });

export function localize(text: LocalizedText, lang: Lang): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text.ja;
}
