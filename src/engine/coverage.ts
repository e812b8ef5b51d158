import type { ServiceRecord } from '../data/record.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { Flow } from './flow.js';
import { runQuery } from './query.js';
import { firstPaths } from './situations.js';

export interface GoalPath {
  readonly goal: string;
  /** Choice labels from the start to the goal, e.g. ['緊急の困りごと', '食べるものがない', …]. */
  readonly labels: readonly string[];
}

/** A way to each reachable goal, in the order a person meets them (depth first, choice order). */
export function goalPaths(flow: Flow, lang: Lang = 'ja'): GoalPath[] {
  return [...firstPaths(flow)]
    .filter(([id]) => flow.nodes[id]?.kind === 'goal')
    .map(([goal, labels]) => ({ goal, labels: labels.map((label) => localize(label, lang)) }));
}

export interface CoverageColumn {
  /** A municipality named in the data; '' for "no filter"; undefined for "any other municipality". */
  readonly municipality: string | undefined;
}

export interface Coverage {
  /** No filter, then each municipality of the data, then any other (prefecture-wide rows only). */
  readonly columns: readonly CoverageColumn[];
  readonly goals: readonly GoalPath[];
  /** counts[goal index][column index]: services a person with that municipality filter sees. */
  readonly counts: readonly (readonly number[])[];
}

/**
 * How many services each goal shows for each municipality filter (records without a
 * municipality count everywhere), so data owners see which paths end without a service.
 */
export function goalCoverage(flow: Flow, records: readonly ServiceRecord[]): Coverage {
  const named = [...new Set(records.flatMap((record) => record.municipalities))];
  const columns: CoverageColumn[] = [{ municipality: '' }, ...named.map((municipality) => ({ municipality })), { municipality: undefined }];
  const prefectureWide = records.filter((record) => record.municipality === '');
  const goals = goalPaths(flow);
  const counts = goals.map(({ goal }) => {
    const node = flow.nodes[goal];
    if (node?.kind !== 'goal') return columns.map(() => 0);
    return columns.map(({ municipality }) =>
      municipality === undefined ? runQuery(node.query, prefectureWide).length : runQuery(node.query, records, municipality).length,
    );
  });
  return { columns, goals, counts };
}
