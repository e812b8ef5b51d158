// Skips the tests that the runner's config says this engine cannot run (web-test-runner.webkit
// and .firefox configs, each with its reason; docs/ENGINES.md). Imported by the files that have
// such tests; in Chromium the list is empty. An excluded test is marked pending before anything
// runs (a suite whose every test is excluded too, so its hooks do not run either): the runner
// counts it as skipped, never as passed.
/** The engine of this run ('chromium', 'webkit' or 'firefox'), named by the runner's config. */
export const ENGINE = (globalThis as { SHIEN_NAVI_ENGINE?: string }).SHIEN_NAVI_ENGINE ?? 'chromium';

const excluded = (globalThis as { SHIEN_NAVI_EXCLUDED?: Record<string, string> }).SHIEN_NAVI_EXCLUDED ?? {};

function exclude(suite: Mocha.Suite): boolean {
  let all = suite.tests.length + suite.suites.length > 0;
  for (const test of suite.tests) {
    const name = Object.keys(excluded).find((part) => test.fullTitle().includes(part));
    if (name === undefined) all = false;
    else {
      test.pending = true;
      console.log(`skipped in this engine: ${test.fullTitle()}: ${excluded[name]}`);
    }
  }
  for (const child of suite.suites) if (!exclude(child)) all = false;
  if (all) suite.pending = true;
  return all;
}

before(function skipWhatThisEngineCannotRun() {
  if (Object.keys(excluded).length > 0 && this.test?.parent) exclude(this.test.parent);
});
