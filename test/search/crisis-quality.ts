/**
 * How well cries for help are heard (src/search/crisis.ts, distress.ts), on a set of queries:
 * shared by the tests and `npm run bench -- quality`.
 */
import { LISTENING_LINES, type CrisisLineId } from '../../src/flows/crisis-lines.js';
import { crisisLinesFor } from '../../src/search/crisis.js';
import { listeningFor } from '../../src/search/distress.js';
import { HELDOUT_CRIES, type CryKind } from './heldout/cries.js';
import { HELDOUT_ORDINARY } from './heldout/ordinary.js';

/** The lines that may come first for each kind of cry of the held-out set. */
export const FIRST_LINES: Readonly<Record<CryKind, readonly CrisisLineId[]>> = {
  suicide: ['inochi', 'yorisoi'],
  'self-harm': ['inochi', 'yorisoi', 'ambulance'],
  overdose: ['inochi', 'yorisoi', 'ambulance'],
  violence: ['police', 'dv'],
  'child-abuse': ['child-abuse', 'police'],
  'sexual-violence': ['police', 'yorisoi'],
};

/** A line to a person for any worry shows: the listening line, or crisis lines that hold one. */
export const listened = (query: string): boolean => listeningFor(query) || crisisLinesFor(query).some((line) => LISTENING_LINES.includes(line));

export interface CrisisFigures {
  readonly acts: number;
  /** Acts that show crisis lines at all. */
  readonly actsWithLines: number;
  /** Acts whose first line is one their kind needs. */
  readonly actsRightFirst: number;
  readonly distress: number;
  readonly distressListened: number;
  readonly ordinary: number;
  /** Ordinary queries that raise crisis lines (the act tier). */
  readonly ordinaryWithLines: number;
  /** Ordinary queries that get the listening line (the distress tier). */
  readonly ordinaryListening: number;
  /** What was missed or raised, readably. */
  readonly misses: readonly string[];
}

export function heldoutCrisisFigures(): CrisisFigures {
  const acts = HELDOUT_CRIES.flatMap((cry) => (cry.tier === 'act' ? [cry] : []));
  const distress = HELDOUT_CRIES.filter((cry) => cry.tier === 'distress').map(({ query }) => query);
  const ordinary = HELDOUT_ORDINARY.map(({ query }) => query);
  const misses: string[] = [];
  let actsWithLines = 0;
  let actsRightFirst = 0;
  for (const { query, kind } of acts) {
    const lines = crisisLinesFor(query);
    if (lines.length > 0) actsWithLines += 1;
    if (FIRST_LINES[kind].includes(lines[0] as CrisisLineId)) actsRightFirst += 1;
    else misses.push(`act ${kind}: ${query} → ${lines.join(', ') || '(none)'}`);
  }
  const unheard = distress.filter((query) => !listened(query));
  misses.push(...unheard.map((query) => `distress without a listening line: ${query}`));
  const withLines = ordinary.filter((query) => crisisLinesFor(query).length > 0);
  const listening = ordinary.filter((query) => listeningFor(query));
  misses.push(...withLines.map((query) => `ordinary with crisis lines: ${query} → ${crisisLinesFor(query).join(', ')}`));
  misses.push(...listening.map((query) => `ordinary with the listening line: ${query}`));
  return {
    acts: acts.length,
    actsWithLines,
    actsRightFirst,
    distress: distress.length,
    distressListened: distress.length - unheard.length,
    ordinary: ordinary.length,
    ordinaryWithLines: withLines.length,
    ordinaryListening: listening.length,
    misses,
  };
}
