import type { ServiceRecord } from '../data/record.js';
import { remembered } from '../data/remembered.js';
import { forEachInSlices, type SliceOptions } from '../data/yield.js';
import type { Flow } from './flow.js';
import { compileQuery, municipalityFilter } from './query.js';

// The counting chunk answers a goal directly too, while its index is being built, and says
// what a goal with nothing for the town shows instead.
export { runQuery } from './query.js';
export { goalFallback } from './fallback.js';
export { townName, townServices } from './town.js';

/** Records matched per slice before looking at the clock. */
const CHECK_EVERY = 256;

/**
 * Which goals of a flow each record answers, computed once per flow and data set (the costly
 * part: folding text and testing terms). Counts for any municipality are then cheap.
 */
export class GoalIndex {
  readonly flow: Flow;
  readonly records: readonly ServiceRecord[];
  /** Goal ids, in node order; a goal's position is its bit. */
  readonly goals: readonly string[];
  /** `words` 32-bit words per record: bit g set when the record answers goal g. */
  readonly #masks: Uint32Array;
  readonly #words: number;

  private constructor(flow: Flow, records: readonly ServiceRecord[]) {
    this.flow = flow;
    this.records = records;
    this.goals = Object.entries(flow.nodes)
      .filter(([, node]) => node.kind === 'goal')
      .map(([id]) => id);
    this.#words = Math.max(1, Math.ceil(this.goals.length / 32));
    this.#masks = new Uint32Array(records.length * this.#words);
  }

  /** Builds the index in one go (tests, the checker, small data). */
  static build(flow: Flow, records: readonly ServiceRecord[]): GoalIndex {
    const index = new GoalIndex(flow, records);
    const predicates = index.#predicates();
    for (let row = 0; row < records.length; row += 1) index.#match(row, predicates);
    return index;
  }

  /**
   * Builds the index in slices of about `sliceMs`, yielding between them, so 100,000 records
   * never hold the page in one long task. Returns undefined when `signal` aborts.
   */
  static async buildInSlices(
    flow: Flow,
    records: readonly ServiceRecord[],
    yieldToEventLoop: () => Promise<void>,
    options: SliceOptions = {},
  ): Promise<GoalIndex | undefined> {
    const index = new GoalIndex(flow, records);
    const predicates = index.#predicates();
    const done = await forEachInSlices(records.length, (row) => index.#match(row, predicates), CHECK_EVERY, yieldToEventLoop, options);
    return done ? index : undefined;
  }

  /** Whether the record at `row` answers goal number `goal`. */
  answers(row: number, goal: number): boolean {
    return ((this.#masks[row * this.#words + (goal >>> 5)] ?? 0) & (1 << (goal & 31))) !== 0;
  }

  /** Whether the record at `row` answers any goal in `mask` (a mask from `maskOf`). */
  answersAny(row: number, mask: Uint32Array): boolean {
    const base = row * this.#words;
    for (let word = 0; word < this.#words; word += 1) {
      if (((this.#masks[base + word] ?? 0) & (mask[word] ?? 0)) !== 0) return true;
    }
    return false;
  }

  /** A mask with the bits of the given goal ids. */
  maskOf(goalIds: Iterable<string>): Uint32Array {
    const mask = new Uint32Array(this.#words);
    for (const id of goalIds) {
      const goal = this.goals.indexOf(id);
      if (goal >= 0) mask[goal >>> 5] = (mask[goal >>> 5] ?? 0) | (1 << (goal & 31));
    }
    return mask;
  }

  #predicates(): ((record: ServiceRecord) => boolean)[] {
    return this.goals.map((id) => {
      const node = this.flow.nodes[id];
      return node?.kind === 'goal' ? compileQuery(node.query) : () => false;
    });
  }

  #match(row: number, predicates: readonly ((record: ServiceRecord) => boolean)[]): void {
    const record = this.records[row] as ServiceRecord;
    const base = row * this.#words;
    predicates.forEach((matches, goal) => {
      if (matches(record)) this.#masks[base + (goal >>> 5)] = (this.#masks[base + (goal >>> 5)] ?? 0) | (1 << (goal & 31));
    });
  }
}

/**
 * How many services lie behind each node of a flow for one municipality: a choice can then
 * say "3件" or be marked as leading nowhere.
 */
export class ServiceCounts {
  readonly #index: GoalIndex;
  /** Per record: 0 when not for the municipality, else 1 + its nearness (own, area, prefecture). */
  readonly #inArea: Uint8Array;

  constructor(index: GoalIndex, municipality?: string);
  constructor(flow: Flow, records: readonly ServiceRecord[], municipality?: string);
  constructor(indexOrFlow: GoalIndex | Flow, recordsOrMunicipality?: readonly ServiceRecord[] | string, municipality = '') {
    if (indexOrFlow instanceof GoalIndex) {
      this.#index = indexOrFlow;
      municipality = typeof recordsOrMunicipality === 'string' ? recordsOrMunicipality : '';
    } else {
      this.#index = GoalIndex.build(indexOrFlow, (recordsOrMunicipality ?? []) as readonly ServiceRecord[]);
    }
    const nearness = municipalityFilter(municipality);
    this.#inArea = Uint8Array.from(this.#index.records, (record) => (nearness(record) ?? -1) + 1);
  }

  /** The records a goal shows: the town's own, then its area's, then the prefecture's, each in data order. */
  results(goalId: string): readonly ServiceRecord[] {
    return this.#results(goalId);
  }

  readonly #results = remembered((goalId): readonly ServiceRecord[] => {
    const goal = this.#index.goals.indexOf(goalId);
    const tiers: ServiceRecord[][] = [[], [], []];
    if (goal >= 0) {
      this.#index.records.forEach((record, row) => {
        const near = this.#inArea[row] ?? 0;
        if (near > 0 && this.#index.answers(row, goal)) tiers[near - 1]?.push(record);
      });
    }
    return tiers.flat();
  });

  /** Distinct services reachable from a node (a goal counts its own results). */
  behind(nodeId: string): number {
    return this.#behind(nodeId);
  }

  readonly #behind = remembered((nodeId): number => {
    const mask = this.#index.maskOf(this.#goalsBelow(nodeId, new Set()));
    let count = 0;
    for (let row = 0; row < this.#index.records.length; row += 1) {
      if ((this.#inArea[row] ?? 0) > 0 && this.#index.answersAny(row, mask)) count += 1;
    }
    return count;
  });

  /** Whether a node leads to anything at all: services, or crisis lines on the way. */
  leadsSomewhere(nodeId: string): boolean {
    return this.behind(nodeId) > 0 || this.#hasContacts(nodeId, new Set());
  }

  #goalsBelow(nodeId: string, visiting: Set<string>): Set<string> {
    const node = this.#index.flow.nodes[nodeId];
    if (node === undefined || visiting.has(nodeId)) return new Set();
    visiting.add(nodeId);
    if (node.kind === 'goal') return new Set([nodeId]);
    const next = node.kind === 'message' ? [node.next] : node.choices.map((choice) => choice.next);
    return new Set(next.flatMap((id) => [...this.#goalsBelow(id, visiting)]));
  }

  #hasContacts(nodeId: string, visiting: Set<string>): boolean {
    const node = this.#index.flow.nodes[nodeId];
    if (node === undefined || visiting.has(nodeId)) return false;
    if ((node.contacts?.length ?? 0) > 0) return true;
    visiting.add(nodeId);
    if (node.kind === 'message') return this.#hasContacts(node.next, visiting);
    if (node.kind === 'question') return node.choices.some((choice) => this.#hasContacts(choice.next, visiting));
    return false;
  }
}
