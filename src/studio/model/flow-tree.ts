import type { Flow, FlowNode } from '../../engine/flow.js';
import type { LocalizedText } from '../../i18n/lang.js';

/** One line of the flow's tree as the editor shows it. */
export interface TreeRow {
  readonly id: string;
  readonly depth: number;
  /** The choice that leads here from the row above (undefined for the start, a message's next, and unattached nodes). */
  readonly label?: LocalizedText;
  readonly node: FlowNode | undefined;
  /**
   * `first`: the node's own place, with its children below; `again`: it was shown above already
   * (another way to the same node, or a loop back); `missing`: no node has this id.
   */
  readonly place: 'first' | 'again' | 'missing';
  /** True for nodes nothing leads to from the start. */
  readonly unreachable: boolean;
}

/**
 * The flow as a tree from its start, depth first in choice order; a node reached a second
 * time is listed again without its children (so loops end), and nodes no path reaches come last.
 */
export function flowTree(flow: Flow): TreeRow[] {
  const rows: TreeRow[] = [];
  const shown = new Set<string>();
  // A stack, not recursion: an imported flow may be a chain thousands of nodes deep.
  type Visit = { readonly id: string; readonly depth: number; readonly unreachable: boolean; readonly label?: LocalizedText };
  const walk = (root: Visit): void => {
    const pending: Visit[] = [root];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const { id, depth, unreachable, label } = next;
      const node = Object.hasOwn(flow.nodes, id) ? flow.nodes[id] : undefined;
      const place = node === undefined ? 'missing' : shown.has(id) ? 'again' : 'first';
      rows.push({ id, depth, node, place, unreachable, ...(label === undefined ? {} : { label }) });
      if (place !== 'first' || node === undefined) continue;
      shown.add(id);
      const children: Visit[] =
        node.kind === 'question'
          ? node.choices.map((choice) => ({ id: choice.next, depth: depth + 1, unreachable, label: choice.label }))
          : node.kind === 'message'
            ? [{ id: node.next, depth: depth + 1, unreachable }]
            : [];
      pending.push(...children.reverse());
    }
  };
  walk({ id: flow.start, depth: 0, unreachable: false });
  for (const id of Object.keys(flow.nodes)) if (!shown.has(id)) walk({ id, depth: 0, unreachable: true });
  return rows;
}
