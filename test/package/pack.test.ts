import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, built, builtJson } from './built.js';

/**
 * What `npm pack` puts in the tarball: everything a site owner or an app developer needs
 * (the browser files with their chunks, the npm entry with types, the manifest and what is
 * generated from it, the checker, the flow schema, README and LICENSE), and nothing else.
 */

const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
) as [{ files: { path: string }[]; size: number; unpackedSize: number }];
const files = packed.files.map((file) => file.path).sort();
const pkg = builtJson<Record<string, unknown>>('package.json');

/** What may be in the package, each with why. */
const ALLOWED: [RegExp, string][] = [
  [/^(package\.json|README\.md|LICENSE)$/, 'npm metadata, the guide and the licence'],
  [/^custom-elements\.json$/, 'the Custom Elements Manifest'],
  [/^dist\/shien-navi(-[a-z]+-[\w-]+)?(\.iife)?\.js$/, 'the browser files: the entry, its lazy chunks, the classic script'],
  [/^dist\/shien-navi(-[a-z]+-[\w-]+)?(\.iife)?\.js\.map$/, 'their source maps, which the files name (DevTools shows the sources behind a CDN)'],
  [/^dist\/integrity\.json$/, 'Subresource Integrity hashes of the browser files'],
  [/^dist\/embed\.(html|css)$/, 'the page for an iframe, for CMSs that strip <script> (dist/embed.html)'],
  [/^dist\/shien-navi-embed\.js(\.map)?$/, 'the script of that page, with its source map'],
  [/^dist\/npm\/.+\.(js|d\.ts)$/, 'the npm entry, compiled, with its types'],
  [/^dist\/types\/(react|vue|svelte|solid)(-elements)?\.d\.ts$/, 'framework typings'],
  [/^dist\/types\/(vscode\.(html|css)-custom-data|web-types)\.json$/, 'editor data (VS Code, JetBrains)'],
  [/^bin\/shien-navi\.js$/, 'the data checker (npx shien-navi check)'],
  [/^schema\/flow\.schema\.json$/, 'the JSON Schema of the flow format'],
];

/** Every file path package.json points at (exports, bin, main, types, editor data). */
function pointedAt(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith('./') || /^[\w-]+\//.test(value) || value.endsWith('.json') ? [value.replace(/^\.\//, '')] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(pointedAt);
  return [];
}

describe('npm pack', () => {
  it('ships only what is allowed, for a reason', () => {
    const unexpected = files.filter((file) => !ALLOWED.some(([pattern]) => pattern.test(file)));
    expect(unexpected).toEqual([]);
  });

  it('leaves out tests, fixtures, stories, demo data, sources and build output of the tools', () => {
    for (const file of files) expect(file).not.toMatch(/^(test|stories|examples|demo|src|scripts|bench|docs|\.storybook|storybook-static|screenshots|node_modules)\/|^dist\/demo\/|\.csv$|\.test\.|\.spec\./);
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('holds every file package.json names (exports, bin, main, types, customElements, web-types)', () => {
    const named = [pkg.exports, pkg.bin, pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types']].flatMap(pointedAt);
    expect(named.length).toBeGreaterThan(15);
    for (const path of new Set(named)) expect(files, `package.json names ${path}`).toContain(path);
  });

  it('holds every chunk the browser entry loads, and nothing it does not', () => {
    const loaded = new Set<string>();
    const queue = ['shien-navi.js'];
    while (queue.length > 0) {
      const file = queue.shift() ?? '';
      if (loaded.has(file)) continue;
      loaded.add(file);
      for (const [, chunk = ''] of built(`dist/${file}`).matchAll(/["'`]\.\/(shien-navi-[\w-]+\.js)["'`]/g)) queue.push(chunk);
      // A worker's file: `new URL('shien-navi-csv-worker-….js', import.meta.url)`.
      for (const [, worker = ''] of built(`dist/${file}`).matchAll(/new URL\(["'`](shien-navi-[\w-]+\.js)["'`],\s*import\.meta\.url\)/g)) queue.push(worker);
    }
    expect(loaded.size).toBeGreaterThanOrEqual(3);
    const browserFiles = files.filter((file) => /^dist\/[^/]+\.js$/.test(file)).map((file) => file.slice('dist/'.length));
    expect(browserFiles.sort()).toEqual([...loaded, 'shien-navi.iife.js', 'shien-navi-embed.js'].sort());
  });

  it('has the Subresource Integrity hash of each browser file as built', async () => {
    const { createHash } = await import('node:crypto');
    const { readFileSync } = await import('node:fs');
    const integrity = builtJson<Record<string, string>>('dist/integrity.json');
    const browserFiles = files.filter((file) => /^dist\/[^/]+\.js$/.test(file));
    expect(Object.keys(integrity).sort()).toEqual(browserFiles.map((file) => file.slice('dist/'.length)).sort());
    for (const file of browserFiles) {
      const hash = createHash('sha384').update(readFileSync(new URL(file, ROOT))).digest('base64');
      expect(integrity[file.slice('dist/'.length)]).toBe(`sha384-${hash}`);
    }
  });

  // What a slow line downloads is the tarball. Unpacked: 3 MB until the 支援員's list, the
  // handout's QR maker and the iframe page (#26, about 250 KB, mostly source maps), then the
  // understanding chunk's lexicon and word forms (#23, about 500 KB with its maps in the module
  // build, the classic script and its map); on 2026-12-07, with the cries' word classes and the 居場所
  // concepts, 1,317 KB packed and 4.24 MB unpacked; with the cry model's weights (about 23 KB in
  // each of the module build, the classic script and the npm build, and in their maps), 1,420 KB
  // packed and 4.47 MB unpacked; with the CSV worker (#29: its file, 17 KB gzip, holds papaparse
  // and the reader again beside the reader chunk, which keeps them for pages that refuse workers;
  // its source map is 51 KB gzip), 1,508 KB packed and 4.75 MB unpacked; with the cries and distress
  // heard in their own words (#23: about 25 KB of word lists in each build and map) and the en and
  // ja-easy painted screens in their messages chunks (#28), 1,580 KB packed and 4.76 MB unpacked; on
  // 2026-12-08, with more of the cries, distress and figures of speech in their own words (#23: about
  // 30 KB more of word lists in each build and map) and the page's reader as a chunk of its own (#29),
  // 1,657 KB packed.
  it('stays small enough to install on a slow line (tarball under 1.75 MB, unpacked under 5 MB)', () => {
    expect(packed.size).toBeLessThan(1_750_000);
    expect(packed.unpackedSize).toBeLessThan(5_000_000);
  });

  it('is the version the README and the examples pin on the CDN, so their snippets load what they describe', () => {
    const pinned = ['README.md', 'examples/html/index.html', 'examples/wordpress/custom-html-block.html', 'stories/shien-navi.stories.ts'].flatMap((file) =>
      [...built(file).matchAll(/cdn\.jsdelivr\.net\/npm\/shien-navi@([^/]+)\//g)].map(([, version]) => `${file}: ${version}`),
    );
    expect(pinned.length).toBeGreaterThanOrEqual(6);
    for (const entry of pinned) expect(entry).toMatch(new RegExp(`: ${String(pkg.version).replaceAll('.', '\\.')}$`));
  });
});
