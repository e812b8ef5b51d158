import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// The workbench for site owners and data owners (issue 14): its own bundle, built after the
// widget into dist/studio/ beside it, so the widget's budget is untouched. The preview frame
// runs the real built widget (dist/shien-navi.js) and is written out as is, not bundled.
const studio = resolve(import.meta.dirname, 'studio');
const dist = resolve(import.meta.dirname, 'dist');

/**
 * dist/studio/preview.html: the page inside the preview frame. It loads ../shien-navi.js and
 * preloads every chunk of the widget, and the entry starts the page's CSV worker once the page is
 * idle, so nothing is fetched once the workbench has loaded: it works offline, and a dropped file
 * is the only data the preview reads.
 */
function previewPage(): Plugin {
  return {
    name: 'shien-navi-studio-preview-page',
    apply: 'build',
    generateBundle() {
      const chunks = readdirSync(dist).filter((name) => /^shien-navi-.+\.js$/.test(name));
      const preload = chunks.map((name) => `    <link rel="modulepreload" href="../${name}" />`).join('\n');
      const template = readFileSync(resolve(studio, 'preview.template.html'), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'preview.html', source: template.replace('<!-- widget chunks -->', preload.trimStart()) });
      this.emitFile({ type: 'asset', fileName: 'preview.css', source: readFileSync(resolve(studio, 'preview.css'), 'utf8') });
    },
  };
}

export default defineConfig({
  root: studio,
  base: './',
  publicDir: false,
  plugins: [previewPage()],
  build: {
    outDir: resolve(dist, 'studio'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
  },
  worker: { format: 'es' },
});
