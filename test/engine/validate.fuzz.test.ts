import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateFlow } from '../../src/engine/validate.js';
import { choose, currentNode, startWalk } from '../../src/engine/walker.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';

// Random input never throws out of the flow validator: a broken flow becomes a report, and a
// flow it accepts can be walked.

const RUNS = { numRuns: 300 };

/** The bundled flow with random values put at random places, as a hand-edited JSON might be. */
const mutatedFlow = fc
  .array(fc.tuple(fc.array(fc.oneof(fc.nat(60), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 6 })
  .map((mutations) => {
    const flow = JSON.parse(JSON.stringify(HOKKAIDO_FLOW)) as Record<string, unknown>;
    for (const [path, value] of mutations) {
      let target: unknown = flow;
      for (const step of path.slice(0, -1)) {
        if (target === null || typeof target !== 'object') break;
        const keys = Object.keys(target);
        const key = typeof step === 'number' ? keys[step % Math.max(1, keys.length)] : step;
        target = key === undefined ? undefined : (target as Record<string, unknown>)[key];
      }
      if (target !== null && typeof target === 'object') {
        const keys = Object.keys(target);
        const last = path[path.length - 1] as string | number;
        const key = typeof last === 'number' ? (keys[last % Math.max(1, keys.length)] ?? String(last)) : last;
        (target as Record<string, unknown>)[key] = value;
      }
    }
    return flow;
  });

describe('the flow validator, fuzzed', () => {
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(validateFlow(value).problems)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never throws on any value at all (prototype tricks, functions, odd numbers)', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (value) => {
      expect(Array.isArray(validateFlow(value).problems)).toBe(true);
    }), RUNS);
  });

  it('on a damaged bundled flow: reports problems, or returns a flow that walks without throwing', () => {
    fc.assert(
      fc.property(mutatedFlow, fc.array(fc.nat(), { maxLength: 6 }), (input, picks) => {
        const { flow, problems } = validateFlow(input);
        if (flow === undefined) {
          expect(problems.some((problem) => problem.severity === 'error')).toBe(true);
          return;
        }
        let walk = startWalk(flow);
        for (const pick of picks) {
          const node = currentNode(walk);
          if (node.kind !== 'question' || node.choices.length === 0) break;
          walk = choose(walk, pick % node.choices.length);
        }
        expect(['question', 'goal']).toContain(currentNode(walk).kind);
      }),
      RUNS,
    );
  });
});
