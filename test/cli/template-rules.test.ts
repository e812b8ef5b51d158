import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../src/cli/check.js';
import { hostileCsv } from '../fixtures/hostile/corpus.mjs';

const RULES_CSV = new URL('../fixtures/template-rules.csv', import.meta.url).pathname;

async function check(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => undefined },
    readFile: async (path) => (files[path] === undefined ? new Uint8Array(readFileSync(path)) : new TextEncoder().encode(files[path])),
    today: '2026-11-23',
  });
  return { code, stdout };
}

describe('shien-navi check: the template’s rules', () => {
  it('names each broken rule with its kind, line and column, and exits 1 for errors', async () => {
    const { code, stdout } = await check(['check', RULES_CSV]);
    expect(code).toBe(EXIT.invalid);
    expect(stdout).toMatch(/△ 注意: 40 文字を超えています（name-length）\n\s+2行目「タイトル（制度名）」（5列目）: 制度名が 41 文字です。40 文字以内にしてください/);
    expect(stdout).toMatch(/△ 注意: 半角カナがあります（half-width-kana）\n\s+3行目「サブタイトル（通称）」（6列目）: 通称に半角カナがあります。全角で「ソウダンマドグチ」と書いてください/);
    expect(stdout).toMatch(/× 誤り: 全国地方公共団体コードの検査数字が合いません（code-check-digit）\n\s+4行目「全国地方公共団体コード」（2列目）: 「011003」は最後の桁（検査数字）が合いません。「011002」ではありませんか/);
    expect(stdout).toMatch(/※ お知らせ: 情報が古いかもしれません（stale）\n\s+5行目「最終更新日」（11列目）: 情報が古いかもしれません（最終更新日 2020-04-01、6年7か月前）/);
    expect(stdout).toMatch(/△ 注意: 連絡先がありません（no-contact）\n\s+6行目: 連絡先がありません/);
    expect(stdout).toMatch(/× 誤り: サービス種別が表にない値です（service-type）\n\s+7行目「サービス種別」（7列目）: 「999」はサービス種別の表にありません。101 制度事業・102 届出・認可・103 民間独自事業 のどれかを書いてください/);
    expect(stdout).toMatch(/× 誤り: 行政サービス分類が表にない値です（classification）\n\s+7行目「（個人対象）行政サービス分類1」（8列目）: 「900」は行政サービス分類の表にありません/);
    expect(stdout).toMatch(/△ 注意: 改行があります（line-break）\n\s+8行目「タイトル（制度名）」（5列目）: 制度名に改行があります。1 行で「【サンプル】改行のある制度名」のように書いてください/);
    expect(stdout).toMatch(/× 誤り: 全国地方公共団体コードと都道府県名が合いません（code-prefecture）\n\s+9行目「全国地方公共団体コード」（2列目）: 「011002」は北海道のコードですが、都道府県名は「青森県」です/);
    expect(stdout).toContain('10行目「全国地方公共団体コード」（2列目）: 「01100」は 5 桁です。検査数字をつけた 6 桁の「011002」と書いてください');
    expect(stdout).toMatch(/× 誤り: 全国地方公共団体コードと市区町村名が合いません（code-name）\n\s+11行目「全国地方公共団体コード」（2列目）: 「012041」は旭川市のコードで、市区町村名「札幌市」のコードではありません。札幌市なら「011002」です/);
    expect(stdout).toContain('結果: ひな形の決まりの誤りがあります');
  });

  it('quotes a hostile cell escaped: no terminal escape reaches the output', async () => {
    const { stdout } = await check(['check', RULES_CSV]);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point.
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    expect(stdout).toContain('10行目「サブタイトル（通称）」（6列目）: 通称に半角カナがあります。全角で「ア\\x1b[31m赤\\x1b[0m\\x07」と書いてください');
  });

  it('quotes the hostile corpus’s cells escaped in every template finding', async () => {
    const { stdout } = await check(['check', 'hostile.csv'], { 'hostile.csv': hostileCsv() });
    const findings = stdout.slice(stdout.indexOf('  ひな形の決まり（'), stdout.indexOf('フロー:'));
    expect(findings).toContain('（code-form）');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point.
    expect(findings).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    for (const line of findings.split('\n')) expect(line.length).toBeLessThan(600);
  });

  it('reads a 50,000-row file and a one-column file, listing twenty findings of a rule and counting the rest', async () => {
    const rows = Array.from({ length: 50_000 }, (_, index) => `011002,北海道,札幌市,【サンプル】制度${index},101,`).join('\n');
    const big = await check(['check', 'big.csv'], { 'big.csv': `全国地方公共団体コード,都道府県名,市区町村名,制度名,サービス種別,電話番号\n${rows}\n` });
    expect(big.code).toBe(EXIT.ok);
    expect(big.stdout).toMatch(/△ 注意: 連絡先がありません（no-contact）\n(\s+\d+行目: 連絡先がありません.*\n){20}\s+…ほか 49980 件/);
    expect(big.stdout).toContain('ひな形の決まり: 誤り 0 件・注意 50000 件・お知らせ 0 件');
    const one = await check(['check', 'one.csv'], { 'one.csv': 'メモ\nなにか\n' });
    expect(one.code).toBe(EXIT.invalid);
    for (const column of ['全国地方公共団体コード', '都道府県名', '市区町村名', '制度名', 'サービス種別']) expect(one.stdout).toContain(`必須の列「${column}」がありません`);
  });

  it('names a missing required column, and exits 0 when only warnings and notices are found', async () => {
    const missing = await check(['check', 'no-type.csv'], { 'no-type.csv': '全国地方公共団体コード,都道府県名,市区町村名,制度名,電話番号\n011002,北海道,札幌市,【サンプル】相談,000-000-0001\n' });
    expect(missing.code).toBe(EXIT.invalid);
    expect(missing.stdout).toMatch(/× 誤り: 必須の列がありません（required-column）\n\s+見出し（1行目）: 必須の列「サービス種別」がありません/);
    const advice = await check(['check', 'old.csv'], {
      'old.csv': '全国地方公共団体コード,都道府県名,市区町村名,制度名,サービス種別,電話番号,最終更新日\n011002,北海道,札幌市,【サンプル】相談,101,,R2.4.1\n',
    });
    expect(advice.code).toBe(EXIT.ok);
    expect(advice.stdout).toContain('2行目: 連絡先がありません');
    expect(advice.stdout).toContain('情報が古いかもしれません（最終更新日 2020-04-01、6年7か月前）');
    expect(advice.stdout).toContain('ひな形の決まり: 誤り 0 件・注意 1 件・お知らせ 1 件');
  });
});
