import { readFileSync } from 'node:fs';
import type { Flow } from '../../src/engine/flow.js';

/** The small flow fixture: a question, two goals, one with a crisis line. */
export const small = JSON.parse(readFileSync(new URL('../fixtures/flows/small.json', import.meta.url), 'utf8')) as Flow;

/** Text as the bytes of a file picked in the browser. */
export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A copy of the small flow with some of its nodes replaced or added (any shape, for hostile cases). */
export const withNodes = (nodes: Record<string, unknown>, flow: Flow = small): Flow => ({ ...flow, nodes: { ...flow.nodes, ...nodes } }) as Flow;

/** C0/C1 controls and bidi overrides: what a one-line field must never carry into a snippet. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
export const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
