// The first screen dist/shien-navi.js paints while the widget's code arrives, drawn by the
// widget's own components: `<shien-navi>` rendered on the server (@lit-labs/ssr) from the
// compiled sources in dist/npm, once per language, as declarative shadow DOM. The entry
// (src/boot.ts) inserts it with setHTMLUnsafe and gives each shadow root its element's styles as
// constructed sheets: the markup carries no <style>, so a strict `style-src 'self'` holds.
//
// Rendered as the widget's first frame on a page without data: the notice that data is loading
// is left in, and the entry takes it out where the page has no `src`.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { transform } from 'lightningcss';
import { html } from 'lit';
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Marks the painted screen, for the widget taking it over (components/shell/take-over.ts). */
export const PAINTED = 'data-shien-navi-shell';

// The parts consume the host's context (messages, language) when connected, as in a browser.
// The host itself is not connected: its controllers are browser-only. It needs a shadow root for
// its parts' context requests to reach it.
LitElementRenderer.renderOptions.push((element) => {
  if (element.localName !== 'shien-navi') return { connectedCallback: true };
  if (!element.shadowRoot) element.attachShadow({ mode: 'open' });
  return undefined;
});

const minify = (css) => transform({ filename: 'first-screen.css', code: Buffer.from(css), minify: true }).code.toString();

/** Markup the browser would build the same screen from, without what only hydration reads. */
function tidy(markup) {
  return (
    markup
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->|<\?[^>]*>/g, '')
      // Each tag on one line, without hydration's attributes, and without quotes where HTML needs none.
      .replace(/<[a-z][^>]*>/g, (tag) =>
        tag
          .replace(/\s+/g, ' ')
          .replace(/ shadowroot="open"| defer-hydration/g, '')
          .replace(/ \/?>$/, '>')
          // A class list's spaces at its ends, an input's empty value (its own) and a button's
          // type where no form is (the painted screen has none) say nothing.
          .replace(/(<button[^>]*) type="button"/, '$1')
          .replace(/ class="\s*([^"]*?)\s*"/g, ' class="$1"')
          .replace(/(<input[^>]*) value=""/, '$1')
          .replace(/ exportparts="[^"]*"/g, (parts) => parts.replace(/, /g, ','))
          .replace(/="([\w-]+)"/g, '=$1'),
      )
      // An empty live region says nothing before the widget's code, whose own takes its place.
      .replace(/<div [^>]*aria-live[^>]*><\/div>/g, '')
      // The templates' indentation between tags; text keeps its own line breaks.
      .replace(/>\s*\n\s*</g, '><')
  );
}

/**
 * The first screen in each language, with the style sheets of the elements in it: `html` is the
 * content of `<shien-navi>`'s shadow root; `failed` what takes the answers' place if the widget's code
 * cannot be loaded; `sheets` each distinct style sheet once, minified;
 * `roots` which sheets each element's shadow root adopts, in order.
 */
export async function renderFirstScreen(npm = new URL('../dist/npm/', import.meta.url)) {
  const load = (path) => import(new URL(path, npm).href);
  await load('define.js');
  const [{ MESSAGES }, { LANGS }, { GENERAL_CRISIS_LINES }, { rubyText }] = await Promise.all(
    ['i18n/messages.js', 'i18n/lang.js', 'flows/crisis-lines.js', 'components/ruby-text.js'].map(load),
  );
  const screens = {};
  const failed = {};
  const tags = new Set();
  for (const lang of LANGS) {
    // The host's context as its first update gives it, with the language's messages already here.
    const navi = { lang, messages: MESSAGES[lang], announce: () => undefined };
    const markup = collectResultSync(render(html`<shien-navi lang=${lang} .navi=${navi}></shien-navi>`));
    const inner = /^\s*<shien-navi[^>]*><template[^>]*>([\s\S]*)<\/template><\/shien-navi>\s*$/.exec(tidy(markup))?.[1];
    if (!inner) throw new Error(`the first screen (${lang}) did not render as one <shien-navi>`);
    for (const [, tag] of markup.matchAll(/<(shien-navi[\w-]*)/g)) tags.add(tag);
    screens[lang] = inner.replace(/^<section part=panel/, `<section ${PAINTED} part=panel`);
    if (screens[lang] === inner) throw new Error('the first screen has no panel to mark');
    // If the widget's code cannot be loaded: said in place of the answers, with the crisis lines.
    const failure = html`<p class="notice error" role="status">${rubyText(MESSAGES[lang].loadFailed)}</p>
      <shien-navi-crisis-lines .navi=${navi} .lines=${GENERAL_CRISIS_LINES}></shien-navi-crisis-lines>`;
    const failedMarkup = collectResultSync(render(failure));
    for (const [, tag] of failedMarkup.matchAll(/<(shien-navi[\w-]*)/g)) tags.add(tag);
    failed[lang] = tidy(failedMarkup);
  }
  const stylesDir = new URL('components/', npm);
  const files = readdirSync(stylesDir, { recursive: true }).filter((file) => file.endsWith('.styles.js'));
  const styleModules = await Promise.all(files.sort().map(async (file) => [`components/${file.replace(/\.js$/, '')}`, await load(`components/${file}`)]));
  // Rules for what the first screen does not show (a launcher's close button, a search's
  // results, printing) are written apart, as `…LaterStyles`: the widget's code brings them.
  const later = new Set(styleModules.flatMap(([, module]) => Object.entries(module).filter(([name]) => name.endsWith('LaterStyles')).map(([, style]) => style)));
  const sheets = [];
  const roots = {};
  /** Each style (a Lit CSSResult) of the elements drawn, and its place in `sheets`. */
  const places = new Map();
  for (const tag of [...tags].sort()) {
    const painted = globalThis.customElements.get(tag).elementStyles.filter((style) => !later.has(style));
    roots[tag] = painted.map((style) => {
      const css = minify(style.cssText);
      if (!sheets.includes(css)) sheets.push(css);
      places.set(style, sheets.indexOf(css));
      return sheets.indexOf(css);
    });
  }
  // Where each of those styles is written: the app chunk takes them from the entry (see
  // build-browser.mjs), so that their text is shipped once.
  const exports = {};
  for (const [path, module] of styleModules) {
    for (const [name, value] of Object.entries(module)) {
      if (places.has(value)) (exports[path] ??= {})[name] = places.get(value);
    }
  }
  // A part's attributes that set its properties do nothing before its code arrives, and by then
  // the painted screen is gone (take-over.ts): only those its painted styles select on stay.
  const inert = (markup) =>
    markup.replace(/<(shien-navi-[\w-]+)([^>]*)>/g, (_tag, tag, attributes) => {
      const observed = new Set(globalThis.customElements.get(tag).observedAttributes);
      const styled = (roots[tag] ?? []).map((index) => sheets[index]).join('');
      const kept = attributes.replace(/ ([\w-]+)(=("[^"]*"|[^\s"]*))?/g, (attribute, name) => (observed.has(name) && !styled.includes(`[${name}`) ? '' : attribute));
      return `<${tag}${kept}>`;
    });
  for (const lang of LANGS) {
    screens[lang] = inert(screens[lang]);
    failed[lang] = inert(failed[lang]);
  }
  return { html: screens, failed, sheets, roots, exports };
}

// Run on its own (`node scripts/first-screen.mjs`), it prints the screens as JSON: the build runs
// it apart, so the DOM shim it installs stays out of the bundler's process.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(JSON.stringify(await renderFirstScreen()));
