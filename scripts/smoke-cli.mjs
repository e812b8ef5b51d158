// Runs the built checker the way a data owner would (`npx shien-navi check …`), after
// `npm run build`, and checks what it prints and its exit codes. Writes counts for test.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'shien-navi-cli-'));
const badCsv = join(scratch, 'bad.csv');
writeFileSync(badCsv, '番号,メモ\n1,なにか\n');
const badFlow = join(scratch, 'flow.json');
writeFileSync(badFlow, JSON.stringify({ version: 1, start: 'q', nodes: {} }));
// A header and a cell that would clear the screen and set the window title if printed as they are.
const escapes = join(scratch, 'escapes.csv');
const plain = Array.from({ length: 40 }, (_, index) => `【サンプル】制度 ${index},2026-01-01,x`).join('\n');
writeFileSync(escapes, `タイトル（制度名）,最終更新日,メモ\u001b]0;title\u0007\n${plain}\n【サンプル】一,"\u001b[2J随時",x\n`);
// 4 MB of one-character lines: 2,000,000 rows, ten times the reader's cap.
const bomb = join(scratch, 'bomb.csv');
writeFileSync(bomb, `タイトル（制度名）,サービス種別\n${'a\n'.repeat(2_000_000)}`);
const fifo = join(scratch, 'fifo.csv');
execFileSync('mkfifo', [fifo]);

const run = (...args) => spawnSync('node', ['bin/shien-navi.js', ...args], { cwd: root, encoding: 'utf8' });

const cases = [
  ['the demo data checks out with a coverage table', () => {
    const { status, stdout } = run('check', 'demo/data/sample.csv');
    return status === 0 && stdout.includes('表示できる制度: 52') && /フードバンクを利用したい\s+2/.test(stdout);
  }],
  ['a CSV without the required columns exits 1', () => run('check', badCsv).status === 1],
  ['an invalid flow exits 1', () => run('check', 'demo/data/sample.csv', badFlow).status === 1],
  ['usage errors exit 2', () => run('check').status === 2],
  ['control characters in headers and cells are printed as visible escapes', () => {
    const { stdout } = run('check', escapes);
    // eslint-disable-next-line no-control-regex -- what the output must not hold
    return !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(stdout) && stdout.includes('\\x1b]0;title\\x07') && stdout.includes('\\x1b[2J随時');
  }],
  ['a row bomb is refused with its count and exit 1', () => {
    const { status, stdout } = run('check', bomb);
    return status === 1 && stdout.includes('データの行が多すぎます（200,000 行まで');
  }],
  ['a FIFO is refused without waiting on it', () => {
    const { status, stdout } = spawnSync('node', ['bin/shien-navi.js', 'check', fifo], { cwd: root, encoding: 'utf8', timeout: 20_000 });
    return status === 1 && stdout.includes('ふつうのファイルではない');
  }],
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
