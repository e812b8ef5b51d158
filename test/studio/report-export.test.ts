import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSourceOutcome, type SourceOutcome } from '../../src/check/read-source.js';
import { buildCheckReport } from '../../src/check/report.js';
import { findingRows, reportCsv, reportMarkdown } from '../../src/studio/model/report-export.js';
import { lookalikeCsv, REPORT_INJECTIONS, TERMINAL_ESCAPES } from '../fixtures/hostile/corpus.mjs';

const TODAY = '2026-11-23';
const layout = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/layouts/${name}`, import.meta.url)));

function outcome(source: string, bytes: Uint8Array): Promise<SourceOutcome> {
  return readSourceOutcome({ kind: 'bytes', name: source, bytes }, { key: source, today: TODAY });
}

/** Splits CSV text into rows of cells (quoted cells, doubled quotes). */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => (match[1] ?? '').replace(/""/g, '"')));
}

describe('the data check report as files', () => {
  it('lists every finding with where it is, in the checker own words', async () => {
    const report = buildCheckReport([await outcome('national-2020.csv', layout('national-2020.csv')), await outcome('empty.csv', new Uint8Array())]);
    const rows = findingRows(report);
    expect(rows).toContainEqual({ kind: '期限切れで表示しない行', source: 'national-2020.csv', row: '3', column: '', message: '3行目: 受付終了日 2026-03-31 を過ぎたので表示しません' });
    // Named as the CLI names them (src/check/labels.ts).
    expect(rows.find((row) => row.kind === '日付として読めないもの')).toMatchObject({ source: 'national-2020.csv', row: '5', column: '受付終了日' });
    expect(rows.find((row) => row.kind === '同じ制度番号の行')?.message).toContain('制度番号「000-N1」');
    expect(rows.find((row) => row.kind === '読み込めません')).toMatchObject({ source: 'empty.csv', message: expect.stringContaining('空です') });
    expect(rows.filter((row) => row.kind === '該当する制度が 1 件もないゴール').length).toBeGreaterThan(0);
  });

  it('lists the area names the widget does not know, with the names it expected', async () => {
    const csv = '全国地方公共団体コード,都道府県名,市区町村名,タイトル（制度名）\n010006,北海道,空地,【サンプル】誤字\n010006,北海道,空知,【サンプル】そらち\n';
    const report = buildCheckReport([await outcome('areas.csv', new TextEncoder().encode(csv))]);
    const rows = findingRows(report).filter((row) => row.kind === '市町村名でも振興局名でもない地域');
    expect(rows.map((row) => [row.source, row.row])).toEqual([['areas.csv', '2']]);
    expect(rows[0]?.message).toContain('空知、石狩');
  });

  it('lists the template’s findings with their kind, rule, line and column', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/template-rules.csv', import.meta.url)));
    const rows = findingRows(buildCheckReport([await outcome('rules.csv', bytes)]));
    expect(rows).toContainEqual({
      kind: 'ひな形の決まり（誤り）: 全国地方公共団体コードの検査数字が合いません（code-check-digit）',
      source: 'rules.csv',
      row: '4',
      column: '全国地方公共団体コード',
      message: expect.stringContaining('「011003」は最後の桁（検査数字）が合いません'),
    });
    expect(rows.filter((row) => row.kind.startsWith('ひな形の決まり')).length).toBe(12);
  });

  it('writes CSV a spreadsheet opens as text: BOM, quoted cells, formulas defused', async () => {
    const base = buildCheckReport([await outcome('national-2020.csv', layout('national-2020.csv'))]);
    const hostile = { ...base, duplicateIds: [{ ...base.duplicateIds[0], id: 'x', message: '=HYPERLINK("https://evil.example","押す")' } as (typeof base.duplicateIds)[number]] };
    const csv = reportCsv(hostile);
    expect(csv.startsWith('\uFEFF"種類","ファイル・市町村","行","列・ノード","内容"\r\n')).toBe(true);
    const cells = parseCsv(csv);
    expect(cells.every((row) => row.length === 5)).toBe(true);
    expect(cells.find((row) => row[0] === '同じ制度番号の行')?.[4]).toBe('\'=HYPERLINK("https://evil.example","押す")');
    expect(cells.length).toBe(findingRows(hostile).length + 1);
  });

  it('writes Markdown with the counts table, markup in the data escaped', async () => {
    const report = buildCheckReport([await outcome('every|field.csv', layout('every-field.csv'))]);
    const markdown = reportMarkdown(report);
    expect(markdown).toMatch(/^# shien-navi データの点検\n/);
    expect(markdown).toContain('## every\\|field.csv');
    expect(markdown).toContain('## ゴールごとの件数');
    const header = markdown.split('\n').find((line) => line.startsWith('| ゴール |')) ?? '';
    const columns = header.split(' | ').length;
    const goalRows = markdown.split('\n').filter((line) => line.startsWith('| ') && line.includes('›'));
    expect(goalRows.length).toBe(report.coverage?.goals.length);
    expect(goalRows.every((line) => line.split(' | ').length === columns)).toBe(true);
  });
});

describe('hostile cells in the report files', () => {
  /** A report whose every file name, header and quoted cell is a payload (the headers are data too). */
  async function hostileReport() {
    const payloads = [...TERMINAL_ESCAPES, ...REPORT_INJECTIONS];
    const header = ['タイトル（制度名）', '最終更新日', ...payloads.map((payload) => ` ${payload}`)];
    const plain = Array.from({ length: 40 }, (_, index) => [`【サンプル】制度 ${index}`, '2026-01-01', ...payloads.map(() => '相談窓口のご案内')]);
    const rows = payloads.map((payload) => [`【サンプル】${payload}`, payload, ...payloads.map(() => '')]);
    const csv = [header, ...plain, ...rows].map((cells) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\n');
    return buildCheckReport([
      await outcome(`${TERMINAL_ESCAPES[1]}.csv`, new TextEncoder().encode(csv)),
      await outcome('lookalike.csv', new TextEncoder().encode(lookalikeCsv())),
      await outcome('quote.csv', new TextEncoder().encode('タイトル（制度名）,電話番号\n【サンプル】一,000-0000-0001\n"【サンプル】二,000-0000-0002\n')),
    ]);
  }

  it('CSV: no control character, no cell a spreadsheet would run', async () => {
    const report = await hostileReport();
    const csv = reportCsv(report);
    // eslint-disable-next-line no-control-regex -- the characters the file must not hold (its own line breaks aside)
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(csv).toContain('\\x1b]52;c;ZWNobyBwd25lZA==\\x07');
    const cells = parseCsv(csv).flat();
    expect(cells.filter((cell) => /^\s*[=+\-@]/.test(cell))).toEqual([]);
    expect(cells).toContain('緊急の電話に似た行');
    expect(cells).toContain('引用符（"）の誤りで、いくつかの行が 1 行に読まれた行');
  });

  it('Markdown: no control character, no raw markup, link or entity', async () => {
    const markdown = reportMarkdown(await hostileReport());
    // eslint-disable-next-line no-control-regex -- as above, its own line breaks aside
    expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(markdown).not.toMatch(/(^|[^\\])[<[|&]img|(^|[^\\])\[押す\]/);
    expect(markdown).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(markdown).toContain('## 緊急の電話に似た行');
    expect(markdown).toContain('3行目: 引用符（"）が閉じられていない');
  });
});
