// `npm run bench`: builds, then runs every bench/*.bench.mjs (sorted by name) against the
// built files in headless Chromium, prints one table per bench and writes them all to
// bench/results/latest.json and latest.md. Exits non-zero when a budget is missed.
//
// A bench module exports `default async function (context)` returning
//   { title, columns: string[], rows: (string|number)[][], notes?: string[],
//     budgets?: { what: string, value: number, limit: number, unit: string }[] }
// Budgets compare medians (or ratios to a baseline measured in the same run), never single runs.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, ensureChromium } from '../scripts/ensure-chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);

if (!ensureChromium()) process.exit(1);
if (!process.env.BENCH_SKIP_BUILD) execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

/** Request handlers a bench can add, e.g. for generated CSV files. */
const routes = {};
// Uncompressed, so the figures compare with earlier runs; the phone bench adds a gzip server of its own.
const server = await startStaticServer({ root, routes, compress: false });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
});

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const context = { root, origin: server.origin, routes, browser, median, percentile };

const files = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

const reports = [];
let missed = 0;
try {
  for (const file of files) {
    const started = Date.now();
    const { default: bench } = await import(new URL(file, import.meta.url));
    const report = await bench(context);
    report.seconds = Math.round((Date.now() - started) / 100) / 10;
    reports.push(report);
    console.log(`\n${formatReport(report, 'text')}`);
    missed += (report.budgets ?? []).filter((budget) => budget.value > budget.limit).length;
  }
} finally {
  await browser.close();
  await server.close();
}

const stamp = { date: new Date().toISOString(), node: process.version, chromium: browser.version() };
const verdict = missed === 0 ? 'All budgets met.' : `${missed} budget(s) missed.`;
if (only.length === 0) {
  writeFileSync(new URL('results/latest.json', import.meta.url), JSON.stringify({ ...stamp, reports }, null, 2));
  writeFileSync(
    new URL('results/latest.md', import.meta.url),
    `# Benchmarks\n\n${stamp.date}, Node ${stamp.node}, Chromium ${stamp.chromium}\n\n${reports.map((report) => formatReport(report, 'md')).join('\n\n')}\n`,
  );
  console.log(`\nWrote bench/results/latest.json and latest.md. ${verdict}`);
} else {
  // A partial run must not replace the full record of the last complete run.
  console.log(`\nPartial run (${only.join(', ')}): bench/results/ left as it was. ${verdict}`);
}
process.exit(missed === 0 ? 0 : 1);

function formatReport(report, style) {
  const rows = [report.columns, ...report.rows].map((row) => row.map(String));
  const widths = report.columns.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const line = (row) =>
    style === 'md' ? `| ${row.join(' | ')} |` : row.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  const table =
    style === 'md'
      ? [line(rows[0]), `|${report.columns.map(() => '---').join('|')}|`, ...rows.slice(1).map(line)]
      : [line(rows[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)];
  const budgets = (report.budgets ?? []).map(
    (budget) => `${budget.value <= budget.limit ? 'ok  ' : 'MISS'} ${budget.what}: ${budget.value} ${budget.unit} (budget ≤ ${budget.limit} ${budget.unit})`,
  );
  const heading = style === 'md' ? `## ${report.title}` : `━━ ${report.title} (${report.seconds}s) ━━`;
  return [heading, '', ...table, ...(report.notes ?? []).map((note) => `\n${note}`), ...(budgets.length ? ['', ...budgets] : [])].join('\n');
}
