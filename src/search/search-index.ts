import type { ServiceRecord } from '../data/record.js';
import { forEachInSlices, type SliceOptions } from '../data/yield.js';
import type { FuzzyEntry, fuzzyMatch } from './fuzzy.js';
import { foldText } from './normalize.js';

/** A record's searchable fields, folded once when the index is built. */
interface IndexedRecord extends FuzzyEntry {
  /** name, alias and keywords joined with a separator no query can contain. */
  readonly all: string;
}

/** A matched range [start, end) in folded text. */
export type MatchRange = readonly [start: number, end: number];

/** Matched ranges in the folded 制度名 and 通称, for highlighting. */
export interface MatchRanges {
  readonly name: readonly MatchRange[];
  readonly alias: readonly MatchRange[];
}

export interface SearchHit {
  readonly record: ServiceRecord;
  /** 0 is the best; exact matches rank before fuzzy ones. */
  readonly score: number;
  readonly ranges: MatchRanges;
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Every match, of which `hits` are the best `limit`. */
  readonly total: number;
  /** One kana or letter is not yet a query (it starts almost every word): nothing was searched. */
  readonly tooShort?: boolean;
}

export interface SearchOptions {
  readonly limit?: number;
  /** Only records for which this is true (e.g. the municipality filter). */
  readonly filter?: (record: ServiceRecord) => boolean;
}

let fuzzyMatcher: typeof fuzzyMatch | undefined;

/**
 * Loads the near-miss matcher (fuse.js: a chunk of its own in the browser build, so the first
 * question never waits for it). Until it has loaded, searches find exact fragments only.
 * Resolves false when it cannot be loaded; exact search keeps working.
 */
export async function loadFuzzyMatcher(): Promise<boolean> {
  try {
    fuzzyMatcher ??= (await import('./fuzzy.js')).fuzzyMatch;
    return true;
  } catch {
    return false;
  }
}

/** Fuzzy matching is run on at most this many records sharing the most character pairs. */
const FUZZY_CANDIDATES = 200;
/** Records folded per slice check when the index is built in slices. */
const CHECK_EVERY = 512;
const SEPARATOR = '\u0000';
/** A single kanji is a word (薬, 家, 税); a single kana or letter is the start of one. */
const KANJI = /\p{Script=Han}/u;

/**
 * Search over 制度名 and 通称 (キーワード weighted lower) that finds what people type: exact
 * fragments first, in any width or kana, then near misses (one wrong or missing character)
 * scored by fuse.js. A linear scan with native `includes` picks the candidates, so a keystroke
 * stays within a frame even for 10,000 records; fuse.js only scores the few that are close.
 */
export class SearchIndex {
  readonly #records: readonly ServiceRecord[];
  readonly #indexed: IndexedRecord[];

  private constructor(records: readonly ServiceRecord[]) {
    this.#records = records;
    this.#indexed = [];
  }

  /** The records this index was built over. */
  get records(): readonly ServiceRecord[] {
    return this.#records;
  }

  static build(records: readonly ServiceRecord[]): SearchIndex {
    const index = new SearchIndex(records);
    for (let row = 0; row < records.length; row += 1) index.#add(row);
    return index;
  }

  /** Builds the index a slice at a time, with near-miss matching loaded; undefined when `signal` aborts. */
  static async buildInSlices(
    records: readonly ServiceRecord[],
    yieldToEventLoop: () => Promise<void>,
    options: SliceOptions = {},
  ): Promise<SearchIndex | undefined> {
    await loadFuzzyMatcher();
    const index = new SearchIndex(records);
    const done = await forEachInSlices(records.length, (row) => index.#add(row), CHECK_EVERY, yieldToEventLoop, options);
    return done ? index : undefined;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 30;
    const folded = foldText(query);
    if (folded === '') return { hits: [], total: 0 };
    if (folded.length === 1 && !KANJI.test(folded)) return { hits: [], total: 0, tooShort: true };
    const words = query
      .split(/[\s\u3000]+/)
      .map(foldText)
      .filter((word) => word !== '');
    const filter = options.filter ?? (() => true);

    const exact: { entry: IndexedRecord; score: number }[] = [];
    const missed: IndexedRecord[] = [];
    for (const entry of this.#indexed) {
      const score = exactScore(entry, folded, words);
      if (score === undefined) missed.push(entry);
      else if (filter(this.#records[entry.row] as ServiceRecord)) exact.push({ entry, score });
    }
    exact.sort((a, b) => a.score - b.score);
    // Near misses only matter when exact matches do not fill the list.
    const fuzzy = exact.length >= limit || folded.length < 3 ? [] : this.#fuzzy(folded, missed, filter);
    // Ranges are worked out for the hits shown only: a short query can match thousands.
    const shown = exact.slice(0, limit).map(({ entry, score }): SearchHit => {
      const terms = entry.name.includes(folded) || entry.alias.includes(folded) ? [folded] : words;
      return {
        record: this.#records[entry.row] as ServiceRecord,
        score,
        ranges: { name: terms.flatMap((term) => occurrences(entry.name, term)), alias: terms.flatMap((term) => occurrences(entry.alias, term)) },
      };
    });
    return { hits: [...shown, ...fuzzy].slice(0, limit), total: exact.length + fuzzy.length };
  }

  #fuzzy(folded: string, missed: readonly IndexedRecord[], filter: (record: ServiceRecord) => boolean): SearchHit[] {
    // A near miss shares most character pairs with the query (one wrong character breaks two).
    const pairs = characterPairs(folded);
    const needed = Math.max(1, pairs.length - 2);
    const near: { entry: IndexedRecord; shared: number }[] = [];
    for (const entry of missed) {
      let shared = 0;
      for (const pair of pairs) if (entry.all.includes(pair)) shared += 1;
      if (shared >= needed && filter(this.#records[entry.row] as ServiceRecord)) near.push({ entry, shared });
    }
    if (near.length === 0 || fuzzyMatcher === undefined) return [];
    const candidates = near
      .sort((a, b) => b.shared - a.shared)
      .slice(0, FUZZY_CANDIDATES)
      .map(({ entry }) => entry);
    return fuzzyMatcher(candidates, folded).map(({ row, score, ranges }) => ({
      record: this.#records[row] as ServiceRecord,
      // After every exact match, in the matcher's order.
      score: 1 + score,
      ranges,
    }));
  }

  #add(row: number): void {
    const record = this.#records[row] as ServiceRecord;
    const name = foldText(record.name);
    const alias = foldText(record.alias);
    const keywords = record.keywords.map(foldText);
    this.#indexed.push({ row, name, alias, keywords, all: [name, alias, ...keywords].join(SEPARATOR) });
  }
}

function characterPairs(text: string): string[] {
  const chars = [...text];
  const pairs = new Set<string>();
  for (let index = 0; index + 1 < chars.length; index += 1) pairs.add(`${chars[index]}${chars[index + 1]}`);
  return [...pairs];
}

function occurrences(text: string, term: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) ranges.push([at, at + term.length]);
  return ranges;
}

/**
 * How well the record matches the folded query exactly, or undefined: the whole query inside
 * 制度名, 通称 or a キーワード, or every word of a query with spaces somewhere in them. Lower
 * ranks first: the start of the name, then inside it, then 通称, then keywords; a shorter (more
 * specific) name breaks ties.
 */
function exactScore(entry: IndexedRecord, folded: string, words: readonly string[]): number | undefined {
  // One native search decides for almost every record; the detail is only worked out for hits.
  if (!entry.all.includes(folded) && (words.length < 2 || !words.every((word) => entry.all.includes(word)))) return undefined;
  const inName = entry.name.indexOf(folded);
  const inAlias = entry.alias.indexOf(folded);
  let score: number;
  if (inName === 0) score = 0;
  else if (inAlias === 0) score = 0.1;
  else if (inName > 0) score = 0.2;
  else if (inAlias > 0) score = 0.3;
  else if (entry.keywords.includes(folded)) score = 0.4;
  else if (entry.keywords.some((keyword) => keyword.includes(folded))) score = 0.5;
  else score = 0.6;
  return score + Math.min(entry.name.length, 99) / 1000;
}
