import { describe, expect, it } from 'vitest';
import type { GoalNode } from '../../src/engine/flow.js';
import { validateFlow } from '../../src/engine/validate.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import * as edit from '../../src/studio/model/flow-edits.js';
import { DEFAULT_SETTINGS } from '../../src/studio/model/settings.js';
import { EMPTY_WORKSPACE, NO_DATA, StudioStore } from '../../src/studio/model/store.js';
import { small } from './fixtures.js';

const phrasesOf = (store: StudioStore, id: string) => (store.flow.nodes[id] as GoalNode).phrases;

describe('the workbench store', () => {
  it('starts empty, with the bundled flow and the phrases people type for its goals', () => {
    const store = new StudioStore();
    expect(store.state).toMatchObject({ ...EMPTY_WORKSPACE, data: NO_DATA, notice: undefined, draft: { status: 'none', savedAt: '' } });
    expect(store.flow.start).toBe(HOKKAIDO_FLOW.start);
    expect(phrasesOf(store, 'money-rent')).toMatchObject({ ja: expect.arrayContaining(['家賃が払えない']) });
    expect(validateFlow(store.flow).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('tells its listeners after every change, with a new state each time', () => {
    const store = new StudioStore();
    const seen: unknown[] = [];
    store.addEventListener('change', () => seen.push(store.state));
    const before = store.state;
    store.update({ selectedNode: 'money' });
    store.updateSettings({ heading: 'くらしの相談' });
    store.updateSettings({ lang: 'en' });
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    expect(before.selectedNode).toBe('');
    expect(store.state.settings).toEqual({ ...DEFAULT_SETTINGS, heading: 'くらしの相談', lang: 'en' });
    expect(store.state.selectedNode).toBe('money');
  });

  it('copies the bundled flow on the first edit, carrying its phrases, and never changes the bundled one', () => {
    const store = new StudioStore();
    const bundledRoot = structuredClone(HOKKAIDO_FLOW.nodes['root']);
    store.editFlow((flow) => edit.setText(flow, 'root', 'ja', 'どうしましたか'));
    expect(store.state.flow?.nodes['root']?.text).toMatchObject({ ja: 'どうしましたか' });
    expect(phrasesOf(store, 'money-rent')).toMatchObject({ ja: expect.arrayContaining(['家賃が払えない']) });
    expect(HOKKAIDO_FLOW.nodes['root']).toEqual(bundledRoot);
    expect(new StudioStore().flow.nodes['root']?.text).toEqual(bundledRoot?.text);
  });

  it('edits a flow it was given, and goes back to the bundled one when the edit is dropped', () => {
    const store = new StudioStore({ ...EMPTY_WORKSPACE, flow: small });
    store.editFlow((flow) => edit.deleteNode(flow, 'talk'));
    expect(Object.keys(store.flow.nodes)).toEqual(['start', 'food']);
    expect(Object.keys(small.nodes)).toEqual(['start', 'food', 'talk']);
    store.update({ flow: undefined });
    expect(store.flow.start).toBe(HOKKAIDO_FLOW.start);
  });
});
