import { LANGS } from '../i18n/lang.js';

/**
 * The query of dist/embed.html (`?src=…&municipality=…&lang=…`) read into `<shien-navi>`
 * attributes, for sites whose editors allow an iframe but no script. Strict on purpose: a value
 * that is not what its attribute takes refuses the whole page (with a notice), rather than
 * showing a widget other than the one the site meant.
 */

/** Query parameters the page passes on, each to the attribute of the same name. */
export const EMBED_PARAMS = ['src', 'flow', 'municipality', 'lang', 'categories', 'start', 'view', 'heading', 'scheme', 'exit-url'] as const;
export type EmbedParam = (typeof EMBED_PARAMS)[number];

/** Longer than any sensible value (several CSV URLs together): a longer one is refused. */
export const MAX_VALUE_LENGTH = 2000;

/** Markup characters and control characters (C0, DEL, C1, bidi overrides) never belong in a setting. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSAFE = /[<>"`\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const ID_LIST = /^[\w-]+(?: [\w-]+)*$/;
const ID = /^[\w-]+$/;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** An http(s) URL, or a relative one (resolved against `base`, which must then be http(s) too). */
function isWebUrl(value: string, base: string): boolean {
  if (SCHEME.test(value) && !/^https?:/i.test(value)) return false;
  try {
    return /^https?:$/.test(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

const CHECKS: Readonly<Record<EmbedParam, (value: string, base: string) => boolean>> = {
  src: (value, base) => value.split(' ').every((url) => url !== '' && isWebUrl(url, base)),
  flow: isWebUrl,
  'exit-url': (value, base) => SCHEME.test(value) && isWebUrl(value, base),
  municipality: () => true,
  heading: () => true,
  lang: (value) => (LANGS as readonly string[]).includes(value),
  categories: (value) => ID_LIST.test(value),
  start: (value) => ID.test(value),
  view: (value) => value === 'conversation' || value === 'list',
  scheme: (value) => value === 'auto' || value === 'light' || value === 'dark',
};

export type EmbedSettings =
  | { readonly ok: true; readonly attributes: readonly (readonly [EmbedParam, string])[] }
  | { readonly ok: false; readonly refused: readonly EmbedParam[] };

/**
 * The attributes for `<shien-navi>` from `search` (a URL's `?…`), or the parameters refused:
 * `src`, `flow` and `exit-url` that are not http(s) or relative (javascript:, data:, …), values
 * with markup or control characters, values over MAX_VALUE_LENGTH, and values an attribute does
 * not take (`lang=fr`). Parameters it does not know are left alone; a repeated one is refused.
 */
export function readEmbedParams(search: string, base: string): EmbedSettings {
  const params = new URLSearchParams(search);
  const attributes: [EmbedParam, string][] = [];
  const refused: EmbedParam[] = [];
  for (const name of EMBED_PARAMS) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    const value = (values[0] ?? '').trim().replace(/\s+/g, ' ');
    const fine = values.length === 1 && value.length <= MAX_VALUE_LENGTH && !UNSAFE.test(values[0] ?? '') && (value === '' || CHECKS[name](value, base));
    if (!fine) refused.push(name);
    else if (value !== '') attributes.push([name, value]);
  }
  return refused.length > 0 ? { ok: false, refused } : { ok: true, attributes };
}
