import { readdirSync, readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { minifyMarkup, minifyStyles } from '../../scripts/minify-styles.mjs';

const components = new URL('../../src/components/', import.meta.url);
const styleFiles = readdirSync(components, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.styles.ts'))
  .sort();

/** What a CSS engine reads from `text`: the same for any two texts that mean the same. */
const meaning = (text: string) => transform({ filename: 'widget.css', code: Buffer.from(asSheet(text)), minify: true }).code.toString();

/** A sheet of declarations only (shared.styles.ts's lightTokens, written into a rule elsewhere) is read as a rule's body. */
const asSheet = (text: string) => (text.includes('{') ? text : `:host{${text}}`);

interface CssResultLike {
  readonly cssText: string;
}
const sheets = (module: Record<string, unknown>) =>
  Object.entries(module).filter((entry): entry is [string, CssResultLike] => typeof (entry[1] as Partial<CssResultLike>)?.cssText === 'string');

describe('minifyStyles', () => {
  it('drops comments and layout, keeps quoted strings and html templates as written', async () => {
    const source = `const sheet = css\`
      /* why */
      :host {
        font-family: 'Hiragino Sans', sans-serif;
        content: ' ,  ; ';
      }
      .a/**/.b , .c  .d > .e { margin: 0 auto ; }
    \`;
const h = html\`<p>  a  </p>\`;`;
    expect(await minifyStyles(source, 'a.styles.ts')).toBe(
      "const sheet = css`:host{content:\" ,  ; \";font-family:Hiragino Sans,sans-serif}.a.b,.c .d>.e{margin:0 auto}`;\nconst h = html`<p>  a  </p>`;",
    );
  });

  it('keeps an interpolated fragment apart from the declaration after it', async () => {
    const source = 'const t = css`\n  :host {\n    ${palette}\n    color-scheme: dark;\n  }\n`;';
    const minified = await minifyStyles(source, 'a.styles.ts');
    expect(minified).toMatch(/^const t = css`:host\{\$\{palette\};?color-scheme:dark\}`;$/);
  });

  it('minifies a fragment of declarations alone, as the palettes are', async () => {
    expect(await minifyStyles('css`\n  --_a: red;\n  --_b: var(--x, blue);\n`', 'a.styles.ts')).toBe('css`--_a:red;--_b:var(--x,blue);`');
  });

  it('minifies a template whose expressions hold braces, strings or templates, and keeps them as written', async () => {
    const source = "css`\n  a {\n    color: ${{ warm: 'red' }[tone]};\n    content: ${'}'};\n  }\n  b { margin: ${`${gap}px`}; }\n`";
    const minified = await minifyStyles(source, 'a.styles.ts');
    for (const expression of ["${{ warm: 'red' }[tone]}", "${'}'}", '${`${gap}px`}']) expect(minified).toContain(expression);
    expect(minified).not.toContain('\n');
  });

  // Each file as the browser build reads it (`?minified`: vitest.config.ts applies the same
  // transform), beside the same file as written: every sheet must mean exactly the same.
  it.each(styleFiles)('src/components/%s means the same minified', async (path) => {
    const written = sheets(await import(`../../src/components/${path}`));
    const minified = sheets(await import(`../../src/components/${path}?minified`));
    expect(written.length).toBeGreaterThan(0);
    expect(minified.map(([name]) => name)).toEqual(written.map(([name]) => name));
    for (const [index, [name, sheet]] of written.entries()) {
      const small = minified[index]?.[1].cssText ?? '';
      expect(small.length, name).toBeLessThan(sheet.cssText.length);
      expect(small, name).not.toContain('/*');
      expect(meaning(small), name).toBe(meaning(sheet.cssText));
    }
  });

  it('finds every styles file', () => {
    expect(styleFiles.length).toBeGreaterThanOrEqual(16);
    for (const path of styleFiles) expect(readFileSync(new URL(path, components), 'utf8'), path).toContain('css`');
  });
});

describe('minifyMarkup', () => {
  it('drops comments, layout and needless quotes, keeps one space wherever there was one, and every attribute', async () => {
    const source = `const view = html\`
      <!-- why -->
      <p class="meta">
        \${count} · \${date}
      </p>
      <img alt="" src=\${src} />
      <button type="button" aria-label=\${label} ?disabled=\${off} @click=\${go}>\${text}</button>
    \`;`;
    const minified = await minifyMarkup(source, 'a.ts');
    expect(minified).not.toContain('why');
    expect(minified).not.toContain('\n');
    expect(minified).toContain('<p class=meta> ${count} · ${date} </p>');
    expect(minified).toContain('alt=""');
    expect(minified).toContain('<button type=button aria-label=${label} ?disabled=${off} @click=${go}>${text}</button>');
  });
});
