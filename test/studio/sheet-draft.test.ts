import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import { readDraft, toDraft } from '../../src/studio/model/draft.js';
import { readRowEdit, readSheetDraft } from '../../src/studio/model/sheet-draft.js';
import { readSheet } from '../../src/studio/model/sheet.js';
import { MAX_FILE_BYTES } from '../../src/studio/model/sources.js';
import { EMPTY_WORKSPACE } from '../../src/studio/model/store.js';

const SHEET = readSheet('題名\r\n制度名,電話番号\r\n"【サンプル】A",000-000-0000\n\n', 'a.csv', 'shift_jis', new Map([['∵', 0x879a]]));

describe('the row form’s file kept with the draft', () => {
  it('reads back the sheet and the open row as written', () => {
    const stored = structuredClone(toDraft({ ...EMPTY_WORKSPACE, sheet: SHEET, rowEdit: { index: 0, cells: ['【サンプル】B', ''] } }, new Date()));
    const read = readDraft(stored);
    expect(read?.sheet).toEqual(SHEET);
    expect(read?.rowEdit).toEqual({ index: 0, cells: ['【サンプル】B', ''] });
  });

  it('keeps hostile text as text', () => {
    const sheet = readSheet(`制度名\n${HOSTILE_STRINGS.map((text) => `"${text.replace(/"/g, '""')}"`).join('\n')}\n`, 'h.csv', 'utf-8');
    expect(readSheetDraft(structuredClone(sheet))).toEqual(sheet);
  });

  it('drops a sheet that is not sound, whole', () => {
    const bad = [
      undefined,
      'sheet',
      { ...SHEET, encoding: 'latin1' },
      { ...SHEET, newline: '' },
      { ...SHEET, rows: [{ cells: [1], end: '\n' }] },
      { ...SHEET, rows: [{ cells: ['a'], end: '\t' }] },
      { ...SHEET, header: undefined },
      { ...SHEET, rows: [{ cells: ['x'.repeat(MAX_FILE_BYTES + 1)], end: '' }] },
    ];
    for (const value of bad) expect(readSheetDraft(value)).toBeUndefined();
    expect(readSheetDraft({ ...SHEET, shiftJisChoices: new Map<unknown, unknown>([['ab', 1], [5, 0x879a]]) })?.shiftJisChoices).toBeUndefined();
  });

  it('drops an open row that is not sound', () => {
    for (const value of [undefined, { index: -1, cells: [] }, { index: 1.5, cells: [] }, { index: 0, cells: [null] }]) expect(readRowEdit(value)).toBeUndefined();
  });
});
