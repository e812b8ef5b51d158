import { describe, expect, it } from 'vitest';
import { answerQuery, type AnswerContext } from '../../src/engine/answer.js';
import type { Flow } from '../../src/engine/flow.js';
import { TroubleMatcher } from '../../src/engine/troubles.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { crisisAnswerFor } from '../../src/search/crisis-meaning.js';
import { crisisSituation, serviceNames, type CrisisGoal } from '../../src/search/crisis-situation.js';
import { listeningFor } from '../../src/search/distress.js';
import { understandQuery } from '../../src/search/understand.js';
import { loadFuzzyMatcher } from '../../src/search/search-index.js';
import { demoRecords } from '../helpers/demo-records.js';
import { answerLines, listening, situationCry } from './crisis-quality.js';
import { SITUATION_DEV } from './crisis-situation-dev.js';
import { QUALITY_QUERIES } from './quality-queries.js';
import { HELDOUT_ORDINARY } from './heldout/ordinary.js';

await loadFuzzyMatcher();
const records = demoRecords();
const troubles = TroubleMatcher.build(HOKKAIDO_FLOW);
const context: AnswerContext = { flow: HOKKAIDO_FLOW, lang: 'ja', records, troubles };
const flow: Flow = HOKKAIDO_FLOW;
const contactsOf = (goal: string): readonly string[] => flow.nodes[goal]?.contacts ?? [];

const acts = SITUATION_DEV.flatMap((line) => (line.tier === 'act' ? [line] : []));
const distress = SITUATION_DEV.filter((line) => line.tier === 'distress').map(({ query }) => query);
const traps = SITUATION_DEV.filter((line) => line.tier === 'trap').map(({ query }) => query);

describe('cries heard as the flow\'s crisis situations (dev lines)', () => {
  // Dev figures, 2026-12-07: of 36 act lines, the word lists miss 9 and this stage hears 7 of them
  // (身辺整理を始めた and 無理やり関係を強要された stay below the evidence); of 10 distress
  // lines, distress.ts misses 4 and this stage hears 2. The cry model then heard one more act
  // before this stage (crisisAnswerFor holds its lines), and both distress lines; trained on a third
  // author's corpus too, it hears two more, so 6 are left to this stage.
  const missedByLists = acts.filter(({ query }) => crisisAnswerFor(query).length === 0);

  it('show the situation\'s lines, in its contacts\' order, for acts the word lists miss', () => {
    const heard = missedByLists.filter(({ query, goal }) => {
      const lines = answerQuery(query, context).crisis;
      return lines.length > 0 && lines[0] === contactsOf(goal)[0];
    });
    expect(missedByLists.length).toBeGreaterThanOrEqual(5);
    expect(heard.length).toBeGreaterThanOrEqual(missedByLists.length - 2);
    // Whichever stage hears them first, these show their situation's first line.
    for (const query of ['生きる意味がもう分からない', '希死念慮がずっとある', '死に場所を探して歩いてる', '硫化水素の作り方', '根性焼きがやめられない', '子どもが憎いと思ってしまう', 'しつけと称して物置に閉じ込められる']) {
      const goal = acts.find((line) => line.query === query)?.goal ?? '';
      expect(answerQuery(query, context).crisis[0], query).toBe(contactsOf(goal)[0]);
    }
  });

  it('add nothing before the word lists\' lines where they already hear the act', () => {
    for (const { query } of acts) {
      const first = crisisAnswerFor(query);
      if (first.length > 0) expect(answerQuery(query, context).crisis.slice(0, first.length)).toEqual(first);
    }
  });

  it('give distress the lists miss a listening line', () => {
    const heard = distress.filter((query) => answerQuery(query, context).listening);
    expect(heard).toEqual(expect.arrayContaining(['うつっぽくて気分の落ち込みがひどい', '不安とストレスで押しつぶされそう']));
    expect(situationCry('うつっぽくて気分の落ち込みがひどい').listening).toBe(true);
  });

  it('raise nothing for ordinary traps that the word lists leave alone', () => {
    for (const query of traps) {
      const answer = answerQuery(query, context);
      // A trap crisis.ts raises is counted there; this stage must raise no other.
      if (crisisAnswerFor(query).length === 0) expect({ query, lines: answer.crisis }).toEqual({ query, lines: [] });
      expect({ query, listening: answer.listening && listeningFor(query) === false && answer.total > 0 }).toEqual({ query, listening: false });
    }
  });
});

describe('false alarms of the situations stage', () => {
  it('none for the name queries: a person naming a desk is looking for it', () => {
    for (const { query } of QUALITY_QUERIES) {
      expect({ query, ...situationCry(query) }).toEqual({ query, crisis: [], listening: false });
      expect({ query, lines: answerQuery(query, context).crisis }).toEqual({ query, lines: [] });
    }
  });

  it('none on the held-out ordinary queries beyond what the word lists raise', () => {
    const added = HELDOUT_ORDINARY.map(({ query }) => query).filter((query) => (answerLines(query).length > 0 && crisisAnswerFor(query).length === 0) || (listening(query) && !listeningFor(query)));
    expect(added).toEqual([]);
  });

  it('reads no bare verb as a cry (死ぬほど, 消えた, 叩く) and no desk\'s word (DV相談, 女性相談)', () => {
    for (const query of ['死ぬほど忙しい', '消えたデータを戻したい', '太鼓を叩くサークル', 'DV相談の窓口はどこ', '女性相談支援センターの場所', 'DVDを借りたい']) {
      expect({ query, ...situationCry(query) }).toEqual({ query, crisis: [], listening: false });
    }
  });
});

describe('a wish stays a wish (〜たい is not its verb)', () => {
  // Written for this test. The lexicon once folded いなくなりたい to いなくなる and 消えたい to 消える,
  // so a lost cat raised いのちの電話 here, and 消えたかった (a wish the word lists miss) did not.
  const calm = ['猫がいなくなった', '電気が消えた', '消しゴムが消えた', 'うちの犬が急にいなくなって探してる'];
  const wishes = ['いなくなりたい', 'いなくなりたいと思う', '消えたかった', 'もう消えたくなる'];

  it('hears a wish to disappear, in its inflections, as the suicide situation', () => {
    for (const query of wishes) expect({ query, first: situationCry(query).crisis[0] }).toEqual({ query, first: contactsOf('emergency-suicide')[0] });
  });

  it('leaves what merely went missing or out calm', () => {
    for (const query of calm) expect({ query, ...situationCry(query) }).toEqual({ query, crisis: [], listening: false });
  });

  it('never reads a wish to live as the wish not to (生きていたい, 生きていたくない)', () => {
    expect(situationCry('生きていたい').crisis).toEqual([]);
    expect(situationCry('生きていたくない').crisis[0]).toBe(contactsOf('emergency-suicide')[0]);
  });

  it('answers the search with the crisis lines for the wish, and none for the calm lines', () => {
    for (const query of wishes) expect({ query, first: answerQuery(query, context).crisis[0] }).toEqual({ query, first: 'inochi' });
    for (const query of calm) expect({ query, lines: answerQuery(query, context).crisis }).toEqual({ query, lines: [] });
  });
});

describe('a site\'s own flow', () => {
  const names = serviceNames({ records });
  const suicide: ReadonlyMap<string, number> = new Map([['emergency-suicide', 1]]);

  it('hears a goal whose contacts hold an act line, and gives its lines in its order', () => {
    const goal: CrisisGoal = { node: 'site-inochi', contacts: ['inochi', 'ambulance'], concepts: suicide };
    expect(crisisSituation(understandQuery('希死念慮がずっとある'), [goal], names)).toEqual({ crisis: ['inochi', 'ambulance'], listening: false });
  });

  it('reads a goal whose lines start with a listening line as distress, not an act', () => {
    const goal: CrisisGoal = { node: 'site-mind', contacts: ['yorisoi', 'inochi'], concepts: new Map([['health-mind', 1]]) };
    expect(crisisSituation(understandQuery('不安とストレスで押しつぶされそう'), [goal], names)).toEqual({ crisis: [], listening: true });
    expect(crisisSituation(understandQuery('希死念慮がずっとある'), [goal], names)).toEqual({ crisis: [], listening: false });
  });

  it('never invents a line: ids the widget does not know are left out', () => {
    const goal: CrisisGoal = { node: 'site-x', contacts: ['inochi', 'not-a-line'], concepts: suicide };
    expect(crisisSituation(understandQuery('希死念慮'), [goal], names).crisis).toEqual(['inochi']);
  });

  it('a goal linked to a concept only in part needs more evidence', () => {
    const goal: CrisisGoal = { node: 'site-half', contacts: ['inochi'], concepts: new Map([['emergency-suicide', 0.5]]) };
    expect(crisisSituation(understandQuery('希死念慮'), [goal], names).crisis).toEqual([]);
  });
});

describe('hostile input', () => {
  it('a 20,000-character paste with a cry inside answers without an error and hears the cry', () => {
    const query = `${'あ'.repeat(500)}希死念慮がずっとある${'😀\u202e'.repeat(9_000)}`;
    expect(query.length).toBeGreaterThan(18_000);
    expect(answerQuery(query, context).crisis).toContain('inochi');
  });
});

describe("the data's names, folded by the search index", () => {
  it('are the very text serviceNames folds from the records, hostile cells and half-width kana included', async () => {
    const { parseCsv } = await import('../../src/data/parse.js');
    const { hostileCsv } = await import('../fixtures/hostile/corpus.mjs');
    const { foldText } = await import('../../src/search/normalize.js');
    const { SearchIndex } = await import('../../src/search/search-index.js');
    const hostile = parseCsv(hostileCsv(), { today: '2026-11-23' }).records;
    const odd = hostile.map((record, at) => ({ ...record, name: ['ｶﾞｲﾄﾞ', 'ﾊﾟ', 'ＡＢＣ', 'Σ'][at % 4] + record.name, alias: ['ﾞ', '・ー', ''][at % 3] + record.alias }));
    for (const set of [records, hostile, odd]) {
      const eager = set.map(({ name, alias }) => foldText(`${name}\n${alias}`)).join('\n');
      expect(SearchIndex.build(set).foldedNames()).toBe(eager);
    }
    // Folded only when a word is first tested, and from the index's text when given.
    let asked = 0;
    const fresh = [...records];
    const source = {
      records: fresh,
      foldedNames: () => {
        asked += 1;
        return SearchIndex.build(fresh).foldedNames();
      },
    };
    const inNames = serviceNames(source);
    expect(asked).toBe(0);
    expect(inNames('ふーどばんく')).toBe(serviceNames({ records: [...records] })('ふーどばんく'));
    inNames('こころ');
    serviceNames(source)('しごと');
    expect(asked).toBe(1);
  });
});
