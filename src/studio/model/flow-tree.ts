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
  const visit = (id: string, depth: number, unreachable: boolean, label?: LocalizedText): void => {
    const node = Object.hasOwn(flow.nodes, id) ? flow.nodes[id] : undefined;
    const place = node === undefined ? 'missing' : shown.has(id) ? 'again' : 'first';
    rows.push({ id, depth, node, place, unreachable, ...(label === undefined ? {} : { label }) });
    if (place !== 'first' || node === undefined) return;
    shown.add(id);
    if (node.kind === 'question') for (const choice of node.choices) visit(choice.next, depth + 1, unreachable, choice.label);
    else if (node.kind === 'message') visit(node.next, depth + 1, unreachable);
  };
  visit(flow.start, 0, false);
  for (const id of Object.keys(flow.nodes)) if (!shown.has(id)) visit(id, 0, true);
  return rows;
}
