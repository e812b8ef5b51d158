import { isEncoding, type Encoding } from '../../data/decode.js';
import { LANGS, type Lang } from '../../i18n/lang.js';

/** What a site owner chooses for the widget (job 2, "Set up my widget"); every field has a default. */
export interface WidgetSettings {
  /** Initial municipality filter: a name from the data, or '' for none. */
  readonly municipality: string;
  /** Top-level categories offered, in order; empty means all of the flow's, in its order (no attribute). */
  readonly categories: readonly string[];
  /** Node to open on, or '' for the flow's start. */
  readonly start: string;
  readonly lang: Lang;
  readonly mode: WidgetMode;
  readonly scheme: Scheme;
  /** `#rrggbb`, or '' for the widget's own colour. */
  readonly accent: string;
  /** Title in the header, or '' for the widget's own. */
  readonly heading: string;
  /** The quick exit's page, or '' for the widget's default. */
  readonly exitUrl: string;
  /** Force the CSV's encoding, or '' to detect it. */
  readonly encoding: Encoding | '';
  /** Where the site will publish the widget's files (the folder holding shien-navi.js). */
  readonly scriptFolder: string;
  readonly variant: SnippetVariant;
}

export const WIDGET_MODES = ['inline', 'launcher'] as const;
export type WidgetMode = (typeof WIDGET_MODES)[number];
export const SCHEMES = ['auto', 'light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];
/** `module`: `<script type="module">`; `classic`: one `<script defer>` file, for CMS editors that cannot write type="module". */
export const SNIPPET_VARIANTS = ['module', 'classic'] as const;
export type SnippetVariant = (typeof SNIPPET_VARIANTS)[number];

export const DEFAULT_SETTINGS: WidgetSettings = {
  municipality: '',
  categories: [],
  start: '',
  lang: 'ja',
  mode: 'inline',
  scheme: 'auto',
  accent: '',
  heading: '',
  exitUrl: '',
  encoding: '',
  scriptFolder: '/js/',
  variant: 'module',
};

/** C0 and C1 controls and bidi overrides: never wanted in a one-line field, and unsafe in a snippet. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** A one-line text field as it goes into the snippet: no control characters, trimmed at the ends. */
export function oneLine(text: string, maxLength = 200): string {
  const line = text.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  // Cut on characters, not UTF-16 units, so an emoji at the limit is not left half a pair.
  return line.length <= maxLength ? line : Array.from(line).slice(0, maxLength).join('').trimEnd();
}

export const isHexColour = (value: string): boolean => /^#[0-9a-f]{6}$/i.test(value);

/** A link the widget may open or read: http(s), or a path on the site itself. */
export function isPublishableUrl(value: string): boolean {
  const url = value.trim();
  if (url === '' || /\s/.test(url)) return false;
  if (/^https?:\/\/[^/\s]+/i.test(url)) return true;
  // A path on the same site: /js/, ./data/x.csv, data/x.csv (never a scheme such as javascript:,
  // nor //host or \\host, which browsers read as another site).
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[/\\]{2}/.test(url);
}

/** An absolute http(s) URL: what the quick exit may open (the widget refuses anything else) and a data URL must be. */
export const isHttpUrl = (value: string): boolean => /^https?:\/\/[^/\s]+\S*$/i.test(value.trim());

const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
const text = (value: unknown): string => (typeof value === 'string' ? oneLine(value) : '');

/** Settings read back from storage (or anything else): every field checked, unknown ones dropped. */
export function readSettings(input: unknown): WidgetSettings {
  const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const categories = Array.isArray(value['categories']) ? value['categories'].filter((id): id is string => typeof id === 'string').map((id) => oneLine(id)) : [];
  const accent = text(value['accent']);
  const exitUrl = text(value['exitUrl']);
  const scriptFolder = text(value['scriptFolder']);
  const encoding = value['encoding'];
  return {
    municipality: text(value['municipality']),
    categories: [...new Set(categories.filter((id) => id !== ''))],
    start: text(value['start']),
    lang: pick(value['lang'], LANGS, 'ja'),
    mode: pick(value['mode'], WIDGET_MODES, 'inline'),
    scheme: pick(value['scheme'], SCHEMES, 'auto'),
    accent: isHexColour(accent) ? accent.toLowerCase() : '',
    heading: text(value['heading']),
    exitUrl: isHttpUrl(exitUrl) ? exitUrl : '',
    encoding: typeof encoding === 'string' && isEncoding(encoding) ? encoding : '',
    scriptFolder: isPublishableUrl(scriptFolder) ? scriptFolder : DEFAULT_SETTINGS.scriptFolder,
    variant: pick(value['variant'], SNIPPET_VARIANTS, 'module'),
  };
}
