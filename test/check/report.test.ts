import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSourceOutcome, type SourceOutcome } from '../../src/check/read-source.js';
import { buildCheckReport, NO_FILTER, OTHER_MUNICIPALITIES } from '../../src/check/report.js';
import { NO_TEMPLATE_FINDINGS } from '../../src/check/template.js';
import { ShienNaviError } from '../../src/data/errors.js';
import { LOOKALIKE_ROWS, lookalikeCsv, TERMINAL_ESCAPES } from '../fixtures/hostile/corpus.mjs';

const TODAY = '2026-11-23';
const encoder = new TextEncoder();

/** Reads CSV text the way the checker does, keeping the failure when it cannot be used. */
function outcome(source: string, csv: string | Uint8Array): Promise<SourceOutcome> {
  return readSourceOutcome({ kind: 'bytes', name: source, bytes: typeof csv === 'string' ? encoder.encode(csv) : csv }, { key: source, today: TODAY });
}

const layout = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/layouts/${name}`, import.meta.url)));

describe('the check report', () => {
  it('says per file which column was read as what, in the words a data owner reads', async () => {
    const report = buildCheckReport([await outcome('disaster.csv', layout('disaster-list.csv'))]);
    const [source] = report.sources;
    expect(source).toMatchObject({ source: 'disaster.csv', ok: true, encoding: 'UTF-8', rows: 5, shown: 4, expired: 1 });
    const column = (header: string) => source?.columns.find((finding) => finding.header === header);
    expect(column('支援内容')).toMatchObject({ column: 17, status: 'read', field: 'benefit', message: '支援内容（受けられること。カードにいつも表示）' });
    expect(column('申請窓口')?.message).toBe('申請窓口（「続きを読む」の中）');
    expect(column('制度管理番号')).toMatchObject({ status: 'unused' });
    expect(column('制度管理番号')?.message).toContain('表示には使いません');
    expect(source?.expiredRows.map((row) => row.message)).toEqual(['4行目: 公開終了日 2025-03-31 を過ぎたので表示しません']);
  });

  it('lists cells that cannot be read, with the row, the column and what to write instead', async () => {
    const report = buildCheckReport([await outcome('hokkaido.csv', layout('hokkaido.csv'))]);
    const cells = report.sources[0]?.unreadable ?? [];
    expect(cells.map((cell) => [cell.kind, cell.row, cell.column, cell.text])).toEqual([
      ['date', 5, '最終更新日', '随時'],
      ['url', 5, '詳細参照先', '市のホームページ'],
      ['phone', 5, '電話番号', '窓口へ直接お越しください'],
    ]);
    expect(cells[0]?.message).toMatch(/^5行目「最終更新日」の「随時」: 日付として読めません.*令和6年4月1日/);
    expect(cells[2]?.message).toContain('011-231-4567 のように');
    expect(report.sources[0]?.skipped.map((row) => row.message)).toEqual(['6行目: 制度名が空なので読み飛ばしました。制度名を書いてください']);
  });

  it('still shows the columns of a file that has nothing to show, and fails it', async () => {
    const report = buildCheckReport([await outcome('bad.csv', '番号,メモ\n1,なにか\n')]);
    expect(report.ok).toBe(false);
    expect(report.sources[0]).toMatchObject({ ok: false, error: { kind: 'schema' }, encoding: 'UTF-8' });
    expect(report.sources[0]?.columns.map((column) => [column.header, column.status])).toEqual([
      ['番号', 'read'],
      ['メモ', 'unknown'],
    ]);
  });

  it('reports a file that cannot be read at all', () => {
    const report = buildCheckReport([{ ok: false, source: 'gone.csv', error: new ShienNaviError('network', 'ファイルを開けません', 'gone.csv'), template: NO_TEMPLATE_FINDINGS }]);
    expect(report).toMatchObject({ ok: false, shown: 0, coverage: undefined });
    expect(report.sources[0]).toMatchObject({ ok: false, error: { kind: 'network', message: 'ファイルを開けません' }, columns: [] });
    expect(report.sources[0]?.encoding).toBeUndefined();
  });

  it('finds 制度番号 shared by rows, within a file and across files, and says which row is shown', async () => {
    const other = '制度番号,制度名\n000-N1,【サンプル】別の市の制度\n000-N9,【サンプル】ほかの制度\n';
    const report = buildCheckReport([await outcome('national.csv', layout('national-2020.csv')), await outcome('city.csv', other)]);
    expect(report.duplicateIds).toHaveLength(1);
    const [duplicate] = report.duplicateIds;
    expect(duplicate).toMatchObject({
      id: '000-N1',
      shown: { source: 'national.csv', row: 2, name: '【サンプル】ひとり親家庭の家賃助成' },
      hidden: [
        { source: 'national.csv', row: 4, name: '【サンプル】同じ番号の別の制度' },
        { source: 'city.csv', row: 2, name: '【サンプル】別の市の制度' },
      ],
    });
    expect(duplicate?.message).toContain('別の制度なら番号を変えてください');
    // Merged as the widget merges: the hidden rows are not counted.
    expect(report.shown).toBe(3 + 2 - 2);
  });

  it('counts each goal per municipality, and names the goals without a service', async () => {
    const report = buildCheckReport([await outcome('disaster.csv', layout('disaster-list.csv'))]);
    expect(report.coverage?.columns).toEqual([NO_FILTER, '旭川市', OTHER_MUNICIPALITIES]);
    expect(report.coverage?.goals.length).toBeGreaterThan(10);
    const gap = report.coverage?.gaps.find((entry) => entry.municipality === OTHER_MUNICIPALITIES);
    // Every service of this file is for 旭川市 only: elsewhere, every goal is empty.
    expect(gap?.goals).toEqual(report.coverage?.goals);
  });

  it('checks a flow given as JSON, and fails one that cannot be read', async () => {
    const source = await outcome('disaster.csv', layout('disaster-list.csv'));
    const flow = { version: 1, start: 'q', nodes: { q: { kind: 'question', text: '質問', choices: [{ label: 'x', next: 'nope' }] } } };
    const invalid = buildCheckReport([source], { source: 'flow.json', json: flow });
    expect(invalid.ok).toBe(false);
    expect(invalid.flow.problems.map((problem) => problem.code)).toContain('unknown-target');
    expect(invalid.coverage).toBeUndefined();
    const unreadable = buildCheckReport([source], { source: 'flow.json', error: 'Unexpected token' });
    expect(unreadable.flow).toEqual({ source: 'flow.json', ok: false, error: 'Unexpected token', problems: [], goalsWithoutPhrases: [] });
    const bundled = buildCheckReport([source]);
    // The bundled flow ships phrases for every goal.
    expect(bundled.flow).toEqual({ id: 'hokkaido', ok: true, problems: [], goalsWithoutPhrases: [] });
  });

  it('lists the goals no phrase leads to, as the choices that lead there', async () => {
    const source = await outcome('disaster.csv', layout('disaster-list.csv'));
    const flow = {
      version: 1,
      start: 'q',
      nodes: {
        q: { kind: 'question', text: '質問', choices: [{ label: 'ごはん', next: 'food', phrases: ['食べ物がない'] }, { label: 'すまい', next: 'home' }] },
        food: { kind: 'goal', text: '食べ物', query: { terms: ['食'] } },
        home: { kind: 'goal', text: '住まい', query: { terms: ['住'] } },
      },
    };
    expect(buildCheckReport([source], { source: 'flow.json', json: flow }).flow.goalsWithoutPhrases).toEqual(['すまい']);
  });
});

describe('hostile data in the check report', () => {
  it('flags rows that imitate a crisis line, and only those', async () => {
    const report = buildCheckReport([await outcome('lookalike.csv', lookalikeCsv())]);
    expect(report.lookalikes.map((row) => [row.row, row.name])).toEqual(LOOKALIKE_ROWS.map((row, index) => [index + 2, row.name]));
    expect(report.lookalikes[0]?.message).toBe(
      'lookalike.csv 2行目「いのちの電話」: 緊急の電話「いのちの電話」と同じ名前ですが、番号が 0570-783-556 ではありません。番号が正しいか確かめてください（部品は、この行を緊急の電話とは別の窓口として表示します）',
    );
    expect(report.lookalikes[2]?.message).toContain('番号が緊急の電話「よりそいホットライン」の 0120-279-338 と 1 けただけ違います');
  });

  it('lists rows where a stray quote merged lines, with the row', async () => {
    const csv = 'タイトル（制度名）,電話番号\n【サンプル】一,000-0000-0001\n"【サンプル】二,000-0000-0002\n【サンプル】三,000-0000-0003\n';
    const source = buildCheckReport([await outcome('quote.csv', csv)]).sources[0];
    expect(source?.quoteErrors.map((finding) => finding.message)).toEqual([
      '3行目: 引用符（"）が閉じられていないため、ここからファイルの終わりまでが 1 つのセルとして読まれました。セルの中の " は "" と 2 つ重ねて書くか、セル全体を " で囲んでください',
    ]);
  });

  it('quotes a cell with its control characters as visible escapes', async () => {
    const csv = `タイトル（制度名）,最終更新日\n【サンプル】一,"${TERMINAL_ESCAPES[0]}"\n`;
    const [cell] = buildCheckReport([await outcome('escape.csv', csv)]).sources[0]?.unreadable ?? [];
    expect(cell?.message).toContain('「\\x1b[2J\\x1b[H画面消去」');
    expect(cell?.message).not.toContain('\u001b');
  });
});
