import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, SERVICE_TYPES } from '../../src/data/normalize.js';
import { validateFlow } from '../../src/engine/validate.js';
import { CRISIS_LINES } from '../../src/flows/crisis-lines.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { withHokkaidoPhrases } from '../../src/flows/hokkaido-phrases.js';

const schema: unknown = JSON.parse(readFileSync(new URL('../../schema/flow.schema.json', import.meta.url), 'utf8'));
const matchesSchema = new Ajv2020({ allErrors: true }).compile(schema as object);

const minimal = () => ({
  version: 1,
  id: 'example',
  start: 'q',
  nodes: {
    q: { kind: 'question', text: { ja: '質問', en: 'Question' }, choices: [{ label: 'はい', next: 'm', phrases: ['そうです', 'はいはい'] }] },
    m: { kind: 'message', text: 'お知らせ', next: 'g' },
    g: {
      kind: 'goal',
      text: '結果',
      contacts: ['yorisoi'],
      sensitive: true,
      query: { terms: ['相談'], classifications: ['401'] },
      phrases: { ja: ['相談したい'], 'ja-easy': ['そうだん したい'], en: ['I need advice'] },
    },
  } as Record<string, unknown>,
});

/** Broken flows that both the schema and the validator must reject. */
const BROKEN: Record<string, unknown> = {
  'no nodes': { version: 1, start: 'q' },
  'wrong version': { ...minimal(), version: 2 },
  'unknown kind': { ...minimal(), nodes: { ...minimal().nodes, q: { kind: 'widget', text: 'x' } } },
  'question without choices': { ...minimal(), nodes: { ...minimal().nodes, q: { kind: 'question', text: 'x', choices: [] } } },
  'choice without label': { ...minimal(), nodes: { ...minimal().nodes, q: { kind: 'question', text: 'x', choices: [{ next: 'g' }] } } },
  'empty text': { ...minimal(), nodes: { ...minimal().nodes, m: { kind: 'message', text: ' ', next: 'g' } } },
  'invented phone number as contact': {
    ...minimal(),
    nodes: { ...minimal().nodes, g: { kind: 'goal', text: 'x', contacts: ['0120-000-000'], query: { terms: ['a'] } } },
  },
  'empty query': { ...minimal(), nodes: { ...minimal().nodes, g: { kind: 'goal', text: 'x', query: {} } } },
  'query terms not a list': { ...minimal(), nodes: { ...minimal().nodes, g: { kind: 'goal', text: 'x', query: { terms: 'フードバンク' } } } },
  'unknown classification code': { ...minimal(), nodes: { ...minimal().nodes, g: { kind: 'goal', text: 'x', query: { classifications: ['999'] } } } },
  'phrases that are not a list': { ...minimal(), nodes: { ...minimal().nodes, g: { kind: 'goal', text: 'x', query: { terms: ['a'] }, phrases: '家賃が払えない' } } },
  'an empty phrase': { ...minimal(), nodes: { ...minimal().nodes, g: { kind: 'goal', text: 'x', query: { terms: ['a'] }, phrases: ['家賃', ' '] } } },
  'an empty phrase list': { ...minimal(), nodes: { ...minimal().nodes, g: { kind: 'goal', text: 'x', query: { terms: ['a'] }, phrases: { ja: [] } } } },
  'a phrase that is a paragraph': {
    ...minimal(),
    nodes: { ...minimal().nodes, g: { kind: 'goal', text: 'x', query: { terms: ['a'] }, phrases: ['困っています。'.repeat(20)] } },
  },
  'phrases in an unknown language': { ...minimal(), nodes: { ...minimal().nodes, g: { kind: 'goal', text: 'x', query: { terms: ['a'] }, phrases: { fr: ['loyer'] } } } },
  'phrases on a choice that are numbers': {
    ...minimal(),
    nodes: { ...minimal().nodes, q: { kind: 'question', text: 'x', choices: [{ label: 'はい', next: 'm', phrases: [1, 2] }] } },
  },
  'phrases on a question node': {
    ...minimal(),
    nodes: { ...minimal().nodes, q: { kind: 'question', text: 'x', phrases: ['はい'], choices: [{ label: 'はい', next: 'm' }] } },
  },
  'unknown query field': { ...minimal(), nodes: { ...minimal().nodes, g: { kind: 'goal', text: 'x', query: { words: ['a'] } } } },
};

describe('schema/flow.schema.json', () => {
  it('lists exactly the codes and crisis lines the code knows', () => {
    const defs = (schema as { $defs: Record<string, { items?: { enum: string[] }; properties: Record<string, { items: { enum: string[] } }> }> }).$defs;
    expect(defs['contacts']?.items?.enum).toEqual(Object.keys(CRISIS_LINES));
    expect(defs['query']?.properties['classifications']?.items.enum).toEqual(Object.keys(CLASSIFICATIONS));
    expect(defs['query']?.properties['serviceTypes']?.items.enum).toEqual(Object.keys(SERVICE_TYPES));
  });

  it('accepts the bundled flow (with and without its phrases) and a minimal flow, as the validator does', () => {
    for (const flow of [HOKKAIDO_FLOW, withHokkaidoPhrases(HOKKAIDO_FLOW), minimal()]) {
      expect(matchesSchema(flow), JSON.stringify(matchesSchema.errors)).toBe(true);
      expect(validateFlow(flow).problems).toEqual([]);
    }
  });

  it.each(Object.entries(BROKEN))('rejects a flow with %s, as the validator does', (_name, flow) => {
    expect(matchesSchema(flow)).toBe(false);
    expect(validateFlow(flow).flow).toBeUndefined();
  });
});
