import { open, stat } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readSourceOutcome, type CheckSource, type SourceOutcome } from '../check/read-source.js';
import { buildCheckReport, type FlowOutcome } from '../check/report.js';
import { isEncoding, type Encoding } from '../data/decode.js';
import { ShienNaviError } from '../data/errors.js';
import { DEFAULT_MAX_BYTES, joinBytes, tooLarge } from '../data/fetch.js';
import { visibleControls } from '../check/visible.js';
import { reportText } from './report-text.js';

/**
 * `shien-navi check data.csv [more.csv …] [flow.json]`: reads the data and the flow with the
 * same code as the widget and prints the findings of `buildCheckReport` (src/check/report.ts,
 * shared with the browser workbench): what each file's columns were read as, what could not
 * be read, and per municipality which goals of the flow end without a service. For data
 * owners; messages in Japanese.
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

const USAGE = `使い方: shien-navi check <データ.csv または URL> [別のデータ.csv …] [フロー.json] [オプション]

  制度データ（CSV）と質問の流れ（フロー JSON、省略時は標準の北海道版）を、
  <shien-navi> と同じ方法で読み込んで点検します。
  市町村ごとに、該当する制度が 1 件もないゴールを表示します。

  ひな形（2020 年の制度データ）の決まりも点検し、見つけたことを
  誤り・注意・お知らせに分けて、決まりの名前と行・列とともに表示します。

  オプション:
    --encoding utf-8|shift_jis  文字コードを判定せず、この文字コードで読みます
    --flow <ファイル>           フロー JSON（名前が .json で終わらないときに）
    -h, --help                  この説明を表示します

  終了コード: 0 誤りなし（注意・お知らせだけのときも 0）
              1 CSV かフローに読めない誤りがある、またはひな形の決まりの「誤り」がある
              2 使い方の誤り
`;

export async function main(argv: readonly string[], io: CheckIo): Promise<number> {
  const parsed = parseArguments(argv);
  if (parsed.kind === 'wrong') {
    io.stderr.write(`${visibleControls(parsed.message)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (parsed.kind !== 'check') {
    io.stdout.write(USAGE);
    return parsed.kind === 'help' ? EXIT.ok : EXIT.usage;
  }

  const sources: SourceOutcome[] = [];
  for (const [index, source] of parsed.sources.entries()) sources.push(await readSource(source, `s${index + 1}`, parsed.encoding, io));
  const report = buildCheckReport(sources, await readFlow(parsed.flow, io));
  // Headers, cells, names and file names come from the data: none may drive the terminal.
  const lines = ['shien-navi check — 支援情報データの点検', '', ...reportText(report)];
  io.stdout.write(visibleControls(lines.join('\n'), '\n') + '\n');
  return report.ok && report.kinds.error === 0 ? EXIT.ok : EXIT.invalid;
}

/** What the command line asks for: a check, the usage, or nothing it can do (and why). */
type Arguments =
  | { readonly kind: 'check'; readonly sources: readonly string[]; readonly flow: string | undefined; readonly encoding: Encoding | undefined }
  | { readonly kind: 'help' | 'no command' }
  | { readonly kind: 'wrong'; readonly message: string };

const wrong = (message: string): Arguments => ({ kind: 'wrong', message });

const OPTIONS = {
  encoding: { type: 'string' },
  flow: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/**
 * The command line read by `parseArgs` (so `--encoding=shift_jis`, `-h` and `--` work as
 * elsewhere), then checked token by token, so what is wrong is said in Japanese.
 */
function parseArguments(argv: readonly string[]): Arguments {
  // Not strict: an unknown option comes back as a token, named in our own message.
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const positionals: string[] = [];
  let flow: string | undefined;
  let encoding: Encoding | undefined;
  let help = false;
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(OPTIONS, token.name)) return wrong(`不明なオプションです: ${token.rawName}`);
    if (token.name === 'help') {
      help = true;
      continue;
    }
    // `--flow --encoding …` forgot the file: an option is never taken as the value.
    const value = token.inlineValue === false && token.value?.startsWith('-') ? undefined : token.value;
    if (token.name === 'encoding') {
      if (!isEncoding(value)) return wrong('--encoding には utf-8 か shift_jis を指定してください');
      encoding = value;
    } else {
      if (value === undefined || value === '') return wrong('--flow のあとにフロー JSON のファイル名を指定してください');
      if (flow !== undefined) return wrong('フロー JSON は 1 つだけ指定できます');
      flow = value;
    }
  }
  if (help) return { kind: 'help' };
  const [command, ...files] = positionals;
  if (command === undefined) return { kind: 'no command' };
  if (command !== 'check') return wrong(`不明なコマンドです: ${command}`);
  const sources: string[] = [];
  for (const file of files) {
    if (!/\.json$/i.test(file)) sources.push(file);
    else if (flow !== undefined) return wrong('フロー JSON は 1 つだけ指定できます');
    else flow = file;
  }
  if (sources.length === 0) return wrong('データの CSV を指定してください');
  return { kind: 'check', sources, flow, encoding };
}

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** Reads one CSV the way the widget does (a URL without the saved-copy cache), with the template's findings. */
function readSource(source: string, key: string, encoding: Encoding | undefined, io: CheckIo): Promise<SourceOutcome> {
  const where: CheckSource = isUrl(source) ? { kind: 'url', url: source } : { kind: 'file', path: source, readFile: io.readFile ?? readLocalFile };
  return readSourceOutcome(where, { key, ...(encoding ? { encoding } : {}), ...(io.today ? { today: io.today } : {}), ...(io.fetch ? { fetch: io.fetch } : {}) });
}

/** The flow file's JSON, or why it cannot be read; nothing for the bundled flow. */
async function readFlow(path: string | undefined, io: CheckIo): Promise<FlowOutcome> {
  if (path === undefined) return {};
  try {
    return { source: path, json: JSON.parse(new TextDecoder().decode(await (io.readFile ?? readLocalFile)(path))) };
  } catch (error) {
    return { source: path, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A local file, read as the widget reads a URL: at most DEFAULT_MAX_BYTES. A FIFO, a device or
 * a directory is refused by `stat` before it is opened (reading a FIFO would wait forever).
 */
export async function readLocalFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw new ShienNaviError('parse', `フォルダーは読めません。CSV ファイルを指定してください: ${path}`, path);
  if (!info.isFile()) throw new ShienNaviError('parse', `ふつうのファイルではない（パイプや装置の）ため読みません。CSV ファイルを指定してください: ${path}`, path);
  if (info.size > maxBytes) throw tooLarge(path, maxBytes);
  const file = await open(path, 'r');
  try {
    // Counted again while reading: the file may have grown since `stat`.
    const pieces: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { bytesRead, buffer } = await file.read({ buffer: new Uint8Array(READ_BYTES) });
      if (bytesRead === 0) return joinBytes(pieces);
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(path, maxBytes);
      pieces.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
}

const READ_BYTES = 1024 * 1024;
