import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LoadedData } from '../../src/data/load.js';
import { parseCsv } from '../../src/data/parse.js';
import type { ServiceRecord } from '../../src/data/record.js';
import * as counting from '../../src/engine/counts.js';
import type { Flow } from '../../src/engine/flow.js';
import { NaviModel, SEARCH_ANNOUNCE_DELAY_MS, SEARCH_PAGE, type NaviInputs, type NaviListener, type Voice } from '../../src/engine/navi-model.js';
import * as searchChunk from '../../src/engine/trouble-search.js';
import { NO_SEARCH } from '../../src/engine/views.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { MESSAGES } from '../../src/i18n/messages.js';
import { crisisLinesFor } from '../../src/search/crisis.js';
import { demoRecords } from '../helpers/demo-records.js';

/** Two questions, two goals: enough to count and to walk. */
const FLOW: Flow = {
  version: 1,
  id: 'test',
  start: 'root',
  nodes: {
    root: { kind: 'question', text: '何に困っていますか', choices: [{ label: '食べ物', next: 'food' }, { label: '仕事', next: 'work' }] },
    food: { kind: 'goal', text: '食べ物の相談先です', query: { terms: ['フードバンク'] } },
    work: { kind: 'question', text: '仕事のこと', choices: [{ label: '探す', next: 'job' }] },
    job: { kind: 'goal', text: '仕事の相談先です', query: { terms: ['ハローワーク'] } },
  },
};

/** 25 food banks (札幌市 and 旭川市 alternately) and one job centre. */
function records(): ServiceRecord[] {
  const rows = Array.from({ length: 25 }, (_, index) => `【サンプル】フードバンク${index + 1},${index % 2 ? '旭川市' : '札幌市'}`);
  return parseCsv(['制度名,市区町村名', ...rows, '【サンプル】ハローワーク,札幌市'].join('\n'), { today: '2026-11-23' }).records;
}

const loaded = (rows: readonly ServiceRecord[]): LoadedData => ({ records: rows, sources: [], errors: [], updated: '', staleSince: '' });

const NOTHING: NaviInputs = {
  flow: FLOW,
  categories: '',
  start: '',
  municipality: '',
  lang: 'ja',
  messages: MESSAGES.ja,
  data: loaded([]),
  dataLoading: true,
  counting: undefined,
  goalIndex: undefined,
  countingFailed: false,
  search: undefined,
  searchUnavailable: false,
  searchIndex: undefined,
  troubles: undefined,
  troublesFailed: false,
};

/** Everything fetched and built over `rows`, as the controllers give it once they are done. */
function built(flow: Flow, rows: readonly ServiceRecord[]): Partial<NaviInputs> {
  return {
    flow,
    data: loaded(rows),
    dataLoading: false,
    counting,
    goalIndex: counting.GoalIndex.build(flow, rows),
    search: searchChunk,
    searchIndex: searchChunk.SearchIndex.build(rows),
    troubles: searchChunk.TroubleMatcher.build(flow),
  };
}

/** A model with what it said, reported and was told to do written to `log`; `set` adds inputs. */
function modelOf(inputs: Partial<NaviInputs> = {}) {
  const log: string[] = [];
  const voice: Voice = {
    say: (text) => log.push(`say: ${text}`),
    sayAfterPause: (text, delayMs) => log.push(`say after ${delayMs} ms: ${text}`),
    cancelPending: () => log.push('cancel'),
    silence: () => log.push('silence'),
  };
  const listener: NaviListener = {
    changed: () => undefined,
    moved: (move) => log.push(move ? `move to ${move.nodeId} (${move.results})` : 'leave the search'),
    error: (error) => log.push(`${error.kind}: ${error.message}`),
    searched: (results) => log.push(`search ${results}`),
  };
  let current: NaviInputs = { ...NOTHING, ...inputs };
  const model = new NaviModel(current, voice, listener);
  const set = (more: Partial<NaviInputs>): void => model.set((current = { ...current, ...more }));
  return { model, log, set };
}

const names = (rows: readonly { readonly record: ServiceRecord }[]) => rows.map((found) => found.record.name);

describe('NaviModel: the walk', () => {
  it('moves through the flow and back, saying each step and telling after each move', () => {
    const { model, log } = modelOf();
    expect([model.view().nodeId, model.view().canGoBack]).toEqual(['root', false]);
    model.choose(1);
    model.choose(0);
    expect([model.view().nodeId, model.view().node.kind]).toEqual(['job', 'goal']);
    expect(model.view().bubbles.map((bubble) => `${bubble.from}: ${bubble.text}`)).toEqual([
      `bot: ${MESSAGES.ja.greeting}`,
      'bot: 何に困っていますか',
      'user: 仕事',
      'bot: 仕事のこと',
      'user: 探す',
      'bot: 仕事の相談先です',
    ]);
    model.back();
    expect(model.view().nodeId).toBe('work');
    model.restart();
    expect(model.view().nodeId).toBe('root');
    expect(log).toEqual(['say: 仕事のこと', 'move to work (0)', 'say: 仕事の相談先です', 'move to job (0)', 'say: 仕事のこと', 'move to work (0)', 'say: 何に困っていますか', 'move to root (0)']);
  });

  it('opens any node keeping the way back, and reports an unknown one without moving', () => {
    const { model, log } = modelOf();
    expect(model.goTo('job')).toBe(true);
    expect(model.goTo('nowhere')).toBe(false);
    expect(model.view().nodeId).toBe('job');
    model.back();
    expect(model.view().nodeId).toBe('root');
    expect(log.filter((line) => !line.startsWith('say'))).toEqual(['move to job (0)', 'flow: ノード "nowhere" はフローにありません', 'move to root (0)']);
  });

  it('offers only the categories asked for, opens on start, and opens afresh (silent) when they change', () => {
    const { model, log, set } = modelOf({ categories: 'work' });
    const root = model.view().flow.nodes['root'];
    expect(root?.kind === 'question' ? root.choices.map((choice) => choice.next) : []).toEqual(['work']);
    model.chooseCategory(0);
    expect(model.view().nodeId).toBe('work');
    set({ municipality: '札幌市' });
    expect(model.view().nodeId).toBe('work');
    set({ start: 'food' });
    expect([model.view().nodeId, model.view().canGoBack]).toEqual(['food', false]);
    set({ start: 'missing' });
    expect(model.view().nodeId).toBe('root');
    expect(log.filter((line) => !line.startsWith('say'))).toEqual(['move to work (0)', 'silence', 'flow: start="missing" はフローにないため、最初の質問から始めます', 'silence']);
  });

  it('gives the same parts while nothing they show changed (a keystroke does not redraw the conversation)', () => {
    const { model, set } = modelOf(built(FLOW, records()));
    const before = model.view();
    model.setQuery('フードバンク');
    set({ searchUnavailable: false });
    const after = model.view();
    expect([after.bubbles, after.choices, after.categories, after.municipalities, after.counts]).toEqual([before.bubbles, before.choices, before.categories, before.municipalities, before.counts]);
    expect(after.bubbles).toBe(before.bubbles);
    expect(after.choices).toBe(before.choices);
    expect(after.municipalities).toBe(before.municipalities);
  });
});

describe('NaviModel: counts and results', () => {
  it('has no results while the data loads, none for no data, and answers goals directly until the index is built', () => {
    const { model, set } = modelOf();
    model.goTo('food');
    expect(model.view().results).toBe(undefined);
    set({ dataLoading: false });
    expect(model.view().results).toEqual([]);
    const rows = records();
    // The data is in but not the counting code: still working it out.
    set({ data: loaded(rows) });
    expect(model.view().results).toBe(undefined);
    set({ counting });
    expect(model.view().counts).toBe(undefined);
    expect(model.view().results).toHaveLength(25);
    expect(model.view().choices).toEqual([]);
  });

  it('counts what lies behind each answer once the index is built, per municipality', () => {
    const rows = records();
    const { model, set } = modelOf(built(FLOW, rows));
    expect(model.view().choices.map((choice) => choice.countText)).toEqual(['25件', '1件']);
    const counts = model.view().counts;
    expect(model.view().counts).toBe(counts);
    set({ municipality: '旭川市' });
    expect(model.view().choices.map((choice) => [choice.countText, choice.empty])).toEqual([
      ['12件', false],
      ['情報なし', true],
    ]);
    expect(model.view().municipalities).toEqual(['札幌市', '旭川市']);
  });

  it('never counts with the index of another flow or other data', () => {
    const rows = records();
    const { model, set } = modelOf(built(FLOW, rows));
    set({ categories: 'food' });
    expect(model.view().counts).toBe(undefined);
    set({ categories: '', data: loaded(records()) });
    expect(model.view().counts).toBe(undefined);
  });

  it('gives the list a town’s services by the engine’s rule (its 振興局 too) once the counting code is there', () => {
    const csv = ['制度名,全国地方公共団体コード,市区町村名', '【サンプル】そらち,010006,空知', '【サンプル】いしかり,010006,石狩', '【サンプル】全道,010006,'];
    const rows = parseCsv(csv.join('\n'), { today: '2026-11-23' }).records;
    const { model, set } = modelOf({ data: loaded(rows), dataLoading: false, municipality: '014290' });
    expect(model.town()).toEqual([]);
    set({ counting });
    const kuriyama = model.town();
    expect(kuriyama.map((record) => record.name)).toEqual(['【サンプル】そらち', '【サンプル】全道']);
    expect(model.town()).toBe(kuriyama);
    set({ municipality: '' });
    expect(model.town()).toBe(rows);
  });

  it('names a town chosen by its code as people know it, for the picker and the list’s heading', () => {
    const csv = ['制度名,全国地方公共団体コード,市区町村名', '【サンプル】まちの窓口,999999,どこか町'];
    const rows = parseCsv(csv.join('\n'), { today: '2026-11-23' }).records;
    const { model, set } = modelOf({ data: loaded(rows), dataLoading: false, municipality: '014290' });
    set({ counting });
    expect(model.view().municipalityName).toBe('栗山町');
    set({ municipality: '999999' });
    expect(model.view().municipalityName).toBe('どこか町');
    set({ municipality: ' 札幌市 ' });
    expect(model.view().municipalityName).toBe('札幌市');
    set({ municipality: '123456' });
    expect(model.view().municipalityName).toBe('123456');
  });

  it('says a goal’s count on reaching it', () => {
    const { model, log } = modelOf(built(FLOW, records()));
    model.choose(0);
    expect(log).toEqual([`say: 食べ物の相談先です ${MESSAGES.ja.goalCount(25)}`, 'move to food (25)']);
  });
});

describe('NaviModel: the search', () => {
  it('answers a keystroke at once, reports the count, and reads it out once typing pauses', () => {
    const { model, log } = modelOf(built(FLOW, records()));
    model.setQuery('フードバンク');
    const { search, query, canGoBack } = model.view();
    expect([query, canGoBack, search.total, search.services.length]).toEqual(['フードバンク', true, 25, SEARCH_PAGE]);
    expect(log).toEqual(['search 25', `say after ${SEARCH_ANNOUNCE_DELAY_MS} ms: 25件見つかりました`]);
  });

  it('says nothing for one kana or an empty box, and cancels what it was about to say', () => {
    const { model, log } = modelOf(built(FLOW, records()));
    model.setQuery('フ');
    expect(model.view().search.tooShort).toBe(true);
    model.setQuery('');
    expect(model.view().search).toBe(NO_SEARCH);
    expect(log).toEqual(['search 0', 'cancel', 'search 0', 'cancel']);
  });

  it('shows a page more at a time, and starts from one page at the next keystroke', () => {
    const { model } = modelOf(built(FLOW, records()));
    model.setQuery('フードバンク');
    model.showMore();
    expect(model.view().search.services).toHaveLength(2 * SEARCH_PAGE);
    model.showMore();
    expect(model.view().search.services).toHaveLength(25);
    model.setQuery('フードバンク1');
    expect(model.view().search.services).toHaveLength(SEARCH_PAGE);
  });

  it('keeps to the municipality, worked out again when it changes, and once per keystroke otherwise', () => {
    const { model, set } = modelOf({ ...built(FLOW, records()), municipality: '旭川市' });
    model.setQuery('フードバンク');
    const first = model.view().search;
    expect(first.total).toBe(12);
    expect(model.view().search).toBe(first);
    set({ municipality: '札幌市' });
    expect(model.view().search.total).toBe(13);
    expect(names(model.view().search.services)[0]).toBe('【サンプル】フードバンク1');
  });

  it('answers before its index is built, with an index of its own', () => {
    const { model } = modelOf({ ...built(FLOW, records()), searchIndex: undefined });
    model.setQuery('ハローワーク');
    expect(names(model.view().search.services)).toEqual(['【サンプル】ハローワーク']);
  });

  it('shows the crisis lines for a cry at once while the search loads, and reports once the whole answer is in', () => {
    const rows = records();
    const { model, log, set } = modelOf({ data: loaded(rows), dataLoading: false });
    model.setQuery('しにたい');
    expect(model.view().search.crisis).toContain('inochi');
    expect(model.view().search.pending).toBe(true);
    expect(log).toEqual([`say after ${SEARCH_ANNOUNCE_DELAY_MS} ms: ${MESSAGES.ja.crisisHeading}`]);
    model.setQuery('フードバンク');
    expect([model.view().search.crisis, model.view().search.total, model.view().search.pending]).toEqual([[], 0, true]);
    // The search is here but not the trouble matcher: no count yet.
    set({ search: searchChunk });
    model.settle();
    expect(model.view().search.total).toBe(25);
    expect(log.filter((line) => line.startsWith('search'))).toEqual([]);
    // Results that changed with nothing typed are read out.
    expect(log.at(-1)).toBe(`say after ${SEARCH_ANNOUNCE_DELAY_MS} ms: 25件見つかりました`);
    set({ troubles: searchChunk.TroubleMatcher.build(FLOW) });
    model.settle();
    expect(log.filter((line) => line.startsWith('search'))).toEqual(['search 25']);
    // Said once: nothing new to say after another update.
    model.settle();
    expect(log.filter((line) => line.includes('25件'))).toHaveLength(1);
  });

  it('keeps showing crisis lines when the search cannot load, and says so for other queries', () => {
    const { model, log, set } = modelOf({ data: loaded(records()), dataLoading: false });
    model.setQuery('死にたい');
    set({ searchUnavailable: true });
    model.settle();
    expect(model.view().search.crisis).toContain('inochi');
    model.setQuery('家賃が払えない');
    expect(model.view().search).toMatchObject({ crisis: [], total: 0, unavailable: true, listening: true });
    expect(log.at(-1)).toBe(`say after ${SEARCH_ANNOUNCE_DELAY_MS} ms: ${MESSAGES.ja.loadFailed} ${MESSAGES.ja.listeningHeading}`);
    expect(log.filter((line) => line.startsWith('search'))).toEqual(['search 0', 'search 0']);
  });

  it('finds the situation a trouble describes, and brings the search back as it was after a shortcut', () => {
    const { model, log } = modelOf(built(HOKKAIDO_FLOW, records()));
    model.setQuery('やちんがはらえない');
    model.showMore();
    const shown = model.view().search;
    const shortcut = shown.shortcuts.find((found) => found.label === '家賃が払えない');
    expect(shortcut).toBeDefined();
    model.openShortcut(shortcut?.node ?? '');
    expect([model.view().query, model.view().nodeId]).toEqual(['', shortcut?.node]);
    model.back();
    expect([model.view().query, model.view().search]).toEqual(['やちんがはらえない', shown]);
    expect(log.at(-1)).toBe(`say: ${MESSAGES.ja.shortcutsHeading}`);
    // Back again leaves the search, without a move.
    model.back();
    expect([model.view().query, log.at(-1)]).toEqual(['', 'leave the search']);
  });
});

/** What a person can do with the widget; `pick` selects among what is on screen. */
type Action = { kind: 'choose'; pick: number } | { kind: 'back' } | { kind: 'restart' } | { kind: 'type'; text: string } | { kind: 'more' } | { kind: 'shortcut'; pick: number };

/** Cries for help (acts and wishes, in kana and kanji), troubles and names, and nothing. */
const CRIES = ['しにたい', '死にたい', '消えたい', 'リストカットしてしまう', '殴られている'];
const QUERIES = [...CRIES, '', 'フードバンク', '家賃が払えない', 'ハローワーク', 'しごとがない', 'フ'];

const actions = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.nat().map((pick): Action => ({ kind: 'choose', pick })) },
    { weight: 2, arbitrary: fc.constant<Action>({ kind: 'back' }) },
    { weight: 1, arbitrary: fc.constant<Action>({ kind: 'restart' }) },
    { weight: 3, arbitrary: fc.constantFrom(...QUERIES).map((text): Action => ({ kind: 'type', text })) },
    { weight: 1, arbitrary: fc.constant<Action>({ kind: 'more' }) },
    { weight: 1, arbitrary: fc.nat().map((pick): Action => ({ kind: 'shortcut', pick })) },
  ),
  { maxLength: 30 },
);

function apply(model: NaviModel, action: Action): void {
  const view = model.view();
  switch (action.kind) {
    case 'choose':
      if (view.query !== '') model.chooseCategory(action.pick % view.categories.length);
      else if (view.node.kind === 'question') model.choose(action.pick % view.node.choices.length);
      return;
    case 'back':
      return model.back();
    case 'restart':
      return model.restart();
    case 'type':
      return model.setQuery(action.text);
    case 'more':
      return model.showMore();
    case 'shortcut': {
      const shortcut = view.search.shortcuts[action.pick % Math.max(1, view.search.shortcuts.length)];
      if (shortcut) model.openShortcut(shortcut.node);
    }
  }
}

describe('NaviModel: walk and search together (properties)', () => {
  const rows = demoRecords();
  const ready = built(HOKKAIDO_FLOW, rows);

  it('shows the crisis lines whenever what is typed is a cry, whatever came before, with or without the search', () => {
    fc.assert(
      fc.property(actions, fc.boolean(), (steps, searchHere) => {
        const { model } = modelOf(searchHere ? ready : { flow: HOKKAIDO_FLOW, data: loaded(rows), dataLoading: false });
        for (const step of steps) {
          apply(model, step);
          const { query, search } = model.view();
          if (CRIES.includes(query)) expect(search.crisis.length, query).toBeGreaterThan(0);
          if (query !== '') for (const line of crisisLinesFor(query)) expect(search.crisis).toContain(line);
          if (query === '') expect(search).toBe(NO_SEARCH);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('comes back to the same screen after N answers and N Backs, whatever came before', () => {
    fc.assert(
      fc.property(actions, fc.array(fc.nat(), { maxLength: 6 }), (before, picks) => {
        const { model } = modelOf(ready);
        for (const step of before) apply(model, step);
        model.setQuery('');
        const start = model.view();
        let answered = 0;
        for (const pick of picks) {
          const { node } = model.view();
          if (node.kind !== 'question') break;
          model.choose(pick % node.choices.length);
          answered += 1;
        }
        for (let index = 0; index < answered; index += 1) model.back();
        const end = model.view();
        expect([end.nodeId, end.bubbles, end.choices, end.results, end.canGoBack]).toEqual([start.nodeId, start.bubbles, start.choices, start.results, start.canGoBack]);
      }),
      { numRuns: 60 },
    );
  });

  it('pages through the results without losing or repeating one, whatever was typed and chosen before', () => {
    fc.assert(
      fc.property(actions, fc.constantFrom('フードバンク', '相談', '支援', '札幌', '手当'), fc.integer({ min: 1, max: 8 }), (before, text, pages) => {
        const { model } = modelOf(ready);
        for (const step of before) apply(model, step);
        model.setQuery(text);
        let shown = model.view().search.services;
        const total = model.view().search.total;
        for (let page = 0; page < pages; page += 1) {
          model.showMore();
          const next = model.view().search.services;
          // The cards shown stay, in place; a page more is added until all are shown.
          expect(next.slice(0, shown.length)).toEqual(shown);
          expect(next.length).toBe(Math.min(total, shown.length + SEARCH_PAGE));
          shown = next;
        }
        expect(new Set(shown.map((found) => found.record)).size).toBe(shown.length);
        expect(model.view().search.total).toBe(total);
      }),
      { numRuns: 40 },
    );
  });
});
