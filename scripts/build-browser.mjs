// The browser files of DESIGN.md's contract, built with Vite (Rolldown) in three passes:
//
//   dist/shien-navi-app-[hash].js  the widget: registers every element (Lit inside), with its own
//                                  lazy chunks beside it (the CSV reader, the search, fuse.js), which
//                                  import what they share with it from it
//   dist/shien-navi.js             what a site links to: a few KB that ask for the app chunk at once
//                                  and paint the first question while it arrives (src/boot.ts); it
//                                  shares no module with the chunks, so it is the one file fetched
//                                  before the first question, whatever `?ver=` the page puts on it
//   dist/shien-navi.iife.js        the classic script: everything in one file, nothing lazy
//   dist/shien-navi-embed.js       the script of dist/embed.html (the page for an iframe)
//   dist/shien-navi-csv-worker-[hash].js
//                                  the CSV worker (src/data/csv-worker.ts), started by the CSV
//                                  reader's chunk beside it; the classic script starts none
//
// The first screen the entry paints is the widget's own components rendered on the server from
// dist/npm (compiled by tsc before this runs: scripts/first-screen.mjs), so it is what the widget
// shows. In every pass the
// styles lose their comments and layout (scripts/minify-styles.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'vite';
import { minifyStylesPlugin } from './minify-styles.mjs';

const root = new URL('..', import.meta.url).pathname;
const src = (path) => resolve(root, 'src', path);

/** Options every pass shares: sources as they are, minified output with source maps, next to each other in dist/. */
const common = { configFile: false, root, logLevel: 'warn', publicDir: false, base: './', plugins: [minifyStylesPlugin()] };
// A lazy chunk's own imports are preloaded beside it: `base: './'` resolves them from the chunk's
// URL, not from the site's root (the files may be on a CDN, in any folder).
const output = { outDir: 'dist', emptyOutDir: false, target: 'es2022', sourcemap: true, modulePreload: { polyfill: false } };

/** Where `source` (a module's code) writes `export const name = css\`…\``: the template's start and end, or undefined. */
function cssTemplate(source, name) {
  const start = source.search(new RegExp(`export const ${name} = css\``));
  if (start < 0) return undefined;
  const open = source.indexOf('`', start);
  let depth = 0;
  for (let at = open + 1; at < source.length; at += 1) {
    if (source.startsWith('${', at)) {
      depth += 1;
      at += 1;
    } else if (depth > 0 && source[at] === '}') depth -= 1;
    else if (depth === 0 && source[at] === '`') return { from: source.indexOf('css`', start), to: at + 1 };
  }
  throw new Error(`the css\`…\` of ${name} does not end`);
}

/**
 * The app chunk is loaded only by dist/shien-navi.js, which carries the styles of the first
 * screen's elements to paint it: the app chunk takes those from it (a global the entry sets,
 * named after their content) instead of shipping their text again. The classic script and the
 * npm files keep their own.
 */
function stylesFromEntryPlugin(screens, key) {
  return {
    name: 'shien-navi-styles-from-entry',
    enforce: 'pre',
    transform(code, id) {
      const module = /\/src\/(components\/.*\.styles)\.ts$/.exec(id)?.[1];
      const names = module ? screens.exports[module] : undefined;
      if (!names) return null;
      let out = code;
      for (const [name, index] of Object.entries(names)) {
        const template = cssTemplate(out, name);
        if (!template) throw new Error(`${module} has no css\`…\` export ${name}`);
        out = `${out.slice(0, template.from)}unsafeCSS(globalThis[${JSON.stringify(key)}][${index}])${out.slice(template.to)}`;
      }
      return { code: `import { unsafeCSS } from 'lit';\n${out}`, map: null };
    },
  };
}

/**
 * A widget in another language than ja waits for its messages chunk before it can speak: its
 * painted first screen travels in that chunk, as `paintedScreen` beside the messages, and the
 * entry imports the chunk to paint it (src/boot.ts). So the entry, which every page fetches
 * first, carries only ja's screen. The classic script and the npm files have no painted screen.
 */
function paintedScreenWithMessagesPlugin(screens) {
  return {
    name: 'shien-navi-painted-screen-with-messages',
    enforce: 'pre',
    transform(code, id) {
      const lang = /\/src\/i18n\/messages-(ja-easy|en)\.ts$/.exec(id)?.[1];
      if (!lang) return null;
      return { code: `${code}\nexport const paintedScreen = ${JSON.stringify(screens.html[lang])};\n`, map: null };
    },
  };
}

/**
 * The classic script is one file: it reads the CSV on the page, with no worker file to start, nor
 * one to take from a module copy's entry on the same page.
 */
function noCsvWorker() {
  const none = {
    '/src/data/csv-worker-start.ts': 'export const startCsvWorker = () => undefined;',
    '/src/data/early-worker.ts': 'export const startEarlyCsvWorker = () => undefined; export const adoptEarlyCsvWorker = () => undefined;',
  };
  return {
    name: 'shien-navi-no-csv-worker',
    enforce: 'pre',
    load: (id) => Object.entries(none).find(([path]) => id.endsWith(path))?.[1] ?? null,
  };
}

export async function buildBrowserFiles() {
  const firstScreen = execFileSync('node', [resolve(root, 'scripts/first-screen.mjs')], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const screens = JSON.parse(firstScreen);
  const sheetsKey = `__shienNaviSheets${createHash('sha256').update(JSON.stringify(screens.sheets)).digest('hex').slice(0, 12)}`;
  const app = await build({
    ...common,
    plugins: [stylesFromEntryPlugin(screens, sheetsKey), paintedScreenWithMessagesPlugin(screens), ...common.plugins],
    // One file with no import of its own: it runs as a module worker, and as a classic one where `type: 'module'` is not known.
    worker: { format: 'es', rolldownOptions: { output: { entryFileNames: 'shien-navi-[name]-[hash].js', minify: true } } },
    build: {
      ...output,
      rolldownOptions: {
        // The messages of the other languages are entries too, though only the app chunk and the
        // entry import them: so their every export stays (the app chunk reads only the messages,
        // and an unused export of a lazy chunk is dropped), their painted screen with them.
        input: { app: src('bundle.ts'), 'messages-ja-easy': src('i18n/messages-ja-easy.ts'), 'messages-en': src('i18n/messages-en.ts') },
        // Code the lazy chunks share with the widget stays in the app chunk, which they import:
        // one file, not a second one found only once the first is parsed (a round trip on a phone).
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'es',
          minify: true,
          entryFileNames: 'shien-navi-[name]-[hash].js',
          chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'shien-navi-[name]-[hash].js' : 'shien-navi-shared-[hash].js'),
        },
      },
    },
  });
  const chunks = [app].flat().flatMap((result) => result.output).filter((chunk) => chunk.type === 'chunk');
  const appChunk = chunks.find((chunk) => chunk.isEntry && chunk.name === 'app');
  const appFile = appChunk?.fileName;
  if (!appFile) throw new Error('the app chunk was not built');
  // What it imports (code it shares with the lazy chunks): the entry asks for it beside the app
  // chunk, not once the app chunk has arrived and been read (a round trip on a phone).
  const appImports = appChunk.imports;
  // The entry asks for it beside the app chunk when a widget on the page is a launcher.
  const launcherFile = chunks.find((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId?.endsWith('/src/components/launcher-element.ts'))?.fileName;
  if (!launcherFile) throw new Error('the launcher chunk was not built');
  // And, when a widget on the page has a src, what its first answer needs with the data: the CSV
  // reader and the counting code (engine/counts.ts, which says which services each goal shows),
  // with the chunks they import, so none is found only once another has arrived.
  const holding = (path) => chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(path)));
  const dataChunks = [holding('/src/data/load.ts'), holding('/src/engine/counts.ts')];
  if (dataChunks.some((chunk) => chunk === undefined || chunk.fileName === appFile)) throw new Error('the CSV reader or the counting code is not a chunk of its own');
  const dataFiles = [...new Set(dataChunks.flatMap((chunk) => [chunk.fileName, ...chunk.imports]))].filter((file) => file !== appFile && !appImports.includes(file));
  // And the page's CSV worker, which the entry starts (data/early-worker.ts).
  const csvWorkerFile = [app].flat().flatMap((result) => result.output).find((file) => /^shien-navi-csv-worker-[\w-]+\.js$/.test(file.fileName))?.fileName;
  if (!csvWorkerFile) throw new Error('the CSV worker was not built');
  // And the messages of its language, when that is not ja (the app chunk holds ja's), with its
  // painted first screen, which the entry imports from there.
  const messagesChunk = (name) => chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`/src/i18n/${name}.ts`));
  const messagesChunks = { 'ja-easy': messagesChunk('messages-ja-easy'), en: messagesChunk('messages-en') };
  for (const [lang, chunk] of Object.entries(messagesChunks)) {
    if (!chunk) throw new Error(`the ${lang} messages chunk was not built`);
    if (!chunk.exports.includes('paintedScreen') || chunk.imports.length > 0) throw new Error(`the ${lang} messages chunk must export its painted screen and import nothing (the entry runs it before the app chunk)`);
  }
  const messagesFiles = { 'ja-easy': messagesChunks['ja-easy'].fileName, en: messagesChunks.en.fileName };

  await build({
    ...common,
    define: {
      // The sheets first, then each language's screens together: so the whole compresses best (−28 B gzip).
      // Only ja's first screen: another language's is in its messages chunk (above).
      __SHIEN_NAVI_FIRST_SCREENS__: JSON.stringify({
        sheets: screens.sheets,
        roots: screens.roots,
        ...Object.fromEntries(Object.keys(screens.html).map((lang) => [lang, lang === 'ja' ? { html: screens.html[lang], failed: screens.failed[lang] } : { failed: screens.failed[lang] }])),
      }),
      __SHIEN_NAVI_SHEETS_KEY__: JSON.stringify(sheetsKey),
      __SHIEN_NAVI_APP_FILE__: JSON.stringify(`./${appFile}`), __SHIEN_NAVI_LAUNCHER_FILE__: JSON.stringify(`./${launcherFile}`),
      __SHIEN_NAVI_APP_IMPORTS__: JSON.stringify(appImports.map((file) => `./${file}`)),
      __SHIEN_NAVI_DATA_FILES__: JSON.stringify(dataFiles.map((file) => `./${file}`)),
      __SHIEN_NAVI_CSV_WORKER_FILE__: JSON.stringify(`./${csvWorkerFile}`),
      __SHIEN_NAVI_MESSAGES_FILES__: JSON.stringify({ 'ja-easy': `./${messagesFiles['ja-easy']}`, en: `./${messagesFiles.en}` }),
    },
    plugins: [
      ...common.plugins,
      {
        // The entry's import('./bundle.js') is the app chunk built above, beside it.
        name: 'shien-navi-app-chunk',
        enforce: 'pre',
        resolveId: (id, importer) => (importer?.endsWith('/src/boot.ts') && id === './bundle.js' ? { id: `./${appFile}`, external: 'relative' } : null),
      },
    ],
    // No /* @__PURE__ */ left for a bundler after this one: nothing bundles the entry again (−19 B gzip).
    build: { ...output, rolldownOptions: { output: { minify: true, comments: { annotation: false } } }, lib: { entry: src('boot.ts'), formats: ['es'], fileName: () => 'shien-navi.js' } },
  });

  await build({
    ...common,
    plugins: [...common.plugins, noCsvWorker()],
    build: {
      ...output,
      rolldownOptions: { output: { minify: true } },
      lib: { entry: src('bundle.ts'), name: 'ShienNavi', formats: ['iife'], fileName: () => 'shien-navi.iife.js' },
    },
  });

  // dist/embed.html's script: reads its query into the widget's attributes, then imports
  // dist/shien-navi.js beside it (left as it is: the widget is not bundled twice).
  await build({
    ...common,
    build: { ...output, rolldownOptions: { output: { minify: true } }, lib: { entry: src('embed.ts'), formats: ['es'], fileName: () => 'shien-navi-embed.js' } },
  });
  return { appFile };
}
