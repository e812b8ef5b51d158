// A node:test reporter that writes how many tests passed and failed as JSON ({"passed", "failed"}),
// for scripts/test.mjs (the smoke in WebKit and Firefox). Suites are not counted, their tests are.
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0 };
  for await (const event of source) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass' && !event.data.skip && !event.data.todo) totals.passed += 1;
    if (event.type === 'test:fail') totals.failed += 1;
  }
  yield `${JSON.stringify(totals)}\n`;
}
