import { remembered } from '../data/remembered.js';
import { foldText, foldWithOrigins } from './normalize.js';
import { occurrences, type MatchRange } from './ranges.js';

/** A piece of text to show, marked when it is part of what the person searched for. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/** Ranges merged where they touch. */
function merge(ranges: readonly MatchRange[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Names and 通称 recur keystroke after keystroke: their folding (one character at a time) is kept for the next. */
const originsOf = remembered(foldWithOrigins, 500);

/**
 * Splits `original` into segments, marking the parts whose folded form matches `ranges`
 * (positions in the folded text). The text stays text: the caller renders it with bindings.
 */
export function segmentsFor(original: string, ranges: readonly MatchRange[]): Segment[] {
  if (ranges.length === 0) return original === '' ? [] : [{ text: original, match: false }];
  const { starts, ends } = originsOf(original);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of merge(ranges)) {
    const from = starts[start];
    const to = ends[end - 1];
    if (from === undefined || to === undefined || from < cursor) continue;
    if (from > cursor) segments.push({ text: original.slice(cursor, from), match: false });
    segments.push({ text: original.slice(from, to), match: true });
    cursor = to;
  }
  if (cursor < original.length) segments.push({ text: original.slice(cursor), match: false });
  return segments;
}

/** Where each word of `query` occurs in `original` (folded comparison), as segments. */
export function highlightTerms(original: string, query: string): Segment[] {
  const folded = originsOf(original).text;
  const terms = new Set([foldText(query), ...query.split(/[\s\u3000]+/).map(foldText)]);
  return segmentsFor(original, [...terms].flatMap((term) => occurrences(folded, term)));
}
