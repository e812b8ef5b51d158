import { describe, expect, it } from 'vitest';
import { answerQuery, SITUATION_MIN_SCORE, SITUATION_SHARE_OF_BEST, type AnswerContext } from '../../src/engine/answer.js';
import { loadTroubleSearch } from '../../src/engine/load-trouble-search.js';
import { ServiceCounts } from '../../src/engine/counts.js';
import type { Flow } from '../../src/engine/flow.js';
import { queryRank } from '../../src/engine/query.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { loadFuzzyMatcher, SearchIndex } from '../../src/search/search-index.js';
import { demoRecords } from '../helpers/demo-records.js';

await loadFuzzyMatcher();
const records = demoRecords();
const loaded = await loadTroubleSearch(HOKKAIDO_FLOW);
const troubles = loaded?.troubles;
const context: AnswerContext = { flow: HOKKAIDO_FLOW, lang: 'ja', records, troubles };
const plain = (name: string) => name.replace('【サンプル】', '');
const names = (query: string, extra: Partial<AnswerContext> = {}) => answerQuery(query, { ...context, ...extra }).services.map((service) => plain(service.record.name));

describe('answerQuery', () => {
  it('loads the trouble search, with the matcher built for the flow', () => {
    expect(troubles?.flow).toBe(HOKKAIDO_FLOW);
    expect(loaded?.answerQuery).toBe(answerQuery);
  });

  it('answers a trouble in plain words with its situation and that situation’s services', () => {
    const answer = answerQuery('やちんがはらえない', context);
    expect(answer.crisis).toEqual([]);
    expect(answer.situations[0]).toMatchObject({ node: 'money-rent', label: '家賃が払えない', path: ['お金のこと', '家賃が払えない'] });
    expect(answer.situations.every((match) => match.score >= SITUATION_MIN_SCORE)).toBe(true);
    expect(answer.services[0]).toMatchObject({ via: 'situation' });
    expect(plain(answer.services[0]?.record.name ?? '')).toBe('住居確保給付金');
    expect(answer.suggestions).toEqual([]);
  });

  it('offers as shortcuts only situations close to the best: not every one that shares 払えない', () => {
    const answer = answerQuery('家賃が払えない', context);
    const best = answer.situations[0]?.score ?? 0;
    expect(answer.situations.map((match) => match.node)).toContain('money-rent');
    expect(answer.situations.map((match) => match.node)).not.toContain('family-childcare');
    expect(answer.situations.every((match) => match.score >= best * SITUATION_SHARE_OF_BEST)).toBe(true);
    // Taken by themselves, the weaker situations would have been offered.
    expect(troubles?.match('家賃が払えない', 'ja').some((match) => match.node === 'family-childcare' && match.score >= SITUATION_MIN_SCORE)).toBe(true);
  });

  it('labels situations in the widget’s language', () => {
    expect(answerQuery('lost my job', { ...context, lang: 'en' }).situations[0]).toMatchObject({ node: 'work-lost', label: 'Lost my job', path: ['Work', 'Lost my job'] });
    expect(answerQuery('しごとをくびになった', { ...context, lang: 'ja-easy' }).situations[0]?.label).toBe('しごとが なくなった');
  });

  it('puts names typed exactly first, then the situation’s services, then the data’s text', () => {
    const answer = answerQuery('ひきこもり', context);
    expect(answer.services[0]).toMatchObject({ via: 'name' });
    expect(plain(answer.services[0]?.record.name ?? '')).toBe('ひきこもり地域支援センター');
    const vias = answer.services.map((service) => service.via);
    expect(vias.indexOf('situation')).toBeGreaterThan(vias.lastIndexOf('name'));
    expect(vias.lastIndexOf('situation')).toBeLessThan(vias.indexOf('text') < 0 ? Infinity : vias.indexOf('text'));
    // Names keep their highlight ranges.
    expect(answer.services[0]?.ranges.name.length).toBeGreaterThan(0);
  });

  it('lists every service once and counts them all', () => {
    const answer = answerQuery('お金がない', { ...context, limit: 3 });
    expect(answer.services).toHaveLength(3);
    const all = answerQuery('お金がない', { ...context, limit: 1000 }).services;
    expect(answer.total).toBe(all.length);
    expect(new Set(all.map((service) => service.record)).size).toBe(all.length);
  });

  it('follows the municipality filter', () => {
    const everywhere = names('フードバンク');
    const asahikawa = names('フードバンク', { municipality: '旭川市' });
    expect(everywhere).toContain('さっぽろフードバンク');
    expect(asahikawa).not.toContain('さっぽろフードバンク');
    expect(asahikawa).toContain('フードバンク緊急食料支援');
  });

  it('shows crisis lines first for a cry for help, with no data and before the matcher has loaded', () => {
    const answer = answerQuery('死にたい', { flow: HOKKAIDO_FLOW, lang: 'en', records: [] });
    // The crisis lines hold a line for any worry: no listening line under them.
    expect(answer).toEqual({ crisis: ['inochi', 'yorisoi'], listening: false, situations: [], suggestions: [], services: [], total: 0 });
    expect(answerQuery('死にたい', context).situations[0]?.node).toBe('emergency-suicide');
  });

  it('shows the crisis lines of both stages once the search is loaded: a misconverted cry, an act described, whose act it is', () => {
    const bare = { flow: HOKKAIDO_FLOW, lang: 'ja', records: [] } as const;
    expect(answerQuery('性望力を受けた', bare).crisis[0]).toBe('police');
    expect(answerQuery('ホームセンターでロープを買ってきた', bare)).toMatchObject({ crisis: ['inochi', 'yorisoi'], listening: false });
    expect(answerQuery('かれしにたたかれる', bare).crisis).toEqual(['police', 'dv', 'inochi', 'yorisoi']);
  });

  it('finds a service that shares no word with the query through the situation’s goal', () => {
    // 「ごはんがない」 shares no word with フードバンク緊急食料支援 (食べるもの, 食料).
    expect(names('ごはんがない').slice(0, 3)).toContain('フードバンク緊急食料支援');
  });

  it('finds services by the content words of a sentence when no situation fits', () => {
    const flow: Flow = { version: 1, id: 'x', start: 'q', nodes: { q: { kind: 'question', text: '?', choices: [{ label: '犬', next: 'g' }] }, g: { kind: 'goal', text: '犬', query: { terms: ['犬'] } } } };
    const answer = answerQuery('来月から家賃が払えなくなりそう', { flow, lang: 'ja', records });
    expect(answer.situations).toEqual([]);
    expect(answer.services.map((service) => [plain(service.record.name), service.via])[0]).toEqual(['住居確保給付金', 'text']);
  });

  it('suggests close situations when nothing else is found, and stops at one kana', () => {
    const answer = answerQuery('ぜいきん', { ...context, records: [] });
    expect(answer.services).toEqual([]);
    expect(answer.situations.length + answer.suggestions.length).toBeGreaterThan(0);
    expect(answerQuery('ぬ', context)).toMatchObject({ tooShort: true, services: [], situations: [] });
    expect(answerQuery('zzzzqqqq', context)).toMatchObject({ crisis: [], situations: [], suggestions: [], services: [], total: 0 });
  });

  it('offers a line to a person when nothing is found, and with the results of distress without an act', () => {
    // Never a cold dead end.
    expect(answerQuery('zzzzqqqq', context)).toMatchObject({ total: 0, listening: true });
    expect(answerQuery('zzzzqqqq', { ...context, records: [] }).listening).toBe(true);
    // Distress: the results stay, the line goes with them.
    const weary = answerQuery('育児に疲れた', context);
    expect(weary.listening).toBe(true);
    expect(weary.crisis).toEqual([]);
    expect(weary.total).toBeGreaterThan(0);
    // An ordinary query that finds something: no line.
    expect(answerQuery('家賃が払えない', context).listening).toBe(false);
    expect(answerQuery('ぬ', context).listening).toBe(false);
  });

  it('lists no service for off-topic words that share only grammar with the data, and offers the line to a person', () => {
    // Each shares a pair or two (い方, の) with some record; none is about a trouble.
    for (const [query, lang] of [
      ['ペンギンの飼い方', 'ja'],
      ['野球の結果', 'ja'],
      ['ぺんぎんの かいかた', 'ja-easy'],
      ['how to keep a penguin', 'en'],
      ['weather tomorrow', 'en'],
    ] as const) {
      const answer = answerQuery(query, { ...context, lang });
      expect({ query, services: answer.services.length, situations: answer.situations.length }).toEqual({ query, services: 0, situations: 0 });
      expect({ query, listening: answer.listening, crisis: answer.crisis }).toEqual({ query, listening: true, crisis: [] });
    }
  });

  it('lists no service sharing only a common pair when what the words mean is not in the data', () => {
    // A disaster and a hearing aid are heard, but the demo data has no such service: 子育てひろば
    // (遊んだり, んだ of 飛んだ) and 話し相手ダイヤル (聴) only share a pair or a kanji.
    for (const query of ['台風で屋根が飛んだ', '補聴器']) {
      const answer = answerQuery(query, context);
      expect({ query, services: answer.services.map((service) => plain(service.record.name)) }).toEqual({ query, services: [] });
      expect({ query, listening: answer.listening }).toEqual({ query, listening: true });
    }
    // A matched situation's service the query's words also name keeps its place (病気 → 難病医療費助成).
    expect(names('病気で働けない').slice(0, 3)).toEqual(expect.arrayContaining(['難病医療費助成']));
  });

  it('still finds the services of a real trouble typed with a slip', () => {
    expect(names('家賃がはらえなぃ')[0]).toBe('住居確保給付金');
    expect(names('しごとがなくなつた')).toContain('雇用保険の基本手当');
    expect(names('借金がかえせない')[0]).toBe('多重債務相談');
    expect(names('ふーどばんく')).toContain('フードバンク緊急食料支援');
  });

  it('uses the index and goal results the caller has built, and gives the same answer', () => {
    const index = SearchIndex.build(records);
    const counts = new ServiceCounts(HOKKAIDO_FLOW, records, '札幌市');
    const built = answerQuery('家賃が払えない', { ...context, index, counts, municipality: '札幌市' });
    const own = answerQuery('家賃が払えない', { ...context, municipality: '札幌市' });
    expect(built).toEqual(own);
  });
});

describe('queryRank', () => {
  it('ranks a record by the first of the goal’s selectors it meets, in the author’s order', () => {
    const rank = queryRank({ terms: ['雇用保険', 'ハローワーク'] });
    const byName = (name: string) => records.find((record) => plain(record.name) === name);
    expect(rank(byName('雇用保険の基本手当') as never)).toBeLessThan(rank(byName('ハローワーク職業相談') as never));
    expect(rank(byName('児童手当') as never)).toBe(4);
  });
});
