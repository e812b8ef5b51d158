import { describe, expect, it } from 'vitest';
import { CHECK_LANGUAGES, FINDING_LABELS, labelText } from '../../src/check/labels.js';
import { CELL_KINDS, REPORT_FINDINGS } from '../../src/check/report.js';
import { FINDING_KINDS, TEMPLATE_RULES } from '../../src/check/template.js';

/** Every kind of finding the checker can report, from where each is defined (not from the label table). */
const EVERY_KIND = {
  kinds: FINDING_KINDS,
  marks: FINDING_KINDS,
  rules: Object.keys(TEMPLATE_RULES),
  cells: CELL_KINDS,
  flow: ['error', 'warning'],
  findings: REPORT_FINDINGS,
} as const;

/** The label of `kind` in `group`, as text: a plain label, or a FindingLabel's name. */
function labelOf(language: string, group: keyof typeof EVERY_KIND, kind: string): unknown {
  const table = (FINDING_LABELS as unknown as Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined>>)[language];
  const label = table?.[group]?.[kind];
  return typeof label === 'object' && label !== null && 'name' in label ? label.name : label;
}

describe('the finding labels', () => {
  it.each(CHECK_LANGUAGES)('name every kind of finding in %s', (language) => {
    const missing: string[] = [];
    for (const [group, kinds] of Object.entries(EVERY_KIND) as [keyof typeof EVERY_KIND, readonly string[]][]) {
      for (const kind of kinds) {
        const label = labelOf(language, group, kind);
        if (typeof label !== 'string' || label.trim() === '') missing.push(`${group}.${kind}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(CHECK_LANGUAGES)('tell the kinds apart in %s, by word and by mark', (language) => {
    const { kinds, marks, findings, cells } = FINDING_LABELS[language];
    expect(new Set(FINDING_KINDS.map((kind) => kinds[kind])).size).toBe(FINDING_KINDS.length);
    expect(new Set(FINDING_KINDS.map((kind) => marks[kind])).size).toBe(FINDING_KINDS.length);
    // Two findings with one name could not be told apart in a saved report's 種類 column.
    const names = [...REPORT_FINDINGS.map((kind) => findings[kind].name), ...CELL_KINDS.map((kind) => cells[kind].name)];
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('write a heading with why it matters in brackets', () => {
    expect(labelText(FINDING_LABELS.ja.findings.duplicateIds)).toBe('同じ制度番号の行（先に読んだ行だけを表示します）');
    expect(labelText(FINDING_LABELS.ja.findings.skipped)).toBe('読み飛ばした行');
  });
});
