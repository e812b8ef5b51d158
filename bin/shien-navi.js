#!/usr/bin/env node
// `npx shien-navi check data.csv [flow.json]`: the data owners' checker (src/cli/check.ts).
// Piped into `head` and the like: stop quietly when the reader goes away.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1));

let main;
try {
  ({ main } = await import('../dist/npm/cli/check.js'));
} catch {
  console.error('shien-navi: dist/npm/ がありません。リポジトリから使うときは先に `npm run build` を実行してください。');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
