/**
 * How well cries for help are heard once the search is loaded (crisis.ts and crisis-meaning.ts,
 * distress.ts, and the flow's crisis situations understood, crisis-situation.ts, as the answer
 * adds them for the bundled flow and the demo's data), on a set of queries:
 * shared by the tests and `npm run bench -- quality`.
 */
import { LISTENING_LINES, type CrisisLineId } from '../../src/flows/crisis-lines.js';
import { crisisLinesFor } from '../../src/search/crisis.js';
import { TroubleMatcher } from '../../src/engine/troubles.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { crisisAnswerFor } from '../../src/search/crisis-meaning.js';
import { hearCry } from '../../src/search/crisis-model.js';
import { crisisSituation, serviceNames, type InNames, type SituationCry } from '../../src/search/crisis-situation.js';
import { listeningFor } from '../../src/search/distress.js';
import { understandQuery } from '../../src/search/understand.js';
import { demoRecords } from '../helpers/demo-records.js';
import { HELDOUT_CRIES, type CryKind } from './heldout/cries.js';
import { HELDOUT_ORDINARY } from './heldout/ordinary.js';
import { ACT_CRIES, DISTRESS_CRIES } from './heldout-2/cries.js';
import { ORDINARY } from './heldout-2/ordinary.js';
import * as SET_3 from './heldout-3/cries.js';
import { ORDINARY as ORDINARY_3 } from './heldout-3/ordinary.js';
import * as SET_4 from './heldout-4/cries.js';
import { ORDINARY as ORDINARY_4 } from './heldout-4/ordinary.js';
import * as SET_5 from './heldout-5/cries.js';
import { ORDINARY as ORDINARY_5 } from './heldout-5/ordinary.js';
import * as SET_6 from './heldout-6/cries.js';
import { ORDINARY as ORDINARY_6 } from './heldout-6/ordinary.js';
import * as SET_7 from './heldout-7/cries.js';
import { ORDINARY as ORDINARY_7 } from './heldout-7/ordinary.js';
import * as SET_8 from './heldout-8/cries.js';
import { ORDINARY as ORDINARY_8 } from './heldout-8/ordinary.js';

/** The lines that may come first for each kind of cry of the held-out set. */
export const FIRST_LINES: Readonly<Record<CryKind, readonly CrisisLineId[]>> = {
  suicide: ['inochi', 'yorisoi'],
  'self-harm': ['inochi', 'yorisoi', 'ambulance'],
  overdose: ['inochi', 'yorisoi', 'ambulance'],
  violence: ['police', 'dv'],
  'child-abuse': ['child-abuse', 'police'],
  'sexual-violence': ['police', 'yorisoi'],
};

let situations: { readonly troubles: TroubleMatcher; readonly names: InNames } | undefined;

/** The third stage for the bundled flow and the demo's data, as answerQuery computes it. */
export function situationCry(query: string): SituationCry {
  situations ??= { troubles: TroubleMatcher.build(HOKKAIDO_FLOW), names: serviceNames({ records: demoRecords() }) };
  return crisisSituation(understandQuery(query), situations.troubles.crisisGoals(), situations.names);
}

/** The crisis lines once the search is loaded: the word lists' first, then the situations'. */
export const answerLines = (query: string): CrisisLineId[] => [...new Set([...crisisAnswerFor(query), ...situationCry(query).crisis])];

/** Whether the cry model (crisis-model.ts) hears an act or distress in `query`: the stage whose false alarms have their own budget. */
export const heardByModel = (query: string): boolean => {
  const heard = hearCry(query);
  return heard.acts.length > 0 || heard.distress;
};

/** Whether the listening line goes with the results (the distress words, or a distress situation understood). */
export const listening = (query: string): boolean => listeningFor(query) || situationCry(query).listening;

/** A line to a person for any worry shows: the listening line, or crisis lines that hold one. */
export const listened = (query: string): boolean => listening(query) || answerLines(query).some((line) => LISTENING_LINES.includes(line));

export interface CrisisFigures {
  readonly acts: number;
  /** Acts that show crisis lines at all. */
  readonly actsWithLines: number;
  /** Acts whose first line is one their kind needs. */
  readonly actsRightFirst: number;
  /** The same with crisis.ts alone: what shows before the search has loaded. */
  readonly actsRightFirstAlone: number;
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

/** A set of cries and ordinary queries, as the held-out sets give them. */
export interface CrySet {
  readonly acts: readonly { readonly query: string; readonly kind: CryKind }[];
  readonly distress: readonly string[];
  readonly ordinary: readonly string[];
}

/** The first held-out set (seen since: its classes guided the second stage). */
export function heldoutCrisisFigures(): CrisisFigures {
  return crisisFigures({
    acts: HELDOUT_CRIES.flatMap((cry) => (cry.tier === 'act' ? [cry] : [])),
    distress: HELDOUT_CRIES.filter((cry) => cry.tier === 'distress').map(({ query }) => query),
    ordinary: HELDOUT_ORDINARY.map(({ query }) => query),
  });
}

/** The second held-out set, written blind; read for error analysis since the cry model's work, so seen. */
export function blindCrisisFigures(): CrisisFigures {
  return crisisFigures({ acts: ACT_CRIES, distress: DISTRESS_CRIES.map(({ query }) => query), ordinary: ORDINARY.map(({ query }) => query) });
}

export function crisisFigures({ acts, distress, ordinary }: CrySet): CrisisFigures {
  const misses: string[] = [];
  let actsWithLines = 0;
  let actsRightFirst = 0;
  let actsRightFirstAlone = 0;
  for (const { query, kind } of acts) {
    const lines = answerLines(query);
    if (lines.length > 0) actsWithLines += 1;
    if (FIRST_LINES[kind].includes(crisisLinesFor(query)[0] as CrisisLineId)) actsRightFirstAlone += 1;
    if (FIRST_LINES[kind].includes(lines[0] as CrisisLineId)) actsRightFirst += 1;
    else misses.push(`act ${kind}: ${query} → ${lines.join(', ') || '(none)'}`);
  }
  const unheard = distress.filter((query) => !listened(query));
  misses.push(...unheard.map((query) => `distress without a listening line: ${query}`));
  const withLines = ordinary.filter((query) => answerLines(query).length > 0);
  const listens = ordinary.filter((query) => listening(query));
  misses.push(...withLines.map((query) => `ordinary with crisis lines: ${query} → ${answerLines(query).join(', ')}`));
  misses.push(...listens.map((query) => `ordinary with the listening line: ${query}`));
  return {
    acts: acts.length,
    actsWithLines,
    actsRightFirst,
    actsRightFirstAlone,
    distress: distress.length,
    distressListened: distress.length - unheard.length,
    ordinary: ordinary.length,
    ordinaryWithLines: withLines.length,
    ordinaryListening: listens.length,
    misses,
  };
}

/**
 * The blind sets nobody tuning has read (test/search/heldout-3/ to heldout-8/). Report their
 * totals only, never which lines missed (their READMEs). Sets 3 and 4 are half seen: their
 * totals guided choices between changes. Set 5's totals were measured at the ends of two
 * sessions and guard changes as floors (crisis-blind.test.ts); set 6, frozen on 2026-12-07
 * before that session's tuning, was first measured at its end (its totals, like set 5's, were
 * then seen in the bench while the third session tuned); set 7, written blind in that third
 * session while its first changes were made and kept apart from all its tuning, was first
 * measured once at its end; set 8, written blind in the fourth session (2026-12-08) and kept
 * apart the same way, was first measured once at the end of that session's tuning.
 */
export function unseenCrisisFigures(): readonly { readonly name: string; readonly figures: CrisisFigures }[] {
  return [
    { name: 'set 3 (half seen: totals glimpsed while tuning)', figures: crisisFigures({ acts: SET_3.ACT_CRIES, distress: SET_3.DISTRESS_CRIES.map(({ query }) => query), ordinary: ORDINARY_3.map(({ query }) => query) }) },
    { name: 'set 4 (half seen: its totals chose among changes)', figures: crisisFigures({ acts: SET_4.ACT_CRIES, distress: SET_4.DISTRESS_CRIES.map(({ query }) => query), ordinary: ORDINARY_4.map(({ query }) => query) }) },
    { name: 'set 5 (unseen: its totals guard as floors)', figures: crisisFigures({ acts: SET_5.ACT_CRIES, distress: SET_5.DISTRESS_CRIES.map(({ query }) => query), ordinary: ORDINARY_5.map(({ query }) => query) }) },
    { name: 'set 6 (unseen; its totals were seen while tuning on 2026-12-07, third session)', figures: crisisFigures({ acts: SET_6.ACT_CRIES, distress: SET_6.DISTRESS_CRIES.map(({ query }) => query), ordinary: ORDINARY_6.map(({ query }) => query) }) },
    { name: 'set 7 (unseen; measured once before, at the end of the third session)', figures: crisisFigures({ acts: SET_7.ACT_CRIES, distress: SET_7.DISTRESS_CRIES.map(({ query }) => query), ordinary: ORDINARY_7.map(({ query }) => query) }) },
    { name: 'set 8 (unseen)', figures: crisisFigures({ acts: SET_8.ACT_CRIES, distress: SET_8.DISTRESS_CRIES.map(({ query }) => query), ordinary: ORDINARY_8.map(({ query }) => query) }) },
  ];
}
