// Component tests: real elements in Debian's Chromium (see TOOLCHAIN.md for why each option is here).
import { existsSync } from 'node:fs';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { faultRoutes, storyPaths } from './test/servers/fault-routes.mjs';

const commonjs = fromRollup(rollupCommonjs);

/**
 * `new Worker(new URL('./csv-worker.js', import.meta.url))` names the file as the build does;
 * here the browser asks for it among the sources, which are TypeScript.
 */
async function sourcesAsScripts(context, next) {
  if (context.path.startsWith('/src/') && context.path.endsWith('.js') && !existsSync(`.${context.path}`) && existsSync(`.${context.path.replace(/\.js$/, '.ts')}`)) {
    context.path = context.path.replace(/\.js$/, '.ts');
  }
  return next();
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export default {
  files: ['test/components/**/*.test.ts'],
  nodeResolve: { browser: true },
  rootDir: '.',
  middleware: [storyPaths, faultRoutes, sourcesAsScripts],
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    commonjs({ include: ['**/node_modules/papaparse/**', '**/node_modules/axe-core/**'], strictRequires: false }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [defaultReporter(), countReporter(process.env.WTR_COUNT_FILE)],
};
