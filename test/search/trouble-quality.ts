/**
 * The measurement of trouble search, shared by the Vitest test (which asserts the thresholds)
 * and `npm run bench` (which prints the figures): hit@3 of the combined answer on the trouble
 * set, a naive baseline on the same records, and the crisis set.
 */
import { readFileSync } from 'node:fs';
import { generateTownCsv } from '../../bench/generate-town-csv.mjs';
import { parseCsv } from '../../src/data/parse.js';
import type { ServiceRecord } from '../../src/data/record.js';
import { answerQuery } from '../../src/engine/answer.js';
import { loadTroubleSearch } from '../../src/engine/load-trouble-search.js';
import { ServiceCounts } from '../../src/engine/counts.js';
import type { Flow, FlowNode } from '../../src/engine/flow.js';
import { runQuery } from '../../src/engine/query.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { crisisLinesFor } from '../../src/search/crisis.js';
import { foldText } from '../../src/search/normalize.js';
import { loadFuzzyMatcher, SearchIndex } from '../../src/search/search-index.js';
import { QUALITY_QUERIES } from './quality-queries.js';
import { CRISIS_KINDS, CRISIS_QUERIES, TROUBLE_QUERIES, type TroubleQuery } from './trouble-queries.js';

const TODAY = { today: '2026-11-23' };

/** The data sets measured: the demo's sample CSV, and the generated towns' services. */
export function qualityDataSets(): { readonly name: string; readonly records: readonly ServiceRecord[] }[] {
  const demo = readFileSync(new URL('../../demo/data/sample.csv', import.meta.url), 'utf8');
  return [
    { name: 'demo/data/sample.csv', records: parseCsv(demo, TODAY).records },
    { name: 'bench/generate-town-csv.mjs', records: parseCsv(generateTownCsv(), TODAY).records },
  ];
}

export interface TroubleQuality {
  readonly dataSet: string;
  readonly records: number;
  /** Queries whose expected goals show at least one service in this data. */
  readonly measured: number;
  /** Queries left out: no expected goal has a service in this data. */
  readonly unanswerable: readonly string[];
  readonly hitAt1: number;
  readonly hitAt3: number;
  readonly misses: readonly string[];
  /** Expected goal among the first three situations offered (independent of the data). */
  readonly situationHitAt3: number;
  readonly baselineHitAt3: number;
  readonly baselineMisses: readonly string[];
  /** hit@3 per form of writing: [hits, measured]. */
  readonly byForm: Readonly<Record<string, readonly [number, number]>>;
}

function characterPairs(text: string): Set<string> {
  const chars = [...text];
  const pairs = new Set<string>();
  for (let index = 0; index + 1 < chars.length; index += 1) pairs.add(`${chars[index]}${chars[index + 1]}`);
  return pairs;
}

/** The naive baseline: records ranked by how many character pairs of the query their text shares. */
function baselineTop(query: string, texts: readonly { record: ServiceRecord; pairs: Set<string> }[], n: number): ServiceRecord[] {
  const wanted = characterPairs(foldText(query));
  return texts
    .map(({ record, pairs }) => ({ record, shared: [...wanted].filter((pair) => pairs.has(pair)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, n)
    .map(({ record }) => record);
}

const plain = (record: ServiceRecord): string => record.name.replace('【サンプル】', '');
const langOf = (trouble: TroubleQuery) => (trouble.form === 'en' ? 'en' : 'ja');

/** The bundled flow without its curated phrases: what the choice labels alone find. */
export function labelsOnly(flow: Flow): Flow {
  const nodes = Object.fromEntries(
    Object.entries(flow.nodes).map(([id, node]): [string, FlowNode] => {
      if (node.kind === 'goal') return [id, { ...node, phrases: undefined }];
      if (node.kind === 'question') return [id, { ...node, choices: node.choices.map((choice) => ({ ...choice, phrases: undefined })) }];
      return [id, node];
    }),
  );
  return { ...flow, nodes };
}

export async function troubleQuality(dataSet: string, records: readonly ServiceRecord[], flow: Flow = HOKKAIDO_FLOW, queries: readonly TroubleQuery[] = TROUBLE_QUERIES): Promise<TroubleQuality> {
  await loadFuzzyMatcher();
  const troubles = (await loadTroubleSearch(flow))?.troubles;
  const index = SearchIndex.build(records);
  const texts = records.map((record) => ({
    record,
    pairs: characterPairs(foldText([record.name, record.alias, ...record.keywords, record.summary, record.target, ...record.troubles].join(' '))),
  }));
  const nodes: Readonly<Record<string, FlowNode>> = HOKKAIDO_FLOW.nodes;
  const goalRecords = new Map(
    Object.entries(nodes).flatMap(([id, node]) => (node.kind === 'goal' ? [[id, new Set(runQuery(node.query, records))] as const] : [])),
  );
  let measured = 0;
  let hitAt1 = 0;
  let hitAt3 = 0;
  let situationHitAt3 = 0;
  let baselineHitAt3 = 0;
  const misses: string[] = [];
  const baselineMisses: string[] = [];
  const unanswerable: string[] = [];
  const byForm: Record<string, [number, number]> = {};
  for (const trouble of queries) {
    const right = new Set(trouble.expect.flatMap((goal) => [...(goalRecords.get(goal) ?? [])]));
    const answer = answerQuery(trouble.query, { flow, lang: langOf(trouble), records, index, troubles });
    if (answer.situations.slice(0, 3).some((match) => trouble.expect.includes(match.node))) situationHitAt3 += 1;
    if (right.size === 0) {
      unanswerable.push(trouble.query);
      continue;
    }
    measured += 1;
    const form = (byForm[trouble.form] ??= [0, 0]);
    form[1] += 1;
    const top = answer.services.slice(0, 3).map((service) => service.record);
    if (top[0] && right.has(top[0])) hitAt1 += 1;
    if (top.some((record) => right.has(record))) {
      hitAt3 += 1;
      form[0] += 1;
    } else {
      misses.push(`${trouble.form}「${trouble.query}」→ ${top.map(plain).join(' / ') || '(なし)'}（期待: ${trouble.expect.join(' | ')}）`);
    }
    const baseline = baselineTop(trouble.query, texts, 3);
    if (baseline.some((record) => right.has(record))) baselineHitAt3 += 1;
    else baselineMisses.push(`${trouble.form}「${trouble.query}」`);
  }
  return { dataSet, records: records.length, measured, unanswerable, hitAt1, hitAt3, misses, situationHitAt3, baselineHitAt3, baselineMisses, byForm };
}

export interface CrisisQuality {
  readonly cries: number;
  /** Cries that surfaced at least one of the lines their kind needs. */
  readonly answered: number;
  readonly misses: readonly string[];
  readonly nameQueries: number;
  /** Name queries of the search set that showed crisis lines (must be none). */
  readonly falseOnNames: readonly string[];
  readonly ordinaryTroubles: number;
  /** Ordinary troubles (not cries) that showed crisis lines. */
  readonly falseOnTroubles: readonly string[];
}

export function crisisQuality(): CrisisQuality {
  const misses = CRISIS_QUERIES.filter(({ query, kind }) => !crisisLinesFor(query).some((line) => (CRISIS_KINDS[kind] as readonly string[]).includes(line))).map(
    ({ query, kind }) => `${kind}「${query}」`,
  );
  const ordinary = TROUBLE_QUERIES.filter((trouble) => !trouble.crisis);
  return {
    cries: CRISIS_QUERIES.length,
    answered: CRISIS_QUERIES.length - misses.length,
    misses,
    nameQueries: QUALITY_QUERIES.length,
    falseOnNames: QUALITY_QUERIES.map(({ query }) => query).filter((query) => crisisLinesFor(query).length > 0),
    ordinaryTroubles: ordinary.length,
    falseOnTroubles: ordinary.map(({ query }) => query).filter((query) => crisisLinesFor(query).length > 0),
  };
}

/**
 * Milliseconds of `answerQuery` per keystroke, typing each query one character at a time (a
 * first pass warms up, as a person's first keystrokes would; the second is measured), with the
 * index and goal results built beforehand as the widget builds them while the person reads.
 */
export async function answerKeystrokes(records: readonly ServiceRecord[], queries: readonly string[]): Promise<number[]> {
  await loadFuzzyMatcher();
  const troubles = (await loadTroubleSearch(HOKKAIDO_FLOW))?.troubles;
  const context = { flow: HOKKAIDO_FLOW, lang: 'ja' as const, records, troubles, index: SearchIndex.build(records), counts: new ServiceCounts(HOKKAIDO_FLOW, records) };
  const times: number[] = [];
  for (let pass = 0; pass < 2; pass += 1) {
    for (const query of queries) {
      for (let length = 1; length <= query.length; length += 1) {
        const start = performance.now();
        answerQuery(query.slice(0, length), context);
        if (pass === 1) times.push(performance.now() - start);
      }
    }
  }
  return times;
}
