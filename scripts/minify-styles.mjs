// The widget's styles and markup are Lit `css` and `html` templates, written to be read:
// comments, one declaration or attribute a line. On a phone every byte of the first file is
// waited for, so the browser build minifies them with Lit's own plugin (lightningcss and
// html-minifier inside), which keeps each `${…}` in place.
import { defaultShouldMinify, minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultMinifyOptions, defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

/** The widget's style modules: one per element, and the shared ones. */
const STYLE_MODULE = /\/src\/components\/.*\.styles\.ts$/;
/** The widget's elements, whose html`…` templates are markup written to be read. */
const ELEMENT_MODULE = /\/src\/components\/.*\.ts$/;

/**
 * Markup keeps one space wherever it had any (conservative collapse): a space between two
 * values (`${count} · ${date}`) or inside text shown with white-space: pre-line is meant. Quotes
 * go where HTML needs none (Lit binds `attr=${value}` as it binds `attr="${value}"`).
 */
const HTML_OPTIONS = { ...defaultMinifyOptions, conservativeCollapse: true, removeAttributeQuotes: true };

/**
 * lightningcss reads a style sheet; a fragment of declarations alone (shared.styles.ts's
 * palettes, written into a rule elsewhere) is not one, so it is minified as a rule's body. It
 * keeps its last `;`, which a rule does not need but `${darkPalette} color-scheme: dark` does.
 */
const strategy = {
  ...defaultStrategy,
  minifyCSS(css, options) {
    if (css.includes('{')) return defaultStrategy.minifyCSS(css, options);
    const rule = defaultStrategy.minifyCSS(`:host{${css}}`, options);
    if (!rule.startsWith(':host{') || !rule.endsWith('}')) throw new Error(`a declaration list did not stay one rule: ${rule}`);
    const declarations = rule.slice(':host{'.length, -1);
    return declarations === '' ? '' : `${declarations};`;
  },
};

/** `code` (a style module) with the static text of each css`…` template minified. */
export async function minifyStyles(code, fileName) {
  const result = await minifyHTMLLiterals(code, { fileName, strategy, shouldMinify: () => false, generateSourceMap: false });
  return result?.code ?? code;
}

/** `code` (an element's module) with the static text of each html`…` (and css`…`) template minified. */
export async function minifyMarkup(code, fileName) {
  const result = await minifyHTMLLiterals(code, { fileName, strategy, minifyOptions: HTML_OPTIONS, shouldMinify: defaultShouldMinify, generateSourceMap: false });
  return result?.code ?? code;
}

/** A Vite plugin: every style module and element of the widget minified, and the build stopped if one cannot be. */
export function minifyStylesPlugin() {
  return {
    name: 'shien-navi-minify-styles',
    enforce: 'pre',
    async transform(code, id) {
      if (STYLE_MODULE.test(id)) return { code: await minifyStyles(code, id), map: null };
      if (ELEMENT_MODULE.test(id)) return { code: await minifyMarkup(code, id), map: null };
      return null;
    },
  };
}
