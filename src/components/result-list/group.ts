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

/** One collator for every list: `localeCompare` without one sets up ICU on each call, a keystroke's worth of work. */
let collator: Intl.Collator | undefined;

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
  collator ??= new Intl.Collator();
  const compare = collator.compare;
  return [...groups.entries()]
    .sort(([, a], [, b]) => (a.order === '' ? 1 : b.order === '' ? -1 : compare(a.order, b.order)))
    .map(([label, group]) => ({ label, records: group.records }));
}
