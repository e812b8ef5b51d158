import { describe, expect, it } from 'vitest';
import { highlightTerms, segmentsFor } from '../../src/search/highlight.js';
import { foldText, foldWithOrigins } from '../../src/search/normalize.js';
import { loadFuzzyMatcher, queryFeatures, SearchIndex } from '../../src/search/search-index.js';
import { parseCsv } from '../../src/data/parse.js';
import { demoRecords } from '../helpers/demo-records.js';
import { QUALITY_QUERIES } from './quality-queries.js';

// Near misses need fuse.js, which the browser build loads lazily.
await loadFuzzyMatcher();
const records = demoRecords();
const index = SearchIndex.build(records);
const plain = (name: string) => name.replace(/^【サンプル】/, '');
const top = (query: string, n = 3) => index.search(query).hits.slice(0, n).map((hit) => plain(hit.record.name));

describe('foldText', () => {
  it('folds width, kana, small kana, long vowels, spaces and 中黒', () => {
    expect(foldText('フードバンク')).toBe(foldText('ふーどばんく'));
    expect(foldText('ﾌｰﾄﾞﾊﾞﾝｸ')).toBe(foldText('フードバンク'));
    expect(foldText('ジョブ・カフェ')).toBe(foldText('じょぶかふぇ'));
    expect(foldText('ＤＶ 相談')).toBe('dv相談');
  });

  it('keeps, for every folded character, where it came from', () => {
    for (const record of records) {
      for (const text of [record.name, record.alias, 'ｶﾞｲﾄﾞ・ブック（ＤＶ）']) expect(foldWithOrigins(text).text).toBe(foldText(text));
    }
    const { text, starts, ends } = foldWithOrigins('ｶﾞｲﾄﾞ・ﾌﾞｯｸ');
    expect(text).toBe('がいどぶつく');
    expect(starts.slice(0, 2)).toEqual([0, 2]);
    expect(ends.slice(0, 2)).toEqual([2, 3]);
  });
});

describe('search quality on the demo data', () => {
  it(`finds the right service in the top 3 for at least 95 % of ${QUALITY_QUERIES.length} realistic queries (name search, issue 23 budget)`, () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(40);
    const names = new Set(records.map((record) => plain(record.name)));
    const misses: string[] = [];
    let hitAt1 = 0;
    let hitAt3 = 0;
    for (const { query, expect: wanted, kind } of QUALITY_QUERIES) {
      expect(names.has(wanted), `"${wanted}" is not in the demo data`).toBe(true);
      const found = top(query);
      if (found[0] === wanted) hitAt1 += 1;
      if (found.includes(wanted)) hitAt3 += 1;
      else misses.push(`${kind} 「${query}」 → ${found.join(' / ') || '(none)'}`);
    }
    const total = QUALITY_QUERIES.length;
    console.log(`search quality: hit@1 ${((100 * hitAt1) / total).toFixed(1)} %, hit@3 ${((100 * hitAt3) / total).toFixed(1)} % (${total} queries)`);
    if (misses.length > 0) console.log(`missed:\n  ${misses.join('\n  ')}`);
    expect(hitAt3 / total).toBeGreaterThanOrEqual(0.95);
  });
});

describe('SearchIndex', () => {
  it('ranks exact fragments before near misses and counts every match', () => {
    const result = index.search('相談');
    expect(result.total).toBeGreaterThan(15);
    expect(result.hits.length).toBeLessThanOrEqual(30);
    const scores = result.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(result.hits.filter((hit) => hit.via === 'name').length).toBeGreaterThan(15);
    const typo = index.search('住居確保給付全');
    expect(typo.hits[0]?.score).toBeGreaterThanOrEqual(1);
    expect(typo.hits[0]?.via).toBe('near');
  });

  it("finds a record by the data's own words (お困りごと, 概要, 対象者), after every name", () => {
    // 概要 of 住居確保給付金: 離職や収入の減少で家賃が払えなくなった方に…
    const rent = index.search('家賃が払えな');
    expect(rent.hits.map((hit) => [plain(hit.record.name), hit.via])).toEqual([['住居確保給付金', 'text']]);
    // 対象者 of 生活保護制度 and others: 生活に困っているすべての方
    expect(top('生活に困って', 5)).toContain('生活保護制度');
    // Several words may be spread over names and text.
    expect(top('食料 無料')).toContain('フードバンク緊急食料支援');
    // Names come first: 相談 is in many names, and in the 概要 of others.
    const hits = index.search('相談', { limit: 100 }).hits;
    const firstText = hits.findIndex((hit) => hit.via === 'text');
    expect(firstText).toBeGreaterThan(15);
    expect(hits.slice(firstText).every((hit) => hit.via === 'text')).toBe(true);
  });

  it('applies a filter such as the municipality', () => {
    const all = index.search('フードバンク').hits.map((hit) => plain(hit.record.name));
    const asahikawa = index.search('フードバンク', { filter: (record) => record.municipality === '' || record.municipality === '旭川市' });
    expect(all).toContain('さっぽろフードバンク');
    expect(asahikawa.hits.map((hit) => plain(hit.record.name))).toEqual(['フードバンク緊急食料支援']);
  });

  it('returns nothing for an empty query or nonsense, and does not flood on one letter', () => {
    expect(index.search('   ').hits).toEqual([]);
    expect(index.search('zzzzqqqq').hits).toEqual([]);
    expect(index.search('ぬ')).toEqual({ hits: [], total: 0, tooShort: true });
    expect(index.search('ﾌ').tooShort).toBe(true);
    expect(index.search('税').hits.map((hit) => plain(hit.record.name))).toContain('市税の納税猶予');
  });

  it('gives the same results when built in slices', async () => {
    let yields = 0;
    const sliced = await SearchIndex.buildInSlices(
      [...records, ...records, ...records, ...records, ...records, ...records, ...records, ...records, ...records, ...records, ...records, ...records],
      () => {
        yields += 1;
        return Promise.resolve();
      },
      { sliceMs: 0 },
    );
    expect(yields).toBeGreaterThan(0);
    expect(sliced?.search('サポステ').total).toBe(12);
  });
});

describe('search over many records', () => {
  // Records are searched a block of text at a time: a record at the edge of a block is found like any other.
  const rows = 2600;
  const marked = new Set([0, 1023, 1024, 1025, 2047, 2048, 2599]);
  const csv = ['制度名,通称,概要'];
  for (let row = 0; row < rows; row += 1) {
    csv.push(marked.has(row) ? `【サンプル】ひまわり相談${row},,食料の支援` : `【サンプル】あさがお窓口${row},,くらしの相談`);
  }
  const many = parseCsv(csv.join('\n'), { today: '2026-11-23' }).records;
  const manyIndex = SearchIndex.build(many);

  it('finds every record holding the query, in the data’s order, with its row', () => {
    const found = manyIndex.search('ひまわり', { limit: 3, all: true });
    expect(found.total).toBe(marked.size);
    expect(found.all?.rows).toEqual([...marked]);
    expect(found.all?.records).toEqual([...marked].map((row) => many[row]));
    // Only the data's own words hold 食料: after the names, still every one.
    expect(manyIndex.search('食料', { limit: 0, all: true }).all?.rows).toEqual([...marked]);
  });

  it('finds near misses and words apart in any block', () => {
    expect(new Set(manyIndex.search('ひまわる相談', { limit: 100 }).hits.map((hit) => hit.via))).toEqual(new Set(['near']));
    expect(manyIndex.search('ひまわる相談', { limit: 100 }).total).toBe(marked.size);
    expect(manyIndex.search('ひまわり 食料', { all: true }).all?.rows).toEqual([...marked]);
  });

  it('never matches across two records, whatever is typed', () => {
    // Each record's text ends in 相談 and the next one's starts with サンプル: 談さ is in no record.
    expect(manyIndex.search('談さ').total).toBe(0);
    expect(manyIndex.search('談\u0001さ').total).toBe(0);
    expect(manyIndex.search('\u0000\u0001').hits).toEqual([]);
  });

  it('is the same built in slices', async () => {
    const sliced = await SearchIndex.buildInSlices(many, () => Promise.resolve(), { sliceMs: 0 });
    for (const query of ['ひまわり', '食料', 'ひまわる相談', 'あさがお 相談']) {
      expect(sliced?.search(query, { all: true })).toEqual(manyIndex.search(query, { all: true }));
    }
  });
});

describe('highlighting', () => {
  it('marks the matched part of the original text, across width and kana', () => {
    expect(highlightTerms('【サンプル】ﾌｰﾄﾞﾊﾞﾝｸ札幌', 'ふーどばんく')).toEqual([
      { text: '【サンプル】', match: false },
      { text: 'ﾌｰﾄﾞﾊﾞﾝｸ', match: true },
      { text: '札幌', match: false },
    ]);
    expect(highlightTerms('住居確保給付金', '確保 給付')).toEqual([
      { text: '住居', match: false },
      { text: '確保給付', match: true },
      { text: '金', match: false },
    ]);
  });

  it('maps the ranges of a search hit back onto the name', () => {
    const hit = index.search('さぽすて').hits[0];
    expect(hit && segmentsFor(hit.record.alias, hit.ranges.alias)).toEqual([{ text: 'サポステ', match: true }]);
    // Found by its 通称: the name is shown whole, unmarked.
    expect(hit && segmentsFor(hit.record.name, hit.ranges.name)).toEqual([{ text: '【サンプル】地域若者サポートステーション', match: false }]);
    const fuzzy = index.search('住居確保給付全').hits[0];
    const marked = fuzzy && segmentsFor(fuzzy.record.name, fuzzy.ranges.name).filter((segment) => segment.match);
    expect(marked?.map((segment) => segment.text).join('')).toContain('住居確保給付');
  });

  it('leaves text without matches whole', () => {
    expect(segmentsFor('法テラス', [])).toEqual([{ text: '法テラス', match: false }]);
  });
});

describe('relevance: the data’s own words, read as words', () => {
  // A list with no flow codes, お困りごと or キーワード: only 制度名, 概要 and 対象者 can answer.
  const csv = [
    '制度名,概要,対象者',
    '少年相談センター,少年の非行や親子関係の悩みを相談できます,本人や家族',
    '親子旅行の割引,親子が一緒に旅行に行けるよう運賃を割り引きます,子どもがいる家庭',
    '修学支援,授業料の減免と給付型奨学金で大学や専門学校で学べます,世帯収入の少ない学生',
    '学童保育,放課後に小学生を預かります,働いている保護者',
    '被災者生活再建支援,自然災害で住宅が全壊した世帯に支援金を支給します,住宅に被害を受けた世帯',
    '空き家バンク,空き家の売買や賃貸を紹介します,移住したい人',
    // Many other services, so that what few records hold is rare (as in a real list).
    ...Array.from({ length: 30 }, (_, at) => `証明書の発行${at},住民票や印鑑証明書を窓口で発行します,市民`),
  ].join('\n');
  const own = parseCsv(csv, { today: '2026-11-23' }).records;
  const ownIndex = SearchIndex.build(own);
  const ranked = (terms: { text: string; weight: number }[], meant?: (row: number) => boolean) => ownIndex.relevance(terms, () => true, 0.3, meant).rows.map((row) => own[row]?.name);
  /** The order alone: every row sharing something, vouched for. */
  const best = (query: string) => ownIndex.relevance([{ text: query, weight: 1 }], () => true, 0, () => true).rows.map((row) => own[row]?.name);

  it('leaves out pairs that join a particle to a word, and counts each kanji', () => {
    const features = [...queryFeatures(foldText('息子が非行に走っている')).keys()];
    expect(features).toEqual(expect.arrayContaining(['息子', '非行', '非', '行', '走']));
    expect(features).not.toContain('子が');
    expect(features).not.toContain('行に');
    // お金, 子ども: a prefix or okurigana stays with its word.
    expect([...queryFeatures(foldText('子どものお金')).keys()]).toEqual(expect.arrayContaining(['子ど', 'お金']));
  });

  it('ranks first the record holding the words, not one sharing the grammar around them', () => {
    expect(best('息子が非行に走っている')[0]).toBe('少年相談センター');
    expect(best('大学の学費が払えない')[0]).toBe('修学支援');
    expect(best('地震で家が壊れた住宅')[0]).toBe('被災者生活再建支援');
  });

  it('lists a record sharing only a kanji of the query when an added word or the caller vouches for it, else not', () => {
    // 走 and 家 are in the query, but 屋根, 台風 and 飛ん in no record: nothing says much of it.
    expect(ranked([{ text: '台風で家の屋根が飛んだ', weight: 1 }])).toEqual([]);
    expect(ranked([{ text: '台風で家の屋根が飛んだ', weight: 1 }, { text: '自然災害', weight: 0.5 }])).toContain('被災者生活再建支援');
    expect(ranked([{ text: '台風で家の屋根が飛んだ', weight: 1 }], (row) => own[row]?.name === '空き家バンク')).toEqual(['空き家バンク']);
  });
});
