import { describe, expect, it } from 'vitest';
import { TemplateChecker } from '../../src/check/template.js';
import { readCsvBytes } from '../../src/data/load.js';
import { exportSheet } from '../../src/studio/model/sheet-file.js';
import { EXAMPLE_MARK, TEMPLATE_COLUMNS, TEMPLATE_HEADER, templateGuide, templateSheet } from '../../src/studio/model/template-file.js';

const TODAY = '2026-11-23';

describe('the template to start from', () => {
  it('starts with the published columns in order, then the widget’s own, as UTF-8 with BOM', async () => {
    const { bytes } = await exportSheet(templateSheet(TODAY), 'utf-8-bom');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const [header, example] = text.split('\r\n');
    expect(header?.split(',').slice(0, 9)).toEqual(['No', '全国地方公共団体コード', '都道府県名', '市区町村名', 'タイトル（制度名）', 'サブタイトル（通称）', 'サービス種別', '（個人対象）行政サービス分類1', '（個人対象）行政サービス分類2']);
    expect(header?.split(',')).toEqual([...TEMPLATE_HEADER]);
    expect(header).toContain('支援内容');
    expect(header).toContain('申請窓口');
    expect(example).toContain(`${EXAMPLE_MARK}くらしの困りごと相談`);
    expect(example).toMatch(/,000-000-0000,/);
  });

  it('reads clean through the checker: every column known, no finding of the template’s rules', async () => {
    const { bytes } = await exportSheet(templateSheet(TODAY), 'utf-8-bom');
    let checker: TemplateChecker | undefined;
    const result = await readCsvBytes(bytes, 'hinagata.csv', 's1', { today: TODAY, observeRows: () => (checker = new TemplateChecker({ today: TODAY })) });
    expect(result.records).toHaveLength(1);
    expect(result.report.columns.filter((column) => column.status === 'unknown' || column.status === 'duplicate')).toEqual([]);
    expect(result.report.unreadableCount).toBe(0);
    expect(checker?.result().findings).toEqual([]);
  });

  it('explains every column in 記入のしかた, with the required ones marked', () => {
    const guide = templateGuide();
    for (const column of TEMPLATE_COLUMNS) expect(guide).toContain(`| ${column} |`);
    expect(guide).toContain('| サービス種別 | 必須 |');
    expect(guide).toContain('| タイトル（制度名） | 必須 |');
    expect(guide).toContain('`401` 相談');
  });
});
