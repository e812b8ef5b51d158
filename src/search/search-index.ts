import type { ServiceRecord } from '../data/record.js';
import { forEachInSlices, type SliceOptions } from '../data/yield.js';
import type { FuzzyEntry, fuzzyMatch } from './fuzzy.js';
import { foldText } from './normalize.js';
import { occurrences, type MatchRanges } from './ranges.js';

export type { MatchRange, MatchRanges } from './ranges.js';

/** A record's searchable fields, folded once when the index is built. */
interface IndexedRecord extends FuzzyEntry {
  /**
   * name, alias and keywords, then the data's own words (お困りごと, 概要, 対象者), joined with a
   * separator no query can contain: one native search decides for almost every record.
   */
  readonly haystack: string;
  /** Where the data's own words start in `haystack`: a first match before it is in a name or keyword. */
  readonly textStart: number;
}

/** What a hit matched: 制度名 or 通称, a キーワード, a near miss of a name, or only the data's text. */
export type SearchHitVia = 'name' | 'keyword' | 'near' | 'text';

export interface SearchHit {
  readonly record: ServiceRecord;
  /** 0 is the best: names and キーワード, then near misses (from 1), then text (from 2). */
  readonly score: number;
  readonly via: SearchHitVia;
  readonly ranges: MatchRanges;
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Every match, of which `hits` are the best `limit`. */
  readonly total: number;
  /** One kana or letter is not yet a query (it starts almost every word): nothing was searched. */
  readonly tooShort?: boolean;
  /** With the `all` option: every matched record in the order of `hits`, and what each matched. */
  readonly all?: { readonly records: readonly ServiceRecord[]; readonly via: readonly SearchHitVia[] };
}

export interface SearchOptions {
  /** How many hits to return (default 30), or, with `all`, how many carry highlight ranges. */
  readonly limit?: number;
  /** Also list every matched record, in order, in `all` (for merging with other results). */
  readonly all?: boolean;
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
 * scored by fuse.js, then records whose own words (お困りごと, 概要, 対象者) hold the query.
 * A linear scan with native `includes` picks the candidates, so a keystroke stays within a
 * frame even for 10,000 records; fuse.js only scores the few that are close.
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

    const named: { entry: IndexedRecord; score: number }[] = [];
    // Matches in the text alone come after every name, in the data's order: no sorting of what
    // can be every record (お困りごと 仕事).
    const inText: { entry: IndexedRecord; score: number }[] = [];
    const missed: IndexedRecord[] = [];
    for (const entry of this.#indexed) {
      const score = exactScore(entry, folded, words);
      if (score === undefined || score >= TEXT_SCORE) missed.push(entry);
      if (score !== undefined && filter(this.#records[entry.row] as ServiceRecord)) (score >= TEXT_SCORE ? inText : named).push({ entry, score });
    }
    named.sort((a, b) => a.score - b.score);
    // Near misses of names only matter when exact names do not fill the list.
    const fuzzy = named.length >= limit || folded.length < 3 ? [] : this.#fuzzy(folded, missed, filter);
    const nearRows = new Set(fuzzy.map((hit) => hit.record));
    const texts = nearRows.size === 0 ? inText : inText.filter(({ entry }) => !nearRows.has(this.#records[entry.row] as ServiceRecord));
    // Ranges are worked out for the hits shown only: a short query can match thousands.
    const shown = (matches: readonly { entry: IndexedRecord; score: number }[]): SearchHit[] =>
      matches.map(({ entry, score }): SearchHit => {
        const terms = entry.name.includes(folded) || entry.alias.includes(folded) ? [folded] : words;
        return {
          record: this.#records[entry.row] as ServiceRecord,
          score,
          via: score < KEYWORD_SCORE ? 'name' : score < TEXT_SCORE ? 'keyword' : 'text',
          ranges: { name: terms.flatMap((term) => occurrences(entry.name, term)), alias: terms.flatMap((term) => occurrences(entry.alias, term)) },
        };
      });
    const hits = [...shown(named.slice(0, limit)), ...fuzzy, ...shown(texts.slice(0, Math.max(0, limit - named.length - fuzzy.length)))];
    const result = { hits: hits.slice(0, limit), total: named.length + fuzzy.length + texts.length };
    if (!options.all) return result;
    const records = [...named, ...texts].map(({ entry }) => this.#records[entry.row] as ServiceRecord);
    records.splice(named.length, 0, ...nearRows);
    const via = [...named.map(({ score }) => (score < KEYWORD_SCORE ? 'name' : 'keyword') as SearchHitVia), ...fuzzy.map(() => 'near' as const), ...texts.map(() => 'text' as const)];
    return { ...result, all: { records, via } };
  }

  #fuzzy(folded: string, missed: readonly IndexedRecord[], filter: (record: ServiceRecord) => boolean): SearchHit[] {
    // A near miss shares most character pairs with the query (one wrong character breaks two).
    const pairs = characterPairs(folded);
    const needed = Math.max(1, pairs.length - 2);
    const near: { entry: IndexedRecord; shared: number }[] = [];
    for (const entry of missed) {
      let shared = 0;
      for (const pair of pairs) if (inNames(entry, pair)) shared += 1;
      if (shared >= needed && filter(this.#records[entry.row] as ServiceRecord)) near.push({ entry, shared });
    }
    if (near.length === 0 || fuzzyMatcher === undefined) return [];
    const candidates = near
      .sort((a, b) => b.shared - a.shared)
      .slice(0, FUZZY_CANDIDATES)
      .map(({ entry }) => entry);
    return fuzzyMatcher(candidates, folded).map(({ row, score, ranges }) => ({
      record: this.#records[row] as ServiceRecord,
      // After every exact name, in the matcher's order.
      score: 1 + score,
      via: 'near' as const,
      ranges,
    }));
  }

  #add(row: number): void {
    const record = this.#records[row] as ServiceRecord;
    const name = foldText(record.name);
    const alias = foldText(record.alias);
    const keywords = record.keywords.map(foldText);
    const text = [...record.troubles, record.summary, record.target].map(foldText).join(SEPARATOR);
    const names = [name, alias, ...keywords].join(SEPARATOR);
    this.#indexed.push({ row, name, alias, keywords, haystack: `${names}${SEPARATOR}${text}`, textStart: names.length + 1 });
  }
}

function characterPairs(text: string): string[] {
  const chars = [...text];
  const pairs = new Set<string>();
  for (let index = 0; index + 1 < chars.length; index += 1) pairs.add(`${chars[index]}${chars[index + 1]}`);
  return [...pairs];
}

const KEYWORD_SCORE = 0.4;

/** Whether `term` is in the record's name, 通称 or keywords (the first match comes before the text). */
function inNames(entry: IndexedRecord, term: string): boolean {
  const at = entry.haystack.indexOf(term);
  return at >= 0 && at < entry.textStart;
}

/** Matches in the data's text rank after every name and near miss. */
const TEXT_SCORE = 2;

/**
 * How well the record matches the folded query exactly, or undefined: the whole query inside
 * 制度名, 通称 or a キーワード, or every word of a query with spaces somewhere in them; failing
 * that, the same in the data's text. Lower ranks first: the start of the name, then inside it,
 * then 通称, then keywords; a shorter (more specific) name breaks ties. Text ranks last.
 */
function exactScore(entry: IndexedRecord, folded: string, words: readonly string[]): number | undefined {
  const tieBreak = Math.min(entry.name.length, 99) / 1000;
  // One native search decides for almost every record; the detail is only worked out for hits.
  const at = entry.haystack.indexOf(folded);
  if (at < 0 && (words.length < 2 || !words.every((word) => entry.haystack.includes(word)))) return undefined;
  if ((at < 0 || at >= entry.textStart) && (words.length < 2 || !words.every((word) => inNames(entry, word)))) return TEXT_SCORE;
  const inName = entry.name.indexOf(folded);
  const inAlias = entry.alias.indexOf(folded);
  let score: number;
  if (inName === 0) score = 0;
  else if (inAlias === 0) score = 0.1;
  else if (inName > 0) score = 0.2;
  else if (inAlias > 0) score = 0.3;
  else if (entry.keywords.includes(folded)) score = KEYWORD_SCORE;
  else if (entry.keywords.some((keyword) => keyword.includes(folded))) score = 0.5;
  else score = 0.6;
  return score + tieBreak;
}
