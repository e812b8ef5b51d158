import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js/basic';
import type { MatchRange, MatchRanges } from './ranges.js';

/** The folded fields of one record, as the search index keeps them. */
export interface FuzzyEntry {
  readonly row: number;
  readonly name: string;
  readonly alias: string;
  readonly keywords: readonly string[];
}

export interface FuzzyHit {
  readonly row: number;
  /** 0 is a perfect match, 1 the worst. */
  readonly score: number;
  readonly ranges: MatchRanges;
}

/** Fuzzy scoring of a few candidates, with settings for Japanese names. */
const FUSE_OPTIONS: IFuseOptions<FuzzyEntry> = {
  keys: [
    { name: 'name', weight: 1 },
    { name: 'alias', weight: 1 },
    { name: 'keywords', weight: 0.3 },
  ],
  // The distinctive word can be anywhere in a Japanese name ("北海道" + "…支援事業").
  ignoreLocation: true,
  // Names differ in length a lot; a long official name must not lose to a short one.
  ignoreFieldNorm: true,
  threshold: 0.34,
  includeScore: true,
  includeMatches: true,
  minMatchCharLength: 2,
};

/** Scores `candidates` against the folded query with fuse.js; best first, misses left out. */
export function fuzzyMatch(candidates: readonly FuzzyEntry[], folded: string): FuzzyHit[] {
  return new Fuse(candidates, FUSE_OPTIONS).search(folded).map((result) => ({
    row: result.item.row,
    score: result.score ?? 1,
    ranges: { name: rangesOf(result.matches, 'name'), alias: rangesOf(result.matches, 'alias') },
  }));
}

/** Fuse's match indices (inclusive ends) for one key, as [start, end) ranges. */
function rangesOf(matches: readonly FuseResultMatch[] | undefined, key: string): MatchRange[] {
  return (matches ?? [])
    .filter((match) => match.key === key)
    .flatMap((match) => match.indices.map(([start, end]): MatchRange => [start, end + 1]));
}
