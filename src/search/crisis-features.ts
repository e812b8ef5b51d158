/**
 * What the cry model (crisis-model.ts) reads in a query, shared with the script that trains it
 * (scripts/train-crisis-model.mjs) so that both read alike. Plain functions, no weights.
 */
import { withoutCalmWords } from './crisis.js';
import { foldText } from './normalize.js';
import { toReading } from './reading.js';

/** A query as the model reads it: folded, without the everyday compounds no stage hears (crisis.ts). */
export function foldForCry(query: string): string {
  return foldText(withoutCalmWords(query.normalize('NFKC')));
}

/** A long message is read in windows this long, so a cry in the middle of a page still counts. */
export const WINDOW = 80;
const STEP = WINDOW / 2;

/**
 * Features of one window: the character pairs and triples of its reading, with its edges marked.
 * Read as kana, 死にたい, しにたい and ｼﾆﾀｲ are one cry, and a kanji the training lines never used
 * still counts by its sound; the typed kanji added nothing the reading lacked (measured on the
 * seen sets) and cost a third of the model's size.
 */
export function cryFeatures(window: string): Set<string> {
  const features = new Set<string>();
  const chars = [...`^${toReading(window)}$`];
  for (let at = 0; at < chars.length - 1; at += 1) {
    features.add(`${chars[at]}${chars[at + 1]}`);
    if (at < chars.length - 2) features.add(`${chars[at]}${chars[at + 1]}${chars[at + 2]}`);
  }
  return features;
}

/** The windows a folded query is read in: the whole of a short one, overlapping pieces of a long one. */
export function cryWindows(folded: string): string[] {
  const chars = [...folded];
  if (chars.length <= WINDOW) return [folded];
  const windows: string[] = [];
  for (let start = 0; start < chars.length - STEP; start += STEP) windows.push(chars.slice(start, start + WINDOW).join(''));
  return windows;
}
