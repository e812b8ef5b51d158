import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import type { ServiceRecord } from '../data/record.js';
import { foldText } from './normalize.js';

interface IndexedRecord {
  readonly record: ServiceRecord;
  readonly name: string;
  readonly alias: string;
  readonly keywords: readonly string[];
}

const FUSE_OPTIONS: IFuseOptions<IndexedRecord> = {
  keys: [
    { name: 'name', weight: 1 },
    { name: 'alias', weight: 1 },
    { name: 'keywords', weight: 0.3 },
  ],
  // Japanese names put the distinctive word anywhere ("北海道" + "…支援事業"), so the
  // distance from the start must not count.
  ignoreLocation: true,
  threshold: 0.34,
  includeScore: true,
  minMatchCharLength: 1,
};

export interface SearchHit {
  readonly record: ServiceRecord;
  /** 0 is a perfect match, 1 no match. */
  readonly score: number;
}

/** Fuzzy search over 制度名 and 通称 (and キーワード, weighted lower), built once per data set. */
export class SearchIndex {
  readonly #fuse: Fuse<IndexedRecord>;

  constructor(records: readonly ServiceRecord[]) {
    const docs = records.map((record): IndexedRecord => ({
      record,
      name: foldText(record.name),
      alias: foldText(record.alias),
      keywords: record.keywords.map(foldText),
    }));
    this.#fuse = new Fuse(docs, FUSE_OPTIONS);
  }

  search(query: string, limit = 50): SearchHit[] {
    const folded = foldText(query);
    if (folded === '') return [];
    return this.#fuse.search(folded, { limit }).map((hit) => ({ record: hit.item.record, score: hit.score ?? 1 }));
  }
}
