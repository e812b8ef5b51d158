import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../src/cli/check.js';
import { DEFAULT_MAX_BYTES } from '../../src/data/fetch.js';
import { MAX_ROWS } from '../../src/data/parse.js';
import { lookalikeCsv, rowBombCsv, TERMINAL_ESCAPES } from '../fixtures/hostile/corpus.mjs';
import { displayWidth, formatTable } from '../../src/cli/text-table.js';

const SAMPLE = new URL('../../demo/data/sample.csv', import.meta.url).pathname;

/** Runs the checker with files served from memory (paths not listed are read from disk). */
async function check(args: string[], files: Record<string, string | Uint8Array> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    readFile: async (path) => {
      const file = files[path];
      if (file === undefined) return new Uint8Array(readFileSync(path));
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    today: '2026-11-23',
  });
  return { code, stdout, stderr };
}

describe('shien-navi check', () => {
  it('prints the coverage table of the demo data and exits 0', async () => {
    const { code, stdout } = await check(['check', SAMPLE]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('表示できる制度: 52');
    expect(stdout).toMatch(/緊急の困りごと › 食べるものがない › フードバンクを利用したい\s+2\s+1\s+1\s+1\s+1\s+2/);
    expect(stdout).toContain('絞り込みなし');
    expect(stdout).toContain('その他の市町村');
    // The demo has a disability service in 札幌市 only: every other municipality lacks it.
    expect(stdout).toMatch(/旭川市:\n\s+- 心とからだの悩み › 病気や障がい › 障がいのこと/);
    expect(stdout).not.toMatch(/札幌市:\n\s+- 心とからだの悩み › 病気や障がい › 障がいのこと/);
  });

  it('exits 1 for a CSV without the name column', async () => {
    const { code, stdout } = await check(['check', 'bad.csv'], { 'bad.csv': '番号,メモ\n1,なにか\n' });
    expect(code).toBe(EXIT.invalid);
    expect(stdout).toContain('× 読み込めません（schema）');
  });

  it('exits 1 for a file that cannot be read', async () => {
    const { code, stdout } = await check(['check', '/nonexistent/data.csv']);
    expect(code).toBe(EXIT.invalid);
    expect(stdout).toContain('ファイルを開けません');
  });

  it('exits 1 for an invalid flow and lists its problems', async () => {
    const flow = JSON.stringify({ version: 1, start: 'q', nodes: { q: { kind: 'question', text: '質問', choices: [{ label: 'x', next: 'nope' }] } } });
    const { code, stdout } = await check(['check', SAMPLE, 'flow.json'], { 'flow.json': flow });
    expect(code).toBe(EXIT.invalid);
    expect(stdout).toContain('× 「q」の行き先が、ないノードになっています。行き先を選び直してください。');
    expect(stdout).toContain('（unknown-target: node "q" points to unknown node "nope"）');
  });

  it('exits 1 for a flow that is not JSON', async () => {
    const { code, stdout } = await check(['check', SAMPLE, 'flow.json'], { 'flow.json': '{ version: 1' });
    expect(code).toBe(EXIT.invalid);
    expect(stdout).toContain('× 読み込めません');
  });

  it('checks a custom flow against the data', async () => {
    const flow = JSON.stringify({
      version: 1,
      start: 'q',
      nodes: {
        q: { kind: 'question', text: '質問', choices: [{ label: '食べ物', next: 'food' }, { label: '宇宙', next: 'space' }] },
        food: { kind: 'goal', text: '食べ物', query: { terms: ['フードバンク'] } },
        space: { kind: 'goal', text: '宇宙', query: { terms: ['宇宙旅行'] } },
      },
    });
    const { code, stdout } = await check(['check', SAMPLE, 'flow.json'], { 'flow.json': flow });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/札幌市:\n(\s+- .*\n)*\s+- 宇宙/);
    expect(stdout).toMatch(/困りごとの言葉（phrases）が 1 つもないゴール.*\n\s+- 食べ物\n\s+- 宇宙\n/);
  });

  it('lists the goals no phrase leads to, and only those', async () => {
    const flow = JSON.stringify({
      version: 1,
      start: 'q',
      nodes: {
        q: {
          kind: 'question',
          text: '質問',
          choices: [
            { label: '食べ物', next: 'food', phrases: ['ごはんがない'] },
            { label: '住まい', next: 'note' },
            { label: 'その他', next: 'more', phrases: ['ほかのこと'] },
          ],
        },
        food: { kind: 'goal', text: '食べ物', query: { terms: ['フードバンク'] } },
        note: { kind: 'message', text: 'お知らせ', next: 'home' },
        home: { kind: 'goal', text: '住まい', query: { terms: ['住まい'] }, phrases: { en: ['homeless'] } },
        more: { kind: 'question', text: 'どれですか', choices: [{ label: '借金', next: 'debt' }] },
        debt: { kind: 'goal', text: '借金', query: { terms: ['借金'] } },
      },
    });
    const { stdout } = await check(['check', SAMPLE, 'flow.json'], { 'flow.json': flow });
    // A phrase on a choice that opens a question does not lead to the goals below it.
    expect(stdout).toMatch(/困りごとの言葉（phrases）が 1 つもないゴール.*\n\s+- その他 › 借金\n\n/);
  });

  it('reads a Shift_JIS file and reports rows it skipped', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/encoding.cp932.csv', import.meta.url)));
    const { code, stdout } = await check(['check', 'sjis.csv'], { 'sjis.csv': bytes });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('文字コード: Shift_JIS');
  });

  it('explains its usage', async () => {
    expect((await check([])).code).toBe(EXIT.usage);
    const wrong = await check(['check']);
    expect(wrong.code).toBe(EXIT.usage);
    expect(wrong.stderr).toContain('データの CSV を指定してください');
    expect((await check(['check', SAMPLE, '--encoding', 'latin1'])).code).toBe(EXIT.usage);
    expect((await check(['--help'])).stdout).toContain('使い方');
  });
});

describe('shien-navi check: its command line', () => {
  const FLOW = JSON.stringify({ version: 1, start: 'q', nodes: { q: { kind: 'question', text: '質問', choices: [{ label: '食べ物', next: 'food' }] }, food: { kind: 'goal', text: '食べ物', query: { terms: ['フードバンク'] } } } });

  it('refuses an unknown option, long or short, by name, with exit 2', async () => {
    for (const option of ['--bogus', '-x', '--bogus=1']) {
      const { code, stdout, stderr } = await check(['check', SAMPLE, option]);
      expect(code).toBe(EXIT.usage);
      expect(stderr).toContain(`不明なオプションです: ${option.replace(/=.*/, '')}\n\n使い方`);
      expect(stdout).toBe('');
    }
  });

  it('refuses a --flow or --encoding without its value, even when another option follows', async () => {
    expect(await check(['check', SAMPLE, '--flow'])).toMatchObject({ code: EXIT.usage, stderr: expect.stringContaining('--flow のあとにフロー JSON のファイル名を指定してください') });
    expect(await check(['check', SAMPLE, '--flow', '--encoding', 'utf-8'])).toMatchObject({ code: EXIT.usage, stderr: expect.stringContaining('--flow のあとに') });
    expect(await check(['check', SAMPLE, '--encoding'])).toMatchObject({ code: EXIT.usage, stderr: expect.stringContaining('--encoding には utf-8 か shift_jis') });
  });

  it('takes option values after = as well as after a space, and options anywhere', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/encoding.cp932.csv', import.meta.url)));
    const spaced = await check(['check', 'sjis.csv', '--encoding', 'shift_jis'], { 'sjis.csv': bytes });
    const joined = await check(['check', '--encoding=shift_jis', 'sjis.csv'], { 'sjis.csv': bytes });
    expect(joined).toEqual(spaced);
    expect(joined.stdout).toContain('文字コード: Shift_JIS');
    const flow = await check(['check', SAMPLE, '--flow=my.flow'], { 'my.flow': FLOW });
    expect(flow.code).toBe(EXIT.ok);
    expect(flow.stdout).toContain('フロー: my.flow');
  });

  it('reads a file named like an option after --', async () => {
    const { stdout } = await check(['check', '--', '--data.csv'], { '--data.csv': 'タイトル（制度名）,電話番号\n【サンプル】一,000-0000-0001\n' });
    expect(stdout).toContain('データ: --data.csv\n  文字コード: UTF-8');
  });

  it('takes one flow only, named by --flow or by .json', async () => {
    const wrong = await check(['check', SAMPLE, '--flow', 'a.flow', 'b.json'], { 'a.flow': FLOW, 'b.json': FLOW });
    expect(wrong).toMatchObject({ code: EXIT.usage, stderr: expect.stringContaining('フロー JSON は 1 つだけ指定できます') });
  });

  it('shows its usage for --help or -h anywhere (exit 0), and without a command (exit 2)', async () => {
    for (const args of [['--help'], ['-h'], ['check', '--help'], ['check', SAMPLE, '-h']]) {
      const { code, stdout, stderr } = await check(args);
      expect(code).toBe(EXIT.ok);
      expect(stdout).toMatch(/^使い方: shien-navi check/);
      expect(stdout).toContain('--flow <ファイル>');
      expect(stderr).toBe('');
    }
    expect(await check([])).toMatchObject({ code: EXIT.usage, stdout: expect.stringMatching(/^使い方/) });
    expect(await check(['chekc', SAMPLE])).toMatchObject({ code: EXIT.usage, stderr: expect.stringContaining('不明なコマンドです: chekc') });
  });
});

const LAYOUTS = ['hokkaido', 'national-2020', 'ward-list', 'disaster-list', 'every-field'] as const;
/** The layouts without the template's required columns (都道府県名, サービス種別 …) break its rules: exit 1. */
const LAYOUT_EXIT: Readonly<Record<(typeof LAYOUTS)[number], number>> = {
  hokkaido: EXIT.ok,
  'national-2020': EXIT.invalid,
  'ward-list': EXIT.invalid,
  'disaster-list': EXIT.invalid,
  'every-field': EXIT.ok,
};
const layoutFile = (name: string, ext: string) => new URL(`../fixtures/layouts/${name}.${ext}`, import.meta.url);

/** What the checker says about the data (from the first file to the flow), the part a layout decides. */
const dataPart = (stdout: string) => stdout.slice(stdout.indexOf('データ:'), stdout.indexOf('フロー:'));

describe('shien-navi check on each published layout', () => {
  // The expected text is in test/fixtures/layouts/<layout>.check.txt; UPDATE_CHECK_OUTPUT=1 rewrites it.
  it.each(LAYOUTS)('prints what %s.csv was read as, and what could not be read', async (name) => {
    const { code, stdout } = await check(['check', `${name}.csv`], { [`${name}.csv`]: new Uint8Array(readFileSync(layoutFile(name, 'csv'))) });
    if (process.env['UPDATE_CHECK_OUTPUT'] === '1') writeFileSync(layoutFile(name, 'check.txt'), dataPart(stdout));
    expect(dataPart(stdout)).toBe(readFileSync(layoutFile(name, 'check.txt'), 'utf8'));
    expect(code).toBe(LAYOUT_EXIT[name]);
  });

  it('shows the columns of a file it cannot use, so the owner sees why', async () => {
    const { code, stdout } = await check(['check', 'bad.csv'], { 'bad.csv': '番号,メモ\n1,なにか\n' });
    expect(code).toBe(EXIT.invalid);
    expect(stdout).toMatch(/× 読み込めません（schema）: CSV に必須の列（タイトル制度名）が見つかりません/);
    expect(stdout).toMatch(/番号 → 行番号（使いません）\n\s+メモ → 知らない列/);
  });

  it('names 制度番号 shared across files, and keeps exit 0 for what it could read', async () => {
    const header = '制度番号,全国地方公共団体コード,都道府県名,市区町村名,制度名,サービス種別,電話番号';
    const { code, stdout } = await check(['check', 'national.csv', 'city.csv'], {
      'national.csv': `${header}\n000-N1,011002,北海道,札幌市,【サンプル】最初の制度,101,000-000-0000\n000-N9,011002,北海道,札幌市,【サンプル】ほかの制度,101,000-000-0000\n000-N1,011002,北海道,札幌市,【サンプル】同じ番号の別の制度,101,000-000-0000\n`,
      'city.csv': `${header}\n000-N1,012041,北海道,旭川市,【サンプル】別の市の制度,101,000-000-0001\n`,
    });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('同じ制度番号の行（先に読んだ行だけを表示します）:');
    expect(stdout).toContain('national.csv 4行目「【サンプル】同じ番号の別の制度」、city.csv 2行目「【サンプル】別の市の制度」は表示しません');
  });

  it('lists every kind of unreadable cell, the https-only 相談申込URL included', async () => {
    const csv = 'タイトル（制度名）,電話番号,相談申込URL,受付終了日\n【サンプル】一,000-0000-0001,http://example.org/form,随時\n';
    const { stdout } = await check(['check', 'cells.csv'], { 'cells.csv': csv });
    expect(stdout).toMatch(/日付として読めないもの（期限に使えません）:\n\s+2行目「受付終了日」の「随時」/);
    expect(stdout).toMatch(/https の URL でない相談申込URL（「相談を申し込む」のリンクが出ません）:\n\s+2行目「相談申込URL」の「http:\/\/example.org\/form」/);
    expect(stdout).not.toContain('ほかにも読めないセル');
  });

  it('lists at most 20 rows of a kind and counts the rest', async () => {
    const rows = Array.from({ length: 25 }, (_, index) => `,名前なし${index}`).join('\n');
    const { stdout } = await check(['check', 'many.csv'], { 'many.csv': `制度名,通称\n【サンプル】A,a\n${rows}\n` });
    expect(stdout).toContain('…ほか 5 件');
    expect(stdout.match(/制度名が空なので読み飛ばしました/g)).toHaveLength(20);
  });
});

describe('text tables', () => {
  it('counts full-width characters as two columns', () => {
    expect(displayWidth('札幌市')).toBe(6);
    expect(displayWidth('abc')).toBe(3);
    const table = formatTable(['ゴール', '札幌市'], [['食べ物', '12']]).split('\n');
    expect(table.map(displayWidth)).toEqual([14, 14, 14]);
  });
});

describe('shien-navi check on hostile files', () => {
  it('prints every control character from the data as a visible escape', async () => {
    const header = ['タイトル（制度名）', ...TERMINAL_ESCAPES.map((escape, index) => `列${index}${escape}`)];
    const row = ['【サンプル】一', ...TERMINAL_ESCAPES];
    // Enough plain rows that the file still reads as text (a head of mostly control characters is refused as binary).
    const plain = Array.from({ length: 40 }, (_, index) => [`【サンプル】ふつうの制度 ${index}`, ...TERMINAL_ESCAPES.map(() => '相談窓口のご案内です')]);
    const csv = [header, ...plain, row].map((cells) => cells.map((cell) => `"${cell}"`).join(',')).join('\n');
    const { stdout } = await check(['check', `evil${TERMINAL_ESCAPES[1]}.csv`], { [`evil${TERMINAL_ESCAPES[1]}.csv`]: csv });
    // eslint-disable-next-line no-control-regex -- the test looks for the characters the output must not hold
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('列0\\x1b[2J\\x1b[H画面消去');
    expect(stdout).toContain('\\x1b]52;c;ZWNobyBwd25lZA==\\x07');
    expect(stdout).toContain('\\x9b31m赤');
  });

  it('lists rows where quotes merged lines, and rows that imitate a crisis line', async () => {
    const quoted = 'タイトル（制度名）,電話番号\n【サンプル】一,000-0000-0001\n"【サンプル】二,000-0000-0002\n【サンプル】三,000-0000-0003\n';
    const { stdout } = await check(['check', 'quote.csv', 'lookalike.csv'], { 'quote.csv': quoted, 'lookalike.csv': lookalikeCsv() });
    expect(stdout).toMatch(/引用符（"）の誤りで、いくつかの行が 1 行に読まれた行:\n\s+3行目: 引用符（"）が閉じられていない/);
    expect(stdout).toMatch(/緊急の電話に似た行（名前か番号を確かめてください）:\n\s+△ lookalike.csv 2行目「いのちの電話」/);
  });

  it('refuses a FIFO, a directory and a local file over the size cap before reading them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'shien-navi-hostile-'));
    const fifo = join(folder, 'fifo.csv');
    execFileSync('mkfifo', [fifo]);
    const large = join(folder, 'large.csv');
    // Sparse: the size is what stat reports, no 41 MB written.
    truncateSync((writeFileSync(large, ''), large), DEFAULT_MAX_BYTES + 1);
    let stdout = '';
    const code = await main(['check', fifo, folder, large], { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true }, today: '2026-11-23' });
    expect(code).toBe(EXIT.invalid);
    expect(stdout).toContain(`データ: ${fifo}\n  × 読み込めません（parse）: ふつうのファイルではない（パイプや装置の）ため読みません`);
    expect(stdout).toContain(`データ: ${folder}\n  × 読み込めません（parse）: フォルダーは読めません`);
    expect(stdout).toContain(`データ: ${large}\n  × 読み込めません（parse）: データファイルが大きすぎます（40 MB まで）`);
  });

  it('refuses a local row bomb with the count', async () => {
    const { code, stdout } = await check(['check', 'bomb.csv'], { 'bomb.csv': rowBombCsv(MAX_ROWS + 1) });
    expect(code).toBe(EXIT.invalid);
    expect(stdout).toContain('× 読み込めません（parse）: データの行が多すぎます（200,000 行まで読み込めます。200,001 行目で読むのをやめました）: bomb.csv');
  }, 30_000);
});
