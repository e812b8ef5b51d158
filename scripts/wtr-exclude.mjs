// Leaves named component tests out of one engine's run, each with its reason (docs/ENGINES.md
// lists them too). The page is given the list; test/components/engine-exclusions.ts skips a test
// whose full title contains a name, so it is counted as skipped (never as passed) and says why.
// (Mocha's inverted grep would leave the tests unrun and counted as failed by the runner.)

/**
 * @param {string} engine 'webkit' or 'firefox', for the few tests that expect an engine's own default
 * @param {Record<string, string>} excluded test title → why this engine cannot run it
 */
export function excludeTests(engine, excluded) {
  const json = JSON.stringify(excluded).replace(/</g, '\\u003c');
  return (testFramework) =>
    `<!doctype html><html><head><script>window.SHIEN_NAVI_ENGINE = '${engine}'; window.SHIEN_NAVI_EXCLUDED = ${json};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`;
}
