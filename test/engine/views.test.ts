import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parse.js';
import type { Flow, GoalNode, QuestionNode } from '../../src/engine/flow.js';
import type { Answer } from '../../src/engine/answer.js';
import type { SituationMatch } from '../../src/engine/troubles.js';
import {
  answerView,
  bubbles,
  categoryViews,
  crisisView,
  NO_SEARCH,
  choiceViews,
  dataNotice,
  municipalityNames,
  searchAnnouncement,
  stepAnnouncement,
  type ServiceTally,
} from '../../src/engine/views.js';
import * as walker from '../../src/engine/walker.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { localize } from '../../src/i18n/lang.js';
import { MESSAGES } from '../../src/i18n/messages.js';

const ja = MESSAGES.ja;
const root = HOKKAIDO_FLOW.nodes['root'] as QuestionNode;
/** Services behind each node, as ServiceCounts would count them. */
const tally = (behind: Record<string, number>, leads: readonly string[] = []): ServiceTally => ({
  behind: (id) => behind[id] ?? 0,
  leadsSomewhere: (id) => (behind[id] ?? 0) > 0 || leads.includes(id),
});

describe('bubbles', () => {
  it('greets, then shows what was asked and what the person chose, in their language', () => {
    const walk = walker.choose(walker.startWalk(HOKKAIDO_FLOW), 2);
    expect(bubbles(walk, ja, 'ja')).toEqual([
      { from: 'bot', text: ja.greeting },
      { from: 'bot', text: 'どんなことでお困りですか？' },
      { from: 'user', text: '緊急の困りごと' },
      { from: 'bot', text: localize((HOKKAIDO_FLOW.nodes['emergency'] as QuestionNode).text, 'ja') },
    ]);
    expect(bubbles(walk, MESSAGES.en, 'en').map((bubble) => bubble.text).slice(1, 3)).toEqual(['What are you struggling with?', 'Urgent help']);
  });
});

describe('choiceViews', () => {
  it('says how many services lie behind each answer, "none" where nothing does, and marks answers that lead nowhere', () => {
    const views = choiceViews(root, tally({ money: 12, work: 3 }, ['emergency']), ja, 'ja');
    expect(views.map((view) => [view.label, view.countText, view.empty])).toEqual([
      ['お金のこと', '12件', false],
      ['仕事のこと', '3件', false],
      ['緊急の困りごと', '情報なし', false],
      ['心とからだの悩み', '情報なし', true],
      ['家族関係のこと', '情報なし', true],
      ['人とのつながり・居場所', '情報なし', true],
    ]);
  });

  it('offers the answers without counts while there is nothing counted, and nothing at a goal', () => {
    expect(choiceViews(root, undefined, ja, 'ja').map((view) => [view.countText, view.empty])).toEqual(Array(6).fill(['', false]));
    const goal = HOKKAIDO_FLOW.nodes['emergency-foodbank'] as GoalNode;
    expect(choiceViews(goal, tally({}), ja, 'ja')).toEqual([]);
  });

  it('drops the readings of やさしい日本語 from counts, which are read as plain text', () => {
    expect(choiceViews(root, tally({ money: 2 }), MESSAGES['ja-easy'], 'ja-easy')[0]).toEqual({ label: 'おかねの こと', countText: '2こ', empty: false });
  });
});

describe('categoryViews', () => {
  it('lists the top-level answers of the flow as offered, without counts', () => {
    const flow: Flow = { ...HOKKAIDO_FLOW, nodes: { ...HOKKAIDO_FLOW.nodes, root: { ...root, choices: root.choices.slice(2, 3) } } };
    expect(categoryViews(flow, 'en')).toEqual([{ label: 'Urgent help', countText: '', empty: false }]);
  });
});

describe('announcements', () => {
  it('reads out a question as asked, and a goal with how many services it shows', () => {
    const goal = HOKKAIDO_FLOW.nodes['emergency-foodbank'] as GoalNode;
    expect(stepAnnouncement(root, 0, ja, 'ja')).toBe('どんなことでお困りですか？');
    const text = localize(goal.text, 'ja');
    expect(stepAnnouncement(goal, 2, ja, 'ja')).toBe(`${text} 2件の相談先・制度があります`);
    expect(stepAnnouncement(goal, 0, ja, 'ja')).toBe(text);
  });

  it('reads out a long goal\'s whole count, with its thousands marked, in every language', () => {
    const goal = HOKKAIDO_FLOW.nodes['emergency-foodbank'] as GoalNode;
    expect(stepAnnouncement(goal, 1234, ja, 'ja')).toBe(`${localize(goal.text, 'ja')} 1,234件の相談先・制度があります`);
    expect(stepAnnouncement(goal, 5000, MESSAGES['ja-easy'], 'ja-easy')).toMatch(/ 5,000こ あります$/);
    expect(stepAnnouncement(goal, 5000, MESSAGES.en, 'en')).toMatch(/ 5,000 services$/);
  });

  it('reads out search counts, or nothing for an empty box or a single kana', () => {
    expect(searchAnnouncement('フード', { ...NO_SEARCH, total: 2 }, ja)).toBe('2件見つかりました');
    expect(searchAnnouncement('zzzz', NO_SEARCH, ja)).toBe(ja.searchNone);
    expect(ja.searchNone).toContain('見つかりませんでした。');
    expect(searchAnnouncement('  ', NO_SEARCH, ja)).toBeUndefined();
    expect(searchAnnouncement('ふ', { ...NO_SEARCH, tooShort: true }, ja)).toBeUndefined();
  });

  it('says crisis lines are shown before anything else, and never "not found" under them', () => {
    expect(searchAnnouncement('死にたい', crisisView('死にたい', false), ja)).toBe('すぐに相談できる電話');
    expect(searchAnnouncement('死にたい', { ...crisisView('死にたい', false), total: 3 }, ja)).toBe('すぐに相談できる電話 3件見つかりました');
    expect(searchAnnouncement('kill myself', crisisView('kill myself', true), MESSAGES.en)).toBe('Call now Some support information could not be loaded. Crisis lines are always available.');
  });

  it('says a situation fits when it has no services yet, waits while the services load, and says when the search could not load', () => {
    const shortcut = { node: 'money-rent', label: '家賃が払えない', context: ['お金のこと'] };
    expect(searchAnnouncement('家賃', { ...NO_SEARCH, shortcuts: [shortcut] }, ja)).toBe('あてはまりそうな困りごと');
    expect(searchAnnouncement('家賃', crisisView('家賃', false), ja)).toBeUndefined();
    expect(searchAnnouncement('家賃', crisisView('家賃', true), ja)).toBe(`${ja.loadFailed} ${ja.listeningHeading}`);
    expect(searchAnnouncement('家賃', { ...NO_SEARCH, shortcuts: [shortcut] }, MESSAGES['ja-easy'])).toBe('あてはまりそうな 困りごと');
  });
});

describe('a line to a person', () => {
  it('is offered when the search cannot load, and is read out after the results', () => {
    // Distress is read with the results (engine/answer.ts): while they load, only the cries.
    expect(crisisView('もう限界', false)).toMatchObject({ crisis: [], pending: true });
    expect(crisisView('もう限界', false).listening).toBeUndefined();
    // The search cannot load: nothing can be found, so a person is offered.
    expect(crisisView('家賃', true)).toMatchObject({ crisis: [], listening: true, unavailable: true });
    // A cry has its own lines; no second line under them.
    expect(crisisView('死にたい', true).listening).toBeUndefined();
    expect(searchAnnouncement('もう限界', { ...NO_SEARCH, listening: true, total: 2 }, ja)).toBe(`2件見つかりました ${ja.listeningHeading}`);
    expect(searchAnnouncement('zzzz', { ...NO_SEARCH, listening: true }, MESSAGES.en)).toBe(`${MESSAGES.en.searchNone} ${MESSAGES.en.listeningHeading}`);
  });

  it('passes from the answer to the view', () => {
    const base: Answer = { crisis: [], listening: true, situations: [], suggestions: [], services: [], total: 0 };
    expect(answerView(base).listening).toBe(true);
    expect(answerView({ ...base, listening: false }).listening).toBeUndefined();
  });
});

describe('search views', () => {
  const answer: Answer = {
    crisis: ['inochi', 'yorisoi'],
    listening: false,
    situations: [],
    suggestions: [],
    services: [],
    total: 0,
  };
  const situation = (node: string, path: string[]): SituationMatch => ({
    situation: { node, kind: 'goal', path, goals: [node], phrases: [], labels: [] },
    node,
    label: path.at(-1) ?? node,
    path,
    score: 0.9,
  });

  it('offers the situations an answer found as shortcuts: the choice that opens each, after where it sits', () => {
    const view = answerView({ ...answer, crisis: [], situations: [situation('money-rent', ['お金のこと', '家賃が払えない']), situation('money', ['お金のこと'])] });
    expect(view.shortcuts).toEqual([
      { node: 'money-rent', label: '家賃が払えない', context: ['お金のこと'] },
      { node: 'money', label: 'お金のこと', context: [] },
    ]);
    expect(view.crisis).toEqual([]);
    expect(view.pending).toBeUndefined();
  });

  it('keeps the crisis lines first and the suggestions for when nothing was found; services wait while the data loads', () => {
    const view = answerView({ ...answer, suggestions: [situation('health-mind', ['心とからだの悩み', '気持ちがつらい'])] }, true);
    expect(view.crisis).toEqual(['inochi', 'yorisoi']);
    expect(view.suggestions.map((shortcut) => shortcut.label)).toEqual(['気持ちがつらい']);
    expect(view.pending).toBe(true);
  });

  it('shows crisis lines for a cry before the search has loaded, and none for an ordinary query', () => {
    expect(crisisView('しにたい', false)).toMatchObject({ crisis: ['inochi', 'yorisoi'], pending: true, services: [] });
    expect(crisisView('殴られる', true)).toMatchObject({ crisis: ['police', 'dv'], unavailable: true });
    expect(crisisView('住居確保給付金', false).crisis).toEqual([]);
  });
});

describe('municipalityNames', () => {
  it('lists the municipalities in the order they first appear, leaving out prefecture-wide rows', () => {
    const csv = ['制度名,市区町村名', '【サンプル】A,旭川市', '【サンプル】B,', '【サンプル】C,札幌市', '【サンプル】D,旭川市'].join('\n');
    expect(municipalityNames(parseCsv(csv, { today: '2026-11-23' }).records)).toEqual(['旭川市', '札幌市']);
  });

  it('offers each municipality of a service for several (対象地域群)', () => {
    const csv = ['制度名,対象地域群', '【サンプル】A,旭川市;富良野市', '【サンプル】B,札幌市'].join('\n');
    expect(municipalityNames(parseCsv(csv, { today: '2026-11-23' }).records)).toEqual(['旭川市', '富良野市', '札幌市']);
  });
});

describe('dataNotice', () => {
  it('says the data is loading, that a saved copy of a given date stands in, that some failed, or nothing', () => {
    expect(dataNotice({ loading: true, staleSince: '', failed: 0 }, ja, 'ja')).toEqual({ text: ja.loading, error: false });
    expect(dataNotice({ loading: false, staleSince: '2026-11-20T09:00:00Z', failed: 1 }, ja, 'ja')).toEqual({
      text: 'いまデータを読み込めないため、2026年11月20日に保存した情報を表示しています。最新でない場合があります。',
      error: true,
    });
    expect(dataNotice({ loading: false, staleSince: '2026-11-20T09:00:00Z', failed: 1 }, MESSAGES.en, 'en')?.text).toContain('November 20, 2026');
    expect(dataNotice({ loading: false, staleSince: '', failed: 2 }, ja, 'ja')).toEqual({ text: ja.loadFailed, error: true });
    expect(dataNotice({ loading: false, staleSince: '', failed: 0 }, ja, 'ja')).toBeUndefined();
  });
});
