import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../src/cli/check.js';
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
