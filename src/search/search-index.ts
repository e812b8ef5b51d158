import type { ServiceRecord } from '../data/record.js';
import { forEachInSlices, type SliceOptions } from '../data/yield.js';
import { lazyModule } from '../data/lazy-module.js';
import type * as FuzzyModule from './fuzzy.js';
import type { FuzzyEntry, FuzzyHit } from './fuzzy.js';
import { FeatureIndex, FIELD_SEPARATOR, textFeatures } from './features.js';
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
  /** With the `all` option: every matched record in the order of `hits`, its row in the records indexed, and what each matched. */
  readonly all?: { readonly records: readonly ServiceRecord[]; readonly rows: readonly number[]; readonly via: readonly SearchHitVia[] };
}

export interface SearchOptions {
  /** How many hits to return (default 30), or, with `all`, how many carry highlight ranges. */
  readonly limit?: number;
  /** Also list every matched record, in order, in `all` (for merging with other results). */
  readonly all?: boolean;
  /** Only records for which this is true (e.g. the municipality filter). */
  readonly filter?: (record: ServiceRecord) => boolean;
}

const fuzzyChunk = lazyModule((): Promise<typeof FuzzyModule> => import('./fuzzy.js'));

/**
 * Loads the near-miss matcher (fuse.js: a chunk of its own in the browser build, so the first
 * question never waits for it). Until it has loaded, searches find exact fragments only.
 * Resolves false when it cannot be loaded; exact search keeps working.
 */
export function loadFuzzyMatcher(): Promise<boolean> {
  return fuzzyChunk.load().then(
    () => true,
    () => false,
  );
}

/** Fuzzy matching is run on at most this many records sharing the most character pairs. */
const FUZZY_CANDIDATES = 200;
/** Records folded per slice check when the index is built in slices. */
const CHECK_EVERY = 512;
/** Records whose text is searched as one string (see Scan). */
const SCAN_ROWS = 1024;
const SEPARATOR = FIELD_SEPARATOR;
/** Between records in a Scan. */
const RECORD_SEPARATOR = '\u0001';
/** A single kanji is a word (薬, 家, 税); a single kana or letter is the start of one. */
const KANJI = /\p{Script=Han}/u;

/**
 * The text of up to SCAN_ROWS consecutive records as one string, so one native search finds
 * every record holding a term: a keystroke costs a search per block and per record found, not a
 * call per record (most records hold nothing of what is typed).
 */
class Scan {
  readonly #first: number;
  readonly #text: string;
  /** Where each record's text starts in `#text`, and (last) the end of the text plus one. */
  readonly #starts: Int32Array;

  constructor(first: number, texts: readonly string[]) {
    this.#first = first;
    this.#text = texts.join(RECORD_SEPARATOR);
    this.#starts = new Int32Array(texts.length + 1);
    let at = 0;
    texts.forEach((text, index) => {
      this.#starts[index] = at;
      at += text.length + 1;
    });
    this.#starts[texts.length] = at;
  }

  /** The text of the record at `index` in this block. */
  textOf(index: number): string {
    return this.#text.slice(this.#starts[index], (this.#starts[index + 1] as number) - 1);
  }

  /**
   * Calls `visit` once for each record whose text holds `term` (which holds no separator), in
   * row order, with where in the record's text it first is.
   */
  rowsWith(term: string, visit: (row: number, at: number) => void): void {
    const starts = this.#starts;
    for (let at = this.#text.indexOf(term); at >= 0; ) {
      // The last record starting at or before `at`.
      let low = 0;
      let high = starts.length - 2;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if ((starts[middle] as number) <= at) low = middle;
        else high = middle - 1;
      }
      visit(this.#first + low, at - (starts[low] as number));
      at = this.#text.indexOf(term, starts[low + 1] as number);
    }
  }
}

/**
 * Search over 制度名 and 通称 (キーワード weighted lower) that finds what people type: exact
 * fragments first, in any width or kana, then near misses (one wrong or missing character)
 * scored by fuse.js, then records whose own words (お困りごと, 概要, 対象者) hold the query.
 * Native searches over blocks of records pick the candidates, so a keystroke stays within a
 * frame even for 10,000 records; fuse.js only scores the few that are close.
 */
export class SearchIndex {
  readonly #records: readonly ServiceRecord[];
  /** The data's own words for relevance ranking (BM25 over character pairs and single kanji). */
  readonly #relevance = new Relevance();
  readonly #indexed: IndexedRecord[];
  /** Every record's haystack, a block at a time. */
  readonly #haystacks: Scan[] = [];
  /** Every record's names and keywords (the start of its haystack), a block at a time. */
  readonly #names: Scan[] = [];
  /** Records folded but not yet in a block. */
  #pending: { row: number; name: string; alias: string; keywords: string[]; names: string; text: string }[] = [];

  private constructor(records: readonly ServiceRecord[]) {
    this.#records = records;
    this.#indexed = [];
  }

  /** The records this index was built over. */
  get records(): readonly ServiceRecord[] {
    return this.#records;
  }

  /**
   * Every record's folded 制度名 and 通称 run together, one record a line: what
   * crisis-situation.ts's serviceNames would fold again from the records (foldText drops the
   * line break it puts between the two, and folds character by character).
   */
  foldedNames(): string {
    return this.#indexed.map(({ name, alias }) => `${name}${alias}`).join('\n');
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
    const folded = searchable(query);
    if (folded === '') return { hits: [], total: 0 };
    if (folded.length === 1 && !KANJI.test(folded)) return { hits: [], total: 0, tooShort: true };
    const words = query
      .split(/[\s\u3000]+/)
      .map(searchable)
      .filter((word) => word !== '');
    const filter = options.filter ?? (() => true);

    const named: { entry: IndexedRecord; score: number }[] = [];
    // Matches in the text alone come after every name, in the data's order: no sorting of what
    // can be every record (お困りごと 仕事).
    const inText: IndexedRecord[] = [];
    /** Rows matched by name or keyword, which near misses leave out. */
    const byName = new Set<number>();
    this.#candidates(folded, words, (row, at) => {
      const entry = this.#indexed[row] as IndexedRecord;
      const score = exactScore(entry, folded, words, at);
      if (score === undefined) return;
      if (score < TEXT_SCORE) byName.add(row);
      if (!filter(this.#records[row] as ServiceRecord)) return;
      if (score < TEXT_SCORE) named.push({ entry, score });
      else inText.push(entry);
    });
    named.sort((a, b) => a.score - b.score);
    // Near misses of names only matter when exact names do not fill the list.
    const near = named.length >= limit || folded.length < 3 ? [] : this.#fuzzy(folded, byName, filter);
    const fuzzy = near.map(({ row, score, ranges }): SearchHit => ({
      record: this.#records[row] as ServiceRecord,
      // After every exact name, in the matcher's order.
      score: 1 + score,
      via: 'near',
      ranges,
    }));
    const nearRows = new Set(near.map((hit) => hit.row));
    const texts = nearRows.size === 0 ? inText : inText.filter((entry) => !nearRows.has(entry.row));
    // Ranges are worked out for the hits shown only: a short query can match thousands.
    const shown = (entry: IndexedRecord, score: number): SearchHit => {
      const terms = entry.name.includes(folded) || entry.alias.includes(folded) ? [folded] : words;
      return {
        record: this.#records[entry.row] as ServiceRecord,
        score,
        via: score < KEYWORD_SCORE ? 'name' : score < TEXT_SCORE ? 'keyword' : 'text',
        ranges: { name: terms.flatMap((term) => occurrences(entry.name, term)), alias: terms.flatMap((term) => occurrences(entry.alias, term)) },
      };
    };
    const hits = [
      ...named.slice(0, limit).map(({ entry, score }) => shown(entry, score)),
      ...fuzzy,
      ...texts.slice(0, Math.max(0, limit - named.length - fuzzy.length)).map((entry) => shown(entry, TEXT_SCORE)),
    ];
    const result = { hits: hits.slice(0, limit), total: named.length + fuzzy.length + texts.length };
    if (!options.all) return result;
    // Filled in place: spreading (or growing) arrays of 100,000 matches (仕事 is in every record's お困りごと) costs tens of milliseconds.
    const rows = new Array<number>(result.total);
    const via = new Array<SearchHitVia>(result.total).fill('text');
    named.forEach(({ entry, score }, at) => {
      rows[at] = entry.row;
      via[at] = score < KEYWORD_SCORE ? 'name' : 'keyword';
    });
    let at = named.length;
    for (const row of nearRows) {
      rows[at] = row;
      via[at] = 'near';
      at += 1;
    }
    for (const entry of texts) {
      rows[at] = entry.row;
      at += 1;
    }
    return { ...result, all: { records: rows.map((row) => this.#records[row] as ServiceRecord), rows, via } };
  }

  /**
   * Every record's relevance to weighted terms (the query's text, and words its concepts add),
   * by BM25 over character pairs and single kanji of 制度名・通称 (weighted most), キーワード and
   * お困りごと, then 概要, 支援内容 and 対象者: records sharing rare pairs with the query first,
   * whatever their flow codes. Rows below `minShare` of the best score are not listed. A record
   * holding none of the added words whole, and not `meant` otherwise (a matched situation's
   * service), must share a pair of the query's own that is not two hiragana (a single kanji, 電 of
   * 電気 in 電話, or an ending, つた of 止まった, is no word in common) and reach `minShare` of what a
   * record saying the whole first term would score, its pairs that no record holds counted as the
   * rarest pair: a record sharing only a common pair of the query (んだ of 飛んだ) is not close.
   */
  relevance(terms: readonly RelevanceTerm[], filter: (record: ServiceRecord) => boolean = () => true, minShare = 0, meant: (row: number) => boolean = () => false): RelevanceResult {
    return this.#relevance.score(terms, (row) => filter(this.#records[row] as ServiceRecord), minShare, meant);
  }

  /**
   * Visits the rows that may match exactly, in row order, with where the whole query first is
   * in each (-1: nowhere): those holding it, and for a query of several words those holding its
   * first word (every word may be in them, apart).
   */
  #candidates(folded: string, words: readonly string[], visit: (row: number, at: number) => void): void {
    const first = words[0];
    if (words.length < 2 || first === undefined) {
      for (const scan of this.#haystacks) scan.rowsWith(folded, visit);
      return;
    }
    const rows = new Map<number, number>();
    for (const scan of this.#haystacks) scan.rowsWith(folded, (row, at) => rows.set(row, at));
    for (const scan of this.#haystacks) scan.rowsWith(first, (row) => rows.has(row) || rows.set(row, -1));
    for (const row of [...rows.keys()].sort((a, b) => a - b)) visit(row, rows.get(row) ?? -1);
  }

  #fuzzy(folded: string, byName: ReadonlySet<number>, filter: (record: ServiceRecord) => boolean): FuzzyHit[] {
    // A near miss shares most character pairs with the query (one wrong character breaks two).
    const pairs = [...textFeatures(folded, false).keys()];
    const needed = Math.max(1, pairs.length - 2);
    const shared = new Uint32Array(this.#indexed.length);
    for (const pair of pairs) for (const scan of this.#names) scan.rowsWith(pair, (row) => void (shared[row] = (shared[row] as number) + 1));
    const near: { entry: IndexedRecord; shared: number }[] = [];
    shared.forEach((count, row) => {
      if (count >= needed && !byName.has(row) && filter(this.#records[row] as ServiceRecord)) near.push({ entry: this.#indexed[row] as IndexedRecord, shared: count });
    });
    const fuzzyMatch = fuzzyChunk.now()?.fuzzyMatch;
    if (near.length === 0 || fuzzyMatch === undefined) return [];
    const candidates = near
      .sort((a, b) => b.shared - a.shared)
      .slice(0, FUZZY_CANDIDATES)
      .map(({ entry }) => entry);
    return fuzzyMatch(candidates, folded);
  }

  #add(row: number): void {
    const record = this.#records[row] as ServiceRecord;
    const name = foldText(record.name);
    const alias = foldText(record.alias);
    const keywords = record.keywords.map(foldText);
    const names = [name, alias, ...keywords].join(SEPARATOR);
    // Each field folded once, for the haystack and for relevance.
    const troubles = record.troubles.map(foldText);
    const [summary = '', benefit = '', target = ''] = [record.summary, record.benefit, record.target].map(foldText);
    const text = [...troubles, summary, target].join(SEPARATOR);
    this.#relevance.add(row, [
      [`${name}${SEPARATOR}${alias}`, NAME_FIELD_WEIGHT],
      [[...keywords, ...troubles].join(SEPARATOR), WORD_FIELD_WEIGHT],
      [[summary, benefit, target].join(SEPARATOR), 1],
    ]);
    this.#pending.push({ row, name, alias, keywords, names, text });
    if (this.#pending.length === SCAN_ROWS || row === this.#records.length - 1) this.#seal();
  }

  /** The pending records become a block: their text is searched as one string, and each record's haystack is a slice of it. */
  #seal(): void {
    const pending = this.#pending;
    const first = pending[0]?.row ?? 0;
    const haystacks = new Scan(first, pending.map(({ names, text }) => `${names}${SEPARATOR}${text}`));
    pending.forEach(({ row, name, alias, keywords, names }, at) => {
      this.#indexed.push({ row, name, alias, keywords, haystack: haystacks.textOf(at), textStart: names.length + 1 });
    });
    this.#haystacks.push(haystacks);
    this.#names.push(new Scan(first, pending.map(({ names }) => names)));
    this.#pending = [];
  }
}

/** A term to rank records by: folded or not (it is folded here), and how much it counts. */
export interface RelevanceTerm {
  readonly text: string;
  readonly weight: number;
}

export interface RelevanceResult {
  /** The best RANKED_ROWS of `matched`, best first. */
  readonly rows: readonly number[];
  /** Every row scoring at least `minShare` of the best (and above 0), in no order. */
  readonly matched: readonly number[];
  /** What shares are of: the best score among the rows kept, or what a record saying the whole first term would score, if more. */
  readonly best: number;
  /** Score per row of the records indexed (0: shares nothing). */
  readonly scores: Float64Array;
}

/** 制度名 and 通称 say what a service is; キーワード and お困りごと say what it is for. */
const NAME_FIELD_WEIGHT = 3;
const WORD_FIELD_WEIGHT = 2;
/** BM25's usual constants: how fast repeated features stop counting, and how much a long text is discounted. */
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** A query's features looked up at most (the rarest): a 2,000-character query costs no more than a sentence. */
const MAX_QUERY_FEATURES = 32;

/** A feature held by more than this share of the records says little (ない, 支援) and costs a pass over many of them: left out. */
const COMMON_SHARE = 0.1;
/** Two hiragana: an ending or particles (つた, んだ) as often as a word. */
const HIRAGANA_PAIR = /^\p{Script=Hiragana}{2}$/u;
/** Relevance ranks this many rows at most: pages of results, not every record. */
const RANKED_ROWS = 256;

/** BM25 postings over the records' own words, built a record at a time with the rest of the index. */
class Relevance {
  /** feature → rows holding it, with its frequency weighted by field */
  readonly #index = new FeatureIndex();
  readonly #lengths: number[] = [];
  #totalLength = 0;

  add(row: number, fields: readonly (readonly [string, number])[]): void {
    const weighted = new Map<string, number>();
    let length = 0;
    for (const [text, weight] of fields) {
      for (const [feature, count] of textFeatures(text, true)) {
        weighted.set(feature, (weighted.get(feature) ?? 0) + count * weight);
        length += count;
      }
    }
    this.#index.add(row, weighted);
    this.#lengths[row] = length;
    this.#totalLength += length;
  }

  score(terms: readonly RelevanceTerm[], keep: (row: number) => boolean, minShare: number, meant: (row: number) => boolean): RelevanceResult {
    const documents = this.#lengths.length;
    const scores = new Float64Array(documents);
    const wanted = new Map<string, number>();
    /** The first term's own features: what a record saying all of it would score. */
    const own = new Set<string>();
    /** The added words' features, each with the added words (their index among `terms`) holding it. */
    const added = new Map<string, number[]>();
    terms.forEach(({ text, weight }, index) => {
      const folded = searchable(text);
      // The query is read as words (see queryFeatures); the words its concepts add are words already.
      for (const feature of (index === 0 ? queryFeatures(folded) : textFeatures(folded, folded.length === 1)).keys()) {
        wanted.set(feature, Math.max(wanted.get(feature) ?? 0, weight));
        if (index === 0) own.add(feature);
        else added.set(feature, [...(added.get(feature) ?? []), index]);
      }
    });
    const common = Math.max(1, documents * COMMON_SHARE);
    const known = [...wanted].filter(([feature]) => {
      const holders = this.#index.holders(feature);
      return holders > 0 && holders <= common;
    });
    let ideal = 0;
    // What the query says that no record holds (ペンギン, 飼い) counts as the rarest feature would:
    // records sharing only its grammar (い方) are then not close.
    let unheld = 0;
    for (const feature of own) if (this.#index.holders(feature) === 0) unheld += (wanted.get(feature) ?? 0) * Math.log(1 + (documents + 0.5) / 0.5);
    known.sort((a, b) => this.#index.holders(a[0]) - this.#index.holders(b[0]));
    const average = this.#totalLength / Math.max(1, documents);
    const touched: number[] = [];
    /** Per added word, its features looked up: a record holding all of them is close in meaning (one pair, なく of いなくなりたい, is not). */
    const lookedUp: string[][] = terms.map(() => []);
    /** Rows sharing a pair of the query's own but two hiragana (つた of 止まった): a single kanji (電 of 電気, in 電話) or an ending is no word in common. */
    const paired = new Set<number>();
    for (const [feature, weight] of known.slice(0, MAX_QUERY_FEATURES)) {
      const holders = this.#index.holders(feature);
      const idf = Math.log(1 + (documents - holders + 0.5) / (holders + 0.5));
      if (own.has(feature)) ideal += weight * idf;
      for (const word of added.get(feature) ?? []) lookedUp[word]?.push(feature);
      const pair = own.has(feature) && feature.length > 1 && !HIRAGANA_PAIR.test(feature);
      this.#index.forEach(feature, (row, frequency) => {
        const norm = BM25_K1 * (1 - BM25_B + (BM25_B * (this.#lengths[row] ?? 0)) / average);
        if (scores[row] === 0) touched.push(row);
        if (pair) paired.add(row);
        scores[row] = (scores[row] as number) + (weight * idf * frequency * (BM25_K1 + 1)) / (frequency + norm);
      });
    }
    let best = 0;
    for (const row of touched) if ((scores[row] as number) > best && keep(row)) best = scores[row] as number;
    // Shares are of the better of the best record and a record saying the whole query: when no record says much of it, none is close.
    const whole = Math.max(best, ideal + unheld);
    const floor = Math.max(best, ideal) * minShare;
    const wholeFloor = whole * minShare;
    // With no added words the query is all there is: shares are of the whole of it.
    best = added.size === 0 ? whole : Math.max(best, ideal);
    const close = this.#holdingWhole(lookedUp, documents);
    const matched = touched.filter((row) => (scores[row] as number) >= floor && (scores[row] as number) > 0 && keep(row) && (close[row] === 1 || meant(row) || (paired.has(row) && (scores[row] as number) >= wholeFloor)));
    // Only the best RANKED_ROWS are sorted (a page is shown; at 100,000 records thousands pass the floor).
    const byScore = (a: number, b: number): number => (scores[b] as number) - (scores[a] as number) || a - b;
    let rows = matched;
    if (matched.length > RANKED_ROWS) {
      const cut = Float64Array.from(matched, (row) => scores[row] as number).sort()[matched.length - RANKED_ROWS] as number;
      rows = matched.filter((row) => (scores[row] as number) >= cut);
    }
    return { rows: rows.sort(byScore).slice(0, RANKED_ROWS), matched, scores, best };
  }

  /** 1 for each row holding every feature of some word (its features in `words`, none: no word). */
  #holdingWhole(words: readonly (readonly string[])[], documents: number): Uint8Array {
    const whole = new Uint8Array(documents);
    const counts = new Uint16Array(documents);
    for (const features of words) {
      if (features.length === 0) continue;
      const rows: number[] = [];
      for (const feature of features) {
        this.#index.forEach(feature, (row) => {
          if (counts[row] === 0) rows.push(row);
          counts[row] = (counts[row] as number) + 1;
        });
      }
      for (const row of rows) {
        if (counts[row] === features.length) whole[row] = 1;
        counts[row] = 0;
      }
    }
    return whole;
  }
}

/** Folded text without the separators, which no search may look for (a match would span two fields or records). */
function searchable(text: string): string {
  return foldText(text).replaceAll(SEPARATOR, '').replaceAll(RECORD_SEPARATOR, '');
}

/** A pair joining a particle to a kanji (子が, の学, 行に): grammar between two words, not a word. */
const GRAMMAR = /\p{Script=Han}[がをにでのはへやとも]|[がをにでのはへやとも]\p{Script=Han}/u;

/**
 * The features of a typed query: its character pairs but those joining a particle to a kanji
 * (息子が非行に: 息子 and 非行, not 子が or 行に, which a record holds by chance), and each kanji on
 * its own, as the records' text is indexed (学費 meets 費用 and 学校; 熱 and 家 are words).
 */
export function queryFeatures(folded: string): Map<string, number> {
  const features = textFeatures(folded, true);
  for (const feature of features.keys()) if (GRAMMAR.test(feature)) features.delete(feature);
  return features;
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
 * `at` is where the whole query first is in the record's haystack (-1: nowhere), found by the
 * block's search.
 */
function exactScore(entry: IndexedRecord, folded: string, words: readonly string[], at: number): number | undefined {
  const tieBreak = Math.min(entry.name.length, 99) / 1000;
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
