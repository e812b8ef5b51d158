import type { LocalizedText } from '../i18n/lang.js';
import type { Flow } from './flow.js';
import type { WalkState } from './walker.js';

export interface TranscriptEntry {
  readonly from: 'bot' | 'user';
  readonly text: LocalizedText;
}

/** The conversation so far as bubbles: what was asked and what the person answered. */
export function transcript(state: WalkState): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  for (const step of state.steps) {
    for (const id of step.messages) {
      const message = state.flow.nodes[id];
      if (message) entries.push({ from: 'bot', text: message.text });
    }
    const node = state.flow.nodes[step.nodeId];
    if (node === undefined) continue;
    entries.push({ from: 'bot', text: node.text });
    const choice = step.choice === undefined || node.kind !== 'question' ? undefined : node.choices[step.choice];
    if (choice) entries.push({ from: 'user', text: choice.label });
  }
  return entries;
}

/**
 * Offers only the top-level categories named in `ids` (the `categories` attribute), in that
 * order. Unknown ids are ignored; if none is known the flow is returned unchanged.
 */
export function withCategories(flow: Flow, ids: readonly string[]): Flow {
  const root = flow.nodes[flow.start];
  if (root?.kind !== 'question' || ids.length === 0) return flow;
  const choices = ids.flatMap((id) => root.choices.filter((choice) => choice.next === id));
  if (choices.length === 0) return flow;
  return { ...flow, nodes: { ...flow.nodes, [flow.start]: { ...root, choices } } };
}
