import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/engine/flow.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import * as edit from '../../src/studio/model/flow-edits.js';
import { flowTree, type TreeRow } from '../../src/studio/model/flow-tree.js';
import { small, withNodes } from './fixtures.js';

/** A row as the editor's tree reads it: indented id, place, and whether the start reaches it. */
const outline = (rows: readonly TreeRow[]) => rows.map((row) => `${'  '.repeat(row.depth)}${row.id} ${row.place}${row.unreachable ? ' unreachable' : ''}`);

describe('the flow as a tree', () => {
  it('lists the small flow from its start, with the choice that leads to each node', () => {
    const rows = flowTree(small);
    expect(outline(rows)).toEqual(['start first', '  food first', '  talk first']);
    expect(rows.map((row) => row.label)).toEqual([undefined, '食べ物のこと', '電話で話したい']);
    expect(rows[1]?.node).toBe(small.nodes['food']);
  });

  it('shows every node of the bundled flow once in its own place, none unreachable', () => {
    const rows = flowTree(HOKKAIDO_FLOW);
    const first = rows.filter((row) => row.place === 'first').map((row) => row.id);
    expect([...first].sort()).toEqual(Object.keys(HOKKAIDO_FLOW.nodes).sort());
    expect(rows.filter((row) => row.unreachable || row.place === 'missing')).toEqual([]);
    expect(rows[0]).toMatchObject({ id: HOKKAIDO_FLOW.start, depth: 0, place: 'first' });
  });

  it('lists a loop once, then names the node again without its children, so the list ends', () => {
    const looping = edit.setChoiceNext(small, 'start', 1, 'start');
    expect(outline(flowTree(looping))).toEqual(['start first', '  food first', '  start again', 'talk first unreachable']);
    // Two ways to the same goal: the second is listed as "again", not as a copy with its own place.
    const twice = edit.setChoiceNext(small, 'start', 1, 'food');
    expect(outline(flowTree(twice))).toEqual(['start first', '  food first', '  food again', 'talk first unreachable']);
  });

  it('names a node that does not exist, and nodes nothing leads to last, with what they lead to', () => {
    let flow = edit.setChoiceNext(small, 'start', 1, 'start');
    [flow] = edit.addNode(flow, 'message');
    flow = edit.setMessageNext(flow, 'new-message', 'nowhere');
    expect(outline(flowTree(flow))).toEqual(['start first', '  food first', '  start again', 'talk first unreachable', 'new-message first unreachable', '  nowhere missing unreachable']);
    expect(flowTree({ ...small, start: 'gone' })[0]).toMatchObject({ id: 'gone', place: 'missing', node: undefined });
  });

  it('takes ids such as "constructor" and "__proto__" as ids, never as the object\'s own properties', () => {
    const flow = withNodes({ start: { kind: 'question', text: 'q', choices: [{ label: 'a', next: 'constructor' }, { label: 'b', next: '__proto__' }, { label: 'c', next: 'toString' }] } });
    const rows = flowTree(flow);
    expect(rows.slice(1, 4).map((row) => [row.id, row.place, row.node])).toEqual([
      ['constructor', 'missing', undefined],
      ['__proto__', 'missing', undefined],
      ['toString', 'missing', undefined],
    ]);
  });

  it('walks a chain as long as the editor accepts (5,000 nodes) without running out of stack', () => {
    const nodes: Record<string, unknown> = {};
    for (let index = 0; index < 4999; index += 1) nodes[`n${index}`] = { kind: 'message', text: `${index}`, next: `n${index + 1}` };
    nodes['n4999'] = { kind: 'goal', text: 'end', query: { terms: ['x'] } };
    const rows = flowTree({ version: 1, start: 'n0', nodes } as unknown as Flow);
    expect(rows).toHaveLength(5000);
    expect(rows.at(-1)).toMatchObject({ id: 'n4999', depth: 4999, place: 'first', unreachable: false });
  });
});
