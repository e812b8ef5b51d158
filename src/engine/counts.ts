import type { ServiceRecord } from '../data/record.js';
import type { Flow } from './flow.js';
import { runQuery } from './query.js';

/**
 * How many services lie behind each node of a flow, for one set of records and one
 * municipality: a choice can then say "3件" or be marked as leading nowhere.
 */
export class ServiceCounts {
  readonly #flow: Flow;
  readonly #goalResults = new Map<string, readonly ServiceRecord[]>();
  readonly #behind = new Map<string, ReadonlySet<ServiceRecord>>();

  constructor(flow: Flow, records: readonly ServiceRecord[], municipality = '') {
    this.#flow = flow;
    for (const [id, node] of Object.entries(flow.nodes)) {
      if (node.kind === 'goal') this.#goalResults.set(id, runQuery(node.query, records, municipality));
    }
  }

  /** The records a goal shows. */
  results(goalId: string): readonly ServiceRecord[] {
    return this.#goalResults.get(goalId) ?? [];
  }

  /** Distinct services reachable from a node (a goal counts its own results). */
  behind(nodeId: string): number {
    return this.#collect(nodeId, new Set()).size;
  }

  /** Whether a node leads to anything at all: services, or crisis lines on the way. */
  leadsSomewhere(nodeId: string): boolean {
    return this.behind(nodeId) > 0 || this.#hasContacts(nodeId, new Set());
  }

  #collect(nodeId: string, visiting: Set<string>): ReadonlySet<ServiceRecord> {
    const cached = this.#behind.get(nodeId);
    if (cached !== undefined) return cached;
    const node = this.#flow.nodes[nodeId];
    if (node === undefined || visiting.has(nodeId)) return new Set();
    visiting.add(nodeId);
    let found: ReadonlySet<ServiceRecord>;
    if (node.kind === 'goal') found = new Set(this.results(nodeId));
    else if (node.kind === 'message') found = this.#collect(node.next, visiting);
    else found = new Set(node.choices.flatMap((choice) => [...this.#collect(choice.next, visiting)]));
    visiting.delete(nodeId);
    this.#behind.set(nodeId, found);
    return found;
  }

  #hasContacts(nodeId: string, visiting: Set<string>): boolean {
    const node = this.#flow.nodes[nodeId];
    if (node === undefined || visiting.has(nodeId)) return false;
    if ((node.contacts?.length ?? 0) > 0) return true;
    visiting.add(nodeId);
    if (node.kind === 'message') return this.#hasContacts(node.next, visiting);
    if (node.kind === 'question') return node.choices.some((choice) => this.#hasContacts(choice.next, visiting));
    return false;
  }
}
