// `npm test`: every check, in the order a change can break them, then one plain summary line
// "N passed, N failed" (tests counted one by one; lint, typecheck and builds count as one each).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureEngine } from './engines.mjs';

if (!ensureChromium()) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const results = new URL('../test-results/', import.meta.url).pathname;
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

/** A free local port, so several checkouts can run their end-to-end tests at once. */
const freePort = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

const env = { E2E_PORT: String(freePort), ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PUPPETEER_SKIP_DOWNLOAD: '1', STORYBOOK_DISABLE_TELEMETRY: '1' };

function run(command, args, extraEnv = {}) {
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return { ok: status === 0, seconds: Math.round((Date.now() - started) / 100) / 10 };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A step that is one check: it passed or it failed. */
const check = (command, args) => () => {
  const { ok, seconds } = run(command, args);
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds };
};

/** A step that runs tests and reports how many passed; a crash without a report is one failure. */
const suite = (command, args, reportEnv, file, count) => () => {
  const { ok, seconds } = run(command, args, { [reportEnv]: results + file });
  const report = readJson(results + file);
  const counts = report ? count(report) : { passed: 0, failed: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  return { ...counts, seconds };
};

/** A step in WebKitGTK or Firefox ESR: installs the engine first when missing (one failure if it cannot). */
const inEngine = (engine, step) => () => (ensureEngine(engine) ? step() : { passed: 0, failed: 1, seconds: 0 });

/** The end-to-end smoke over the built files in one engine (test/smoke/smoke.test.mjs). */
const smoke = (engine) => () => {
  const file = `smoke-${engine}.json`;
  const { ok, seconds } = run('node', ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./scripts/node-test-count-reporter.mjs', `--test-reporter-destination=${results}${file}`, 'test/smoke/smoke.test.mjs'], { SMOKE_ENGINE: engine });
  const counts = readJson(results + file) ?? { passed: 0, failed: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  return { ...counts, seconds };
};

const steps = [
  ['lint', check('npx', ['eslint', '.'])],
  ['typecheck', check('npx', ['tsc', '-p', 'tsconfig.json'])],
  [
    'unit (Node)',
    suite('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}unit.json`], 'UNUSED', 'unit.json', (r) => ({
      passed: r.numPassedTests,
      failed: r.numFailedTests,
    })),
  ],
  ['build', check('node', ['scripts/build.mjs'])],
  ['size budgets (40 KB gzip before the first question; 48 KB before its answers respond)', check('node', ['scripts/check-size.mjs'])],
  [
    'package (built)',
    suite('npx', ['vitest', 'run', '-c', 'vitest.package.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${results}package.json`], 'UNUSED', 'package.json', (r) => ({
      passed: r.numPassedTests,
      failed: r.numFailedTests,
    })),
  ],
  ['checker CLI (built)', suite('node', ['scripts/smoke-cli.mjs'], 'CLI_COUNT_FILE', 'cli.json', (r) => r)],
  ['components (Chromium)', suite('npx', ['web-test-runner'], 'WTR_COUNT_FILE', 'components.json', (r) => r)],
  [
    'end-to-end (Playwright)',
    suite('npx', ['playwright', 'test'], 'PW_JSON_FILE', 'e2e.json', (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky })),
  ],
  // The engines an iPhone and Firefox run (docs/ENGINES.md), one after the other.
  ['components (WebKitGTK)', inEngine('webkit', suite('npx', ['web-test-runner', '--config', 'web-test-runner.webkit.config.mjs'], 'WTR_COUNT_FILE', 'components-webkit.json', (r) => r))],
  ['end-to-end smoke (WebKitGTK)', inEngine('webkit', smoke('webkit'))],
  ['components (Firefox ESR)', inEngine('firefox', suite('npx', ['web-test-runner', '--config', 'web-test-runner.firefox.config.mjs'], 'WTR_COUNT_FILE', 'components-firefox.json', (r) => r))],
  ['end-to-end smoke (Firefox ESR)', inEngine('firefox', smoke('firefox'))],
  ['storybook build', check('npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static'])],
];

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0 };
const rows = [];
for (const [name, step] of steps) {
  if (only.length > 0 && !only.some((word) => name.startsWith(word))) continue;
  console.log(`\n━━ ${name} ━━`);
  const result = step();
  totals.passed += result.passed;
  totals.failed += result.failed;
  rows.push(`${result.failed === 0 ? 'ok  ' : 'FAIL'}  ${name.padEnd(30)} ${String(result.passed).padStart(4)} passed ${String(result.failed).padStart(3)} failed  ${result.seconds}s`);
}
console.log(`\n${rows.join('\n')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
