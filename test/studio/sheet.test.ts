import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportSheet, importSheet } from '../../src/studio/model/sheet-file.js';
import { checkTemplateRows, TemplateChecker } from '../../src/check/template.js';
import { readCsvBytes } from '../../src/data/load.js';
import { duplicateRow, newSheet, rowCells, sheetLines, sheetText, splitCsv, withoutRow, withRow } from '../../src/studio/model/sheet.js';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
const LAYOUTS = readdirSync(new URL('../fixtures/layouts/', import.meta.url)).filter((name) => name.endsWith('.csv'));
const ENCODINGS = ['encoding.utf8.csv', 'encoding.utf8bom.csv', 'encoding.cp932.csv'];

describe('the row form’s sheet', () => {
  it.each([...LAYOUTS.map((name) => `layouts/${name}`), ...ENCODINGS, 'template-rules.csv'])('exports %s byte for byte when nothing changed', async (path) => {
    const bytes = fixture(path);
    const { sheet } = await importSheet(bytes, path);
    const { bytes: exported, unmappable } = await exportSheet(sheet, sheet.encoding);
    expect(unmappable).toEqual([]);
    expect(exported).toEqual(bytes);
  });

  it('keeps the file’s encoding: BOM or not, Shift_JIS', async () => {
    expect((await importSheet(fixture('encoding.utf8bom.csv'), 'a')).sheet.encoding).toBe('utf-8-bom');
    expect((await importSheet(fixture('encoding.utf8.csv'), 'a')).sheet.encoding).toBe('utf-8');
    expect((await importSheet(fixture('encoding.cp932.csv'), 'a')).sheet.encoding).toBe('shift_jis');
  });

  it('splits quoted cells with commas, quotes and line breaks, and keeps each line as written', () => {
    const lines = splitCsv('a,"b,c","d""e\r\nf"\r\n\n"x"');
    expect(lines.map((line) => line.cells)).toEqual([['a', 'b,c', 'd"e\r\nf'], [''], ['x']]);
    expect(lines.map((line) => line.end)).toEqual(['\r\n', '\n', '']);
    expect(lines[0]?.source).toBe('a,"b,c","d""e\r\nf"');
  });

  it('finds the header below a title line, as the loader does', async () => {
    const { sheet } = await importSheet(new TextEncoder().encode('制度の一覧（令和8年）\r\n制度名,電話番号\r\n【サンプル】A,000-000-0000\r\n'), 'a.csv');
    expect(sheet.header.cells).toEqual(['制度名', '電話番号']);
    expect(sheet.preamble).toHaveLength(1);
    expect(sheet.rows.map((row) => row.cells)).toEqual([['【サンプル】A', '000-000-0000']]);
  });

  it('names the same lines as the checker, title and blank lines included', async () => {
    const bytes = new TextEncoder().encode('制度の一覧\r\n\r\n制度名,電話番号\r\n【サンプル】A,\r\n\r\n【サンプル】B,\r\n');
    let checker: TemplateChecker | undefined;
    await readCsvBytes(bytes, 'a.csv', 's1', { observeRows: () => (checker = new TemplateChecker()) });
    const { sheet } = await importSheet(bytes, 'a.csv');
    const lines = sheetLines(sheet);
    expect(lines).toEqual({ header: 2, rows: [3, 3, 4], next: 5 });
    const form = checkTemplateRows(sheet.header.cells, sheet.rows.map((row) => row.cells), { headerLine: lines.header, lines: lines.rows });
    expect(form.findings.map((finding) => [finding.rule, finding.row])).toEqual(checker?.result().findings.map((finding) => [finding.rule, finding.row]));
    expect(form.findings.filter((finding) => finding.rule === 'no-contact').map((finding) => finding.row)).toEqual([3, 4]);
  });

  it('writes only the rows that changed, quoting what needs it', () => {
    const sheet = { ...newSheet('a.csv', ['制度名', '電話番号', '概要']), rows: splitCsv('"【サンプル】A",000-000-0000,x\n') };
    const edited = withRow(sheet, 1, ['【サンプル】B, 2', '000-000-0001', '1行目\n"2行目"']);
    expect(sheetText(edited)).toBe('制度名,電話番号,概要\r\n"【サンプル】A",000-000-0000,x\n"【サンプル】B, 2",000-000-0001,"1行目\n""2行目"""\r\n');
  });

  it('adds after a last line without a line break, duplicates and deletes', () => {
    const sheet = { ...newSheet('a.csv', ['制度名']), rows: splitCsv('A\r\nB') };
    expect(sheetText(withRow(sheet, 2, ['C']))).toBe('制度名\r\nA\r\nB\r\nC\r\n');
    expect(sheetText(duplicateRow(sheet, 1))).toBe('制度名\r\nA\r\nB\r\nB');
    expect(sheetText(withoutRow(sheet, 1))).toBe('制度名\r\nA');
    expect(sheetText(withoutRow(sheet, 0))).toBe('制度名\r\nB');
  });

  it('pads a short row to the header', () => {
    const sheet = { ...newSheet('a.csv', ['制度名', '電話番号', '概要']), rows: splitCsv('A\n') };
    expect(rowCells(sheet, sheet.rows[0] ?? { cells: [], end: '' })).toEqual(['A', '', '']);
  });

  it('refuses what the widget would not read as a CSV, saying why', async () => {
    await expect(importSheet(new TextEncoder().encode('{"nodes": {"a": 1}}'), 'flow.csv')).rejects.toThrow('CSV ではなく JSON');
    await expect(importSheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'book.csv')).rejects.toThrow('Excel ファイルは読めません');
    await expect(importSheet(new Uint8Array(), 'empty.csv')).rejects.toThrow('データファイルが空です');
  });

  it('reads a 50,000-row file and a one-column file, and gives them back unchanged', async () => {
    const big = `制度名,電話番号\r\n${Array.from({ length: 50_000 }, (_, index) => `【サンプル】制度${index},000-000-${String(index % 10_000).padStart(4, '0')}`).join('\r\n')}\r\n`;
    const bytes = new TextEncoder().encode(big);
    const { sheet } = await importSheet(bytes, 'big.csv');
    expect(sheet.rows).toHaveLength(50_000);
    // Compared as buffers: a deep comparison of 1.5 million numbers is needlessly slow.
    expect(Buffer.from((await exportSheet(sheet, 'utf-8')).bytes).equals(Buffer.from(bytes))).toBe(true);
    const one = await importSheet(new TextEncoder().encode('メモ\nなにか\n'), 'one.csv');
    expect(one.sheet.header.cells).toEqual(['メモ']);
    expect(one.sheet.rows.map((row) => row.cells)).toEqual([['なにか']]);
  });

  it('says which characters Shift_JIS cannot hold', async () => {
    const sheet = newSheet('a.csv', ['制度名'], [['【記入例】𠮷野の相談']]);
    const { unmappable } = await exportSheet(sheet, 'shift_jis');
    expect(unmappable).toEqual(['𠮷']);
    const { bytes } = await exportSheet(sheet, 'utf-8-bom');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
