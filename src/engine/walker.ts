import type { Flow, FlowNode, GoalNode, MessageNode, QuestionNode } from './flow.js';

/** A node the person stops at: a question to answer or a goal to read. */
export type StopNode = QuestionNode | GoalNode;

export interface Step {
  readonly nodeId: string;
  /** Messages passed through on the way to this stop, in order. */
  readonly messages: readonly string[];
  /** The choice the person made here; absent for the current (last) step. */
  readonly choice?: number;
}

/**
 * Where a person is in a flow. Immutable: every move returns a new state, so Back is
 * just dropping the last step and nothing can get out of sync.
 */
export interface WalkState {
  readonly flow: Flow;
  readonly steps: readonly Step[];
}

export class FlowWalkError extends Error {
  override readonly name = 'FlowWalkError';
}

/** The longest chain of messages followed before giving up (guards against message loops). */
const MAX_MESSAGES = 20;

function resolveStop(flow: Flow, nodeId: string): Step {
  const messages: string[] = [];
  let id = nodeId;
  let node: FlowNode | undefined = flow.nodes[id];
  while (node?.kind === 'message') {
    if (messages.length >= MAX_MESSAGES) throw new FlowWalkError(`message chain too long at "${id}"`);
    messages.push(id);
    id = (node as MessageNode).next;
    node = flow.nodes[id];
  }
  if (node === undefined) throw new FlowWalkError(`unknown node "${id}"`);
  return { nodeId: id, messages };
}

export function startWalk(flow: Flow, nodeId: string = flow.start): WalkState {
  return { flow, steps: [resolveStop(flow, nodeId)] };
}

export function currentStep(state: WalkState): Step {
  const step = state.steps.at(-1);
  if (step === undefined) throw new FlowWalkError('empty walk');
  return step;
}

export function currentNode(state: WalkState): StopNode {
  return state.flow.nodes[currentStep(state).nodeId] as StopNode;
}

export function choose(state: WalkState, choiceIndex: number): WalkState {
  const node = currentNode(state);
  if (node.kind !== 'question') throw new FlowWalkError('a goal has no choices');
  const choice = node.choices[choiceIndex];
  if (choice === undefined) throw new FlowWalkError(`no choice ${choiceIndex}`);
  const answered = { ...currentStep(state), choice: choiceIndex };
  return { flow: state.flow, steps: [...state.steps.slice(0, -1), answered, resolveStop(state.flow, choice.next)] };
}

export function canGoBack(state: WalkState): boolean {
  return state.steps.length > 1;
}

export function back(state: WalkState): WalkState {
  if (!canGoBack(state)) return state;
  const steps = state.steps.slice(0, -1);
  const { choice: _answered, ...reopened } = steps.at(-1) as Step;
  return { flow: state.flow, steps: [...steps.slice(0, -1), reopened] };
}

/** Opens `nodeId` as if the person had walked there, keeping the way back. */
export function goTo(state: WalkState, nodeId: string): WalkState {
  return { flow: state.flow, steps: [...state.steps, resolveStop(state.flow, nodeId)] };
}

/**
 * Whether `state` is still on the way `mark` took: the same steps before `mark`'s last one, and
 * that step's node (answered since, or reopened by Back). A new walk, or going back before that
 * step, leaves it.
 */
export function passesThrough(state: WalkState, mark: WalkState): boolean {
  const at = mark.steps.length - 1;
  if (state.flow !== mark.flow || state.steps.length <= at) return false;
  for (let index = 0; index < at; index += 1) if (state.steps[index] !== mark.steps[index]) return false;
  return state.steps[at]?.nodeId === mark.steps[at]?.nodeId;
}
