import { readFile } from 'node:fs/promises';
import { noCache } from '../data/cache.js';
import { isEncoding, type Encoding } from '../data/decode.js';
import { ShienNaviError } from '../data/errors.js';
import { loadSource, readCsvBytes, type SourceResult } from '../data/load.js';
import type { ServiceRecord } from '../data/record.js';
import { goalCoverage, goalPaths, type Coverage } from '../engine/coverage.js';
import type { Flow } from '../engine/flow.js';
import { goalsWithoutPhrases } from '../engine/situations.js';
import { validateFlow, type FlowProblem } from '../engine/validate.js';
import { HOKKAIDO_FLOW } from '../flows/hokkaido.js';
import { withHokkaidoPhrases } from '../flows/hokkaido-phrases.js';
import { formatTable } from './text-table.js';

/**
 * `shien-navi check data.csv [more.csv …] [flow.json]`: reads the data and the flow with the
 * same code as the widget, reports what it could not read, and shows per municipality which
 * goals of the flow end without a service. For data owners; messages in Japanese.
 */

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export interface CheckIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly readFile?: (path: string) => Promise<Uint8Array>;
  readonly fetch?: typeof fetch;
  /** `YYYY-MM-DD`, for rows whose publication has ended. */
  readonly today?: string;
}

const USAGE = `使い方: shien-navi check <データ.csv または URL> [別のデータ.csv …] [フロー.json] [--encoding utf-8|shift_jis]

  制度データ（CSV）と質問の流れ（フロー JSON、省略時は標準の北海道版）を、
  <shien-navi> と同じ方法で読み込んで点検します。
  市町村ごとに、該当する制度が 1 件もないゴールを表示します。

  終了コード: 0 問題なし / 1 CSV かフローに読めない誤りがある / 2 使い方の誤り
`;

/** Goal × municipality columns per table, so the table fits a terminal. */
const COLUMNS_PER_TABLE = 6;

export async function main(argv: readonly string[], io: CheckIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    io.stdout.write(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command !== 'check') {
    io.stderr.write(`不明なコマンドです: ${command}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const parsed = parseArguments(rest);
  if (typeof parsed === 'string') {
    io.stderr.write(`${parsed}\n\n${USAGE}`);
    return EXIT.usage;
  }

  const out = (line = ''): void => void io.stdout.write(`${line}\n`);
  out('shien-navi check — 支援情報データの点検');
  out();

  let valid = true;
  const records: ServiceRecord[] = [];
  const seen = new Set<string>();
  for (const [index, source] of parsed.sources.entries()) {
    const result = await readSource(source, `s${index + 1}`, parsed.encoding, io);
    if (result instanceof ShienNaviError) {
      valid = false;
      out(`データ: ${source}`);
      out(`  × 読み込めません（${result.kind}）: ${result.message}`);
      out();
      continue;
    }
    printSourceReport(source, result, out);
    for (const record of result.records) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      records.push(record);
    }
  }

  const flow = await readFlow(parsed.flow, io, out);
  if (flow === undefined) valid = false;
  else printGoalsWithoutPhrases(flow, out);
  out();

  if (flow !== undefined && records.length > 0) printCoverage(goalCoverage(flow, records), out);
  else if (flow !== undefined) out('表示できる制度がないため、ゴールごとの件数は出せません。');

  out();
  out(valid ? '結果: 読み込めない誤りはありません。' : '結果: 読み込めない誤りがあります（上の × を確認してください）。');
  return valid ? EXIT.ok : EXIT.invalid;
}

interface Arguments {
  readonly sources: readonly string[];
  readonly flow: string | undefined;
  readonly encoding: Encoding | undefined;
}

function parseArguments(args: readonly string[]): Arguments | string {
  const sources: string[] = [];
  let flow: string | undefined;
  let encoding: Encoding | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg === '--encoding') {
      const value = args[(index += 1)];
      if (!isEncoding(value)) return `--encoding には utf-8 か shift_jis を指定してください`;
      encoding = value;
    } else if (arg === '--flow') {
      flow = args[(index += 1)];
      if (flow === undefined) return '--flow のあとにフロー JSON のファイル名を指定してください';
    } else if (arg.startsWith('-')) {
      return `不明なオプションです: ${arg}`;
    } else if (/\.json$/i.test(arg)) {
      if (flow !== undefined) return 'フロー JSON は 1 つだけ指定できます';
      flow = arg;
    } else {
      sources.push(arg);
    }
  }
  if (sources.length === 0) return 'データの CSV を指定してください';
  return { sources, flow, encoding };
}

const ENCODING_NAMES: Record<SourceResult['encoding'], string> = {
  'utf-8': 'UTF-8',
  shift_jis: 'Shift_JIS',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

async function readSource(source: string, key: string, encoding: Encoding | undefined, io: CheckIo): Promise<SourceResult | ShienNaviError> {
  const today = io.today === undefined ? {} : { today: io.today };
  try {
    if (isUrl(source)) {
      return await loadSource(source, key, { ...today, cache: noCache, ...(encoding ? { encoding } : {}), ...(io.fetch ? { fetch: io.fetch } : {}) });
    }
    const bytes = await (io.readFile ?? readFile)(source);
    return await readCsvBytes(bytes, source, key, { ...today, ...(encoding ? { encoding } : {}) });
  } catch (error) {
    if (error instanceof ShienNaviError) return error;
    return new ShienNaviError('network', `ファイルを開けません（${error instanceof Error ? error.message : String(error)}）`, source);
  }
}

function printSourceReport(source: string, result: SourceResult, out: (line?: string) => void): void {
  const { report } = result;
  out(`データ: ${source}`);
  out(`  文字コード: ${ENCODING_NAMES[result.encoding]} / 行数: ${report.rows} / 表示できる制度: ${result.records.length} / 期限切れで非表示: ${report.expired}`);
  out(
    report.skipped.length === 0
      ? '  読み飛ばした行: なし'
      : `  読み飛ばした行（制度名がない）: ${report.skipped.map((skip) => `${skip.row}行目`).join('、')}`,
  );
  if (report.irregular.length > 0) {
    out(`  列の数が見出しと合わない行（読める範囲で読み込み済み）: ${report.irregular.map((row) => `${row.row}行目`).join('、')}`);
  }
  if (report.unknownColumns.length > 0) out(`  知らない列（そのまま保持）: ${report.unknownColumns.join('、')}`);
  const noPhone = result.records.filter((record) => record.phoneText !== '' && record.phone === '');
  if (noPhone.length > 0) {
    out(`  電話番号として読めないもの: ${noPhone.map((record) => `${record.name}「${record.phoneText}」`).join('、')}`);
  }
  out();
}

async function readFlow(path: string | undefined, io: CheckIo, out: (line?: string) => void): Promise<Flow | undefined> {
  if (path === undefined) {
    out(`フロー: 標準（${HOKKAIDO_FLOW.id}）`);
    return HOKKAIDO_FLOW;
  }
  out(`フロー: ${path}`);
  let input: unknown;
  try {
    input = JSON.parse(new TextDecoder().decode(await (io.readFile ?? readFile)(path)));
  } catch (error) {
    out(`  × 読み込めません: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const { flow, problems } = validateFlow(input);
  for (const problem of problems) out(`  ${problem.severity === 'error' ? '×' : '△'} ${describe(problem)}`);
  if (problems.length === 0) out('  問題なし');
  return flow;
}

/** Goals a typed trouble cannot lead to: the author may want to give them phrases. */
function printGoalsWithoutPhrases(flow: Flow, out: (line?: string) => void): void {
  const missing = new Set(goalsWithoutPhrases(withHokkaidoPhrases(flow)));
  const paths = goalPaths(flow).filter((path) => missing.has(path.goal));
  if (paths.length === 0) {
    out('  どのゴールにも、困りごとの言葉（phrases）から案内できます。');
    return;
  }
  out('  困りごとの言葉（phrases）が 1 つもないゴール（検索欄に書かれた困りごとからは、直接案内されません）:');
  for (const path of paths) out(`    - ${path.labels.join(' › ')}`);
}

function describe(problem: FlowProblem): string {
  return `${problem.code}: ${problem.message}`;
}

function printCoverage(coverage: Coverage, out: (line?: string) => void): void {
  const names = coverage.columns.map(({ municipality }) =>
    municipality === undefined ? 'その他の市町村' : municipality === '' ? '絞り込みなし' : municipality,
  );
  out('ゴールごとの件数（その市町村で絞り込んだときに表示される件数。「その他の市町村」は市町村名が空の行だけ）');
  for (let start = 0; start < names.length; start += COLUMNS_PER_TABLE) {
    const columns = names.slice(start, start + COLUMNS_PER_TABLE);
    const rows = coverage.goals.map((goal, index) => [
      goal.labels.join(' › '),
      ...(coverage.counts[index] ?? []).slice(start, start + COLUMNS_PER_TABLE).map(String),
    ]);
    out();
    out(formatTable(['ゴール', ...columns], rows));
  }
  out();
  const gaps = names
    .map((name, column) => ({
      name,
      goals: coverage.goals.filter((_, row) => coverage.counts[row]?.[column] === 0).map((goal) => goal.labels.join(' › ')),
    }))
    .filter((entry) => entry.goals.length > 0);
  if (gaps.length === 0) {
    out('どの市町村でも、すべてのゴールに 1 件以上の制度があります。');
    return;
  }
  out('該当する制度が 1 件もないゴール（緊急の電話番号とやさしい案内だけが表示されます）:');
  for (const gap of gaps) {
    out(`  ${gap.name}:`);
    for (const goal of gap.goals) out(`    - ${goal}`);
  }
}
