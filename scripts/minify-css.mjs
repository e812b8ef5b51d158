// The widget's styles are Lit `css` templates, written to be read: comments, one declaration a
// line. The browser files carry them as written unless the build takes the layout out, and on a
// phone every byte of the first file is waited for. Only comments and whitespace go: quoted
// strings stay as written, and nothing is reordered or rewritten (a CSS minifier drops the last
// `;` of a block, which breaks a fragment such as `${darkPalette} color-scheme: dark`).

const TOKENS = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\/\*[\s\S]*?\*\/|(\s+)|([^"'/\s]+|\/)/g;

/** CSS text without comments and with no more whitespace than its meaning needs. */
export function minifyCss(text) {
  const tokens = [];
  for (const [token, quoted, space] of text.matchAll(TOKENS)) {
    // A comment is nothing (`.a/**/.b` is `.a.b`); whitespace around it still separates.
    if (token.startsWith('/*')) continue;
    if (quoted !== undefined) tokens.push(quoted);
    else if (space !== undefined) {
      if (tokens.at(-1) !== ' ') tokens.push(' ');
    } else tokens.push(token);
  }
  // One space where there was layout; none beside braces and semicolons, after a colon, beside
  // the commas of a list of selectors or values, nor at the ends. Inside parentheses a comma keeps
  // its space: in var(--x, a, b) the fallback is kept as written, space and all.
  let depth = 0;
  const needed = (token, at) => {
    if (token !== ' ') {
      if (!/^['"]/.test(token)) for (const char of token) depth += char === '(' ? 1 : char === ')' ? -1 : 0;
      return true;
    }
    const before = tokens[at - 1] ?? ';';
    const after = tokens[at + 1] ?? ';';
    const separators = depth > 0 ? /[{};:]$/ : /[{};:,]$/;
    return !(separators.test(before) || /^[{};]/.test(after) || (depth === 0 && after.startsWith(',')));
  };
  return tokens.filter(needed).join('');
}

/**
 * `source` (a module) with the static text of each css`…` template minified; the `${…}` in them
 * are kept as written (braces, strings and templates of their own included), with a space on
 * each side where there was whitespace.
 */
export function minifyCssLiterals(source) {
  let out = '';
  let from = 0;
  for (const start of source.matchAll(/\bcss`/g)) {
    const open = start.index + start[0].length;
    if (open <= from) continue;
    const parts = templateParts(source, open);
    if (!parts) continue;
    out += source.slice(from, open);
    out += parts.map((part) => (part.expression ? part.text : edges(part.text, minifyCss(part.text)))).join('');
    from = parts.end;
  }
  return out + source.slice(from);
}

/** The template literal's pieces from just after its opening backtick to its closing one (included). */
function templateParts(source, open) {
  const parts = [];
  let at = open;
  let text = '';
  while (at < source.length) {
    const char = source[at];
    if (char === '\\') {
      text += source.slice(at, at + 2);
      at += 2;
    } else if (char === '`') {
      parts.push({ text, expression: false }, { text: '`', expression: true });
      parts.end = at + 1;
      return parts;
    } else if (char === '$' && source[at + 1] === '{') {
      const end = expressionEnd(source, at + 2);
      if (end === undefined) return undefined;
      parts.push({ text, expression: false }, { text: source.slice(at, end), expression: true });
      text = '';
      at = end;
    } else {
      text += char;
      at += 1;
    }
  }
  return undefined;
}

/**
 * Where the `${…}` whose body starts at `from` ends (just after its `}`): braces are counted, and
 * quoted strings and nested templates skipped, so `${{ a: 1 }.a}` or `${`x${y}`}` end where the
 * code says. Undefined when the source ends first.
 */
function expressionEnd(source, from) {
  let depth = 1;
  let at = from;
  while (at < source.length) {
    const char = source[at];
    if (char === '"' || char === "'") at = quotedEnd(source, at);
    else if (char === '`') {
      const nested = templateParts(source, at + 1);
      if (!nested) return undefined;
      at = nested.end;
    } else {
      if (char === '{') depth += 1;
      else if (char === '}' && --depth === 0) return at + 1;
      at += 1;
    }
  }
  return undefined;
}

/** Just after the string literal opening at `open`. */
function quotedEnd(source, open) {
  let at = open + 1;
  while (at < source.length && source[at] !== source[open]) at += source[at] === '\\' ? 2 : 1;
  return at + 1;
}

/** `minified` with the whitespace at the edges of `text` kept as one space, so `${a} b` stays two tokens. */
function edges(text, minified) {
  const body = minified.trim();
  if (body === '') return /\s/.test(text) ? ' ' : '';
  return `${/^\s/.test(text) ? ' ' : ''}${body}${/\s$/.test(text) ? ' ' : ''}`;
}

/** A Vite plugin: the minified templates in every `*.styles.ts` of the widget. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'shien-navi-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/components\/.*\.styles\.ts$/.test(id)) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
