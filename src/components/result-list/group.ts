import { CLASSIFICATIONS } from '../../data/codes.js';
import type { ServiceRecord } from '../../data/record.js';

export interface ResultGroup {
  /** 支援分類 label, or '' for records without one (shown as "その他"). */
  readonly label: string;
  readonly records: readonly ServiceRecord[];
}

const CLASSIFICATION_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(CLASSIFICATIONS));
/** A letter or digit in any script: a label with none (zero-width junk, dashes) says nothing. */
const READABLE = /[\p{L}\p{N}]/u;

/**
 * The heading for a 行政サービス分類 code: its name; a publisher's own 分類 text as written;
 * '' when there is none or nothing in it to read.
 */
function groupLabel(code: string): string {
  return CLASSIFICATION_NAMES.get(code) ?? (READABLE.test(code) ? code : '');
}

/**
 * Codes in their order (201 before 401), a publisher's own labels after them in character order.
 * No collator: setting one up (what String#localeCompare does) costs the first list about 10 ms.
 */
function byOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Groups records by their first 行政サービス分類, in code order, then other labels, unlabelled last. */
export function groupByClassification(records: readonly ServiceRecord[]): ResultGroup[] {
  const groups = new Map<string, { order: string; records: ServiceRecord[] }>();
  for (const record of records) {
    const code = record.classifications[0] ?? '';
    const label = groupLabel(code);
    const group = groups.get(label) ?? { order: label === '' ? '' : code, records: [] };
    group.records.push(record);
    groups.set(label, group);
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => (a.order === '' ? 1 : b.order === '' ? -1 : byOrder(a.order, b.order)))
    .map(([label, group]) => ({ label, records: group.records }));
}
