import { CLASSIFICATIONS } from '../../data/normalize.js';
import type { ServiceRecord } from '../../data/record.js';

export interface ResultGroup {
  /** 支援分類 label, or '' for records without one. */
  readonly label: string;
  readonly records: readonly ServiceRecord[];
}

/** Groups records by their first 行政サービス分類, in code order, unclassified last. */
export function groupByClassification(records: readonly ServiceRecord[]): ResultGroup[] {
  const groups = new Map<string, ServiceRecord[]>();
  for (const record of records) {
    const code = record.classifications[0] ?? '';
    const list = groups.get(code) ?? [];
    list.push(record);
    groups.set(code, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([code, list]) => ({ label: CLASSIFICATIONS[code as keyof typeof CLASSIFICATIONS] ?? code, records: list }));
}
