// Runs the built checker the way a data owner would (`npx shien-navi check …`), after
// `npm run build`, and checks what it prints and its exit codes. Writes counts for test.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'shien-navi-cli-'));
const badCsv = join(scratch, 'bad.csv');
writeFileSync(badCsv, '番号,メモ\n1,なにか\n');
const badFlow = join(scratch, 'flow.json');
writeFileSync(badFlow, JSON.stringify({ version: 1, start: 'q', nodes: {} }));

const run = (...args) => spawnSync('node', ['bin/shien-navi.js', ...args], { cwd: root, encoding: 'utf8' });

const cases = [
  ['the demo data checks out with a coverage table', () => {
    const { status, stdout } = run('check', 'demo/data/sample.csv');
    return status === 0 && stdout.includes('表示できる制度: 45') && /フードバンクを利用したい\s+2/.test(stdout);
  }],
  ['a CSV without the required columns exits 1', () => run('check', badCsv).status === 1],
  ['an invalid flow exits 1', () => run('check', 'demo/data/sample.csv', badFlow).status === 1],
  ['usage errors exit 2', () => run('check').status === 2],
];

let passed = 0;
let failed = 0;
for (const [name, test] of cases) {
  const ok = test();
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (ok) passed += 1;
  else failed += 1;
}
if (process.env.CLI_COUNT_FILE) writeFileSync(process.env.CLI_COUNT_FILE, JSON.stringify({ passed, failed }));
process.exit(failed === 0 ? 0 : 1);
