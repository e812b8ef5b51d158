/** Where a match lies in folded text: [start, end), in folded characters. */
export type MatchRange = readonly [start: number, end: number];

/** Matched ranges in the folded 制度名 and 通称, for highlighting. */
export interface MatchRanges {
  readonly name: readonly MatchRange[];
  readonly alias: readonly MatchRange[];
}

/** Every place `term` occurs in `text`, without overlaps. */
export function occurrences(text: string, term: string): MatchRange[] {
  const ranges: MatchRange[] = [];
  if (term === '') return ranges;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) ranges.push([at, at + term.length]);
  return ranges;
}
