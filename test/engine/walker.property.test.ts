import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/engine/flow.js';
import { transcript, withCategories } from '../../src/engine/transcript.js';
import { back, canGoBack, choose, currentNode, currentStep, goTo, startWalk, type WalkState } from '../../src/engine/walker.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';

/** One thing a person (or a site owner's script) can do; `pick` selects among what is on screen. */
type Action = { kind: 'choose'; pick: number } | { kind: 'back' } | { kind: 'restart' } | { kind: 'goTo'; pick: number };

const actions = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.nat().map((pick): Action => ({ kind: 'choose', pick })) },
    { weight: 2, arbitrary: fc.constant<Action>({ kind: 'back' }) },
    { weight: 1, arbitrary: fc.constant<Action>({ kind: 'restart' }) },
    { weight: 1, arbitrary: fc.nat().map((pick): Action => ({ kind: 'goTo', pick })) },
  ),
  { maxLength: 40 },
);

function apply(flow: Flow, state: WalkState, action: Action): WalkState {
  const node = currentNode(state);
  switch (action.kind) {
    case 'choose':
      return node.kind === 'question' ? choose(state, action.pick % node.choices.length) : state;
    case 'back':
      return back(state);
    case 'restart':
      return startWalk(flow);
    case 'goTo': {
      const ids = Object.keys(flow.nodes);
      return goTo(state, ids[action.pick % ids.length] as string);
    }
  }
}

/** Every stop offers a way on: a question with choices, or a goal with Back working. */
function assertNoDeadEnd(flow: Flow, state: WalkState): void {
  const node = currentNode(state);
  if (node.kind === 'question') {
    expect(node.choices.length).toBeGreaterThan(0);
    return;
  }
  expect(node.kind).toBe('goal');
  if (state.steps.length > 1) {
    expect(canGoBack(state)).toBe(true);
    const previous = back(state);
    expect(previous.steps).toHaveLength(state.steps.length - 1);
    expect(['question', 'goal']).toContain(currentNode(previous).kind);
  }
}

/** From any question, answering reaches a goal within the depth of the flow. */
function reachesGoal(flow: Flow, state: WalkState, picks: readonly number[]): boolean {
  let walk = state;
  for (const pick of picks) {
    const node = currentNode(walk);
    if (node.kind === 'goal') return true;
    walk = choose(walk, pick % node.choices.length);
  }
  return currentNode(walk).kind === 'goal';
}

describe('random walks through the bundled flow (property-based)', () => {
  const flows = [HOKKAIDO_FLOW, withCategories(HOKKAIDO_FLOW, ['emergency', 'family'])];

  it.each(flows.map((flow, index) => [index, flow] as const))('flow %i: every walk ends at a goal or a question, with a working Back', (_index, flow) => {
    fc.assert(
      fc.property(actions, fc.array(fc.nat(), { minLength: 10, maxLength: 10 }), (steps, picks) => {
        let state = startWalk(flow);
        for (const action of steps) {
          state = apply(flow, state, action);
          assertNoDeadEnd(flow, state);
          const answered = state.steps.filter((step) => step.choice !== undefined).length;
          expect(transcript(state).filter((entry) => entry.from === 'user')).toHaveLength(answered);
          expect(currentStep(state).choice).toBeUndefined();
        }
        expect(reachesGoal(flow, state, picks)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // 3,000 random walks: about a second alone, several on a machine shared with other work.
  }, 30_000);
});
