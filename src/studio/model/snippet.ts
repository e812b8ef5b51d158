import { DEFAULT_SETTINGS, isHttpUrl, isPublishableUrl, type WidgetSettings } from './settings.js';
import { publishedUrl, type DataSource } from './sources.js';

/**
 * The HTML a site owner pastes, built from the settings. The workbench's preview is made from
 * this very text (see the preview element), so what is pasted is what was seen.
 */
export interface SnippetInput {
  readonly settings: WidgetSettings;
  readonly sources: readonly DataSource[];
  /** The edited flow to write inline, or undefined for the bundled one. */
  readonly flow: unknown;
  /** Ids of the flow's top-level categories in its own order (to leave out a `categories` that changes nothing). */
  readonly categoryIds: readonly string[];
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * JSON that can sit inside `<script type="application/json">`: `<` is written `\u003c`, so no
 * `</script>` or `<!--` in a text can end or change the script element. Still the same JSON.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The folder of the widget's files, ending in `/` (a file URL given by mistake counts as its
 * folder). One the form flags (`javascript:`, `//host`, spaces) is never pasted: the default is.
 */
export function scriptFolder(folder: string): string {
  const trimmed = isPublishableUrl(folder) ? folder.trim() : DEFAULT_SETTINGS.scriptFolder;
  if (/\.js$/i.test(trimmed)) return trimmed.slice(0, trimmed.lastIndexOf('/') + 1);
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** The widget's file the snippet loads. */
export function scriptUrl(settings: WidgetSettings): string {
  return `${scriptFolder(settings.scriptFolder)}${settings.variant === 'classic' ? 'shien-navi.iife.js' : 'shien-navi.js'}`;
}

/** The attributes of `<shien-navi>`, in a fixed order, only where they differ from the widget's defaults. */
export function widgetAttributes(input: SnippetInput): [string, string][] {
  const { settings, sources, categoryIds } = input;
  const attributes: [string, string][] = [];
  const add = (name: string, value: string, unless = ''): void => {
    if (value !== unless) attributes.push([name, value]);
  };
  add('src', sources.map(publishedUrl).join(' '));
  add('municipality', settings.municipality);
  const categories = settings.categories.filter((id) => categoryIds.includes(id));
  if (categories.length > 0 && categories.join(' ') !== categoryIds.join(' ')) add('categories', categories.join(' '));
  add('start', settings.start);
  add('lang', settings.lang, 'ja');
  add('mode', settings.mode, 'inline');
  add('scheme', settings.scheme, 'auto');
  add('heading', settings.heading);
  // Flagged in the form while it is not a web page: the widget would not use it, so it is not pasted.
  add('exit-url', isHttpUrl(settings.exitUrl) ? settings.exitUrl.trim() : '');
  add('encoding', settings.encoding);
  return attributes;
}

/**
 * The colour as CSS. One accent cannot read well on both palettes (white text on it in the light
 * one, dark text in the dark one), so when the widget follows the device, the chosen colour is
 * for the light palette and the dark one keeps the widget's own (`initial` makes the property
 * unset, and the widget falls back to its default).
 */
function accentRules(settings: WidgetSettings): string[] {
  const rule = `  shien-navi { --shien-navi-accent: ${settings.accent}; }`;
  if (settings.scheme !== 'auto') return [rule];
  return [rule, '  @media (prefers-color-scheme: dark) {', '    shien-navi { --shien-navi-accent: initial; }', '  }'];
}

/** The whole snippet: the script, the colour (when chosen), the element and the edited flow inside it. */
export function widgetSnippet(input: SnippetInput): string {
  const { settings } = input;
  const lines: string[] = [];
  const src = escapeAttribute(scriptUrl(settings));
  lines.push(settings.variant === 'classic' ? `<script src="${src}" defer></script>` : `<script type="module" src="${src}"></script>`);
  if (settings.accent !== '') lines.push('<style>', ...accentRules(settings), '</style>');
  const attributes = widgetAttributes(input)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  if (input.flow === undefined) {
    lines.push(`<shien-navi${attributes}></shien-navi>`);
  } else {
    lines.push(`<shien-navi${attributes}>`, `  <script type="application/json">${scriptSafeJson(input.flow)}</script>`, '</shien-navi>');
  }
  return `${lines.join('\n')}\n`;
}

/** Attributes dist/embed.html takes from its query (src/engine/embed-params.ts): not `mode` (the iframe is the panel) nor `encoding`. */
const IFRAME_PARAMS: ReadonlySet<string> = new Set(['src', 'municipality', 'categories', 'start', 'lang', 'scheme', 'heading', 'exit-url']);
/** The widget's own panel height (`--shien-navi-max-height`), which the embed page fills. */
export const IFRAME_HEIGHT = 640;

/**
 * The iframe for CMSs whose editors strip `<script>`: dist/embed.html beside the widget's files,
 * with the settings in its query, a title for screen readers and the panel's height. An edited
 * flow cannot travel in a query: the iframe shows the bundled one (the workbench says so).
 */
export function iframeSnippet(input: SnippetInput): string {
  const params = new URLSearchParams(widgetAttributes(input).filter(([name]) => IFRAME_PARAMS.has(name)));
  const query = params.toString();
  const src = `${scriptFolder(input.settings.scriptFolder)}embed.html${query ? `?${query}` : ''}`;
  const title = input.settings.heading.trim() || '支援情報ナビ';
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${IFRAME_HEIGHT}" loading="lazy"></iframe>\n`;
}

/** The edited flow alone, as the inline script a site owner can put inside an existing `<shien-navi>`. */
export function inlineFlowSnippet(flow: unknown): string {
  return `<script type="application/json">${scriptSafeJson(flow)}</script>\n`;
}

/**
 * The snippet's style rules apart from its markup, for the preview: parsing a `<style>` element
 * (even in an inert document) counts as inline style under the workbench's own CSP, so the
 * rules are read as text and applied as constructed style sheets. The snippet is ours: its
 * rules hold a checked colour and never the text `</style>`.
 */
export function splitStyles(snippet: string): { readonly css: readonly string[]; readonly markup: string } {
  const css: string[] = [];
  const markup = snippet.replace(/<style>([\s\S]*?)<\/style>\n?/g, (_match, rules: string) => {
    css.push(rules);
    return '';
  });
  return { css, markup };
}
