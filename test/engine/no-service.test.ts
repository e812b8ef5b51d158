import { describe, expect, it } from 'vitest';
import { answerQuery, type AnswerContext } from '../../src/engine/answer.js';
import { loadTroubleSearch } from '../../src/engine/load-trouble-search.js';
import type { FlowNode } from '../../src/engine/flow.js';
import { runQuery } from '../../src/engine/query.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { loadFuzzyMatcher } from '../../src/search/search-index.js';
import { demoRecords } from '../helpers/demo-records.js';

// Issue 23, "no cold dead end": whatever is typed leads somewhere useful. A query that names no
// service (a hobby, the weather, trivia, shopping, travel, an errand) has nothing to show but the
// kind "not found" (categories and a line to a person); words that only look like a trouble's
// (空 of 星空, 食 of 月食, いたい of 買いたい, パン of パンダ, 電 of 電気 in 電話) must not bring
// shortcuts or cards. Real troubles, in wordings no other file holds, keep reaching their services.
// All written for this file, from everyday life, not from the lexicon or the phrase lists.

await loadFuzzyMatcher();
const records = demoRecords();
const troubles = (await loadTroubleSearch(HOKKAIDO_FLOW))?.troubles;
const context: AnswerContext = { flow: HOKKAIDO_FLOW, lang: 'ja', records, troubles };
const plain = (name: string): string => name.replace('【サンプル】', '');

const NO_SERVICE = [
  // Hobbies and outings.
  '星空の写真を撮りに行きたい',
  '虹の見える丘に行きたい',
  '週末に釣りに行く予定',
  'ギターの弾き方を覚えたい',
  '猫の写真を撮るのが好き',
  '庭にトマトを植えたい',
  '将棋が強くなりたい',
  '花火大会を見に行きたい',
  '古い切手を集めている',
  '山登りの服装',
  'キャンプ用品を揃えたい',
  '編み物でマフラーを作りたい',
  'ジグソーパズルを完成させたい',
  '蕎麦打ちを体験したい',
  '動物園のパンダを見たい',
  '水族館のイルカショーの時間',
  '映画館で新作を観たい',
  'ドライブにおすすめの道',
  // Weather, sky and seasons.
  '虹が出てた',
  '夕焼けがきれいだった',
  '月食はいつ見られる',
  '桜の開花予想',
  '京都の紅葉の見頃はいつ',
  '雪まつりはいつから',
  '雨の日でも楽しめる場所',
  // Trivia.
  '富士山の高さは何メートル',
  '今年の流行色は',
  'サッカーの試合結果',
  '英単語を覚えるコツ',
  // Shopping and food.
  '新しいスニーカーを買いたい',
  '美味しいラーメン屋を教えて',
  'カレーの隠し味は何がいい',
  '紅茶の美味しい淹れ方',
  'メロンの選び方',
  'カメラのレンズを選びたい',
  // Travel and errands.
  '温泉旅行の計画を立てている',
  '新幹線で大阪まで何時間',
  '電車の時刻表を調べたい',
  '自転車のタイヤに空気を入れたい',
  'スマホの壁紙を変えたい',
  '年賀状のデザインを考えたい',
  '部屋の模様替えをしたい',
  '靴ひもの結び方',
  '犬の散歩コース',
  '朝顔の種をまく時期',
  // English.
  'what is the weather tomorrow',
  'best pizza near the station',
  // A real trouble the demo data holds no service for: "not found", kindly, not 子育てひろば by the んだ of 遊んだり.
  '台風で屋根が飛んだ',
];

/**
 * Still answered with a shortcut, left for later: a word the lexicon holds meant otherwise (誕生 of
 * 誕生日, 明日 of the weather, 声 and 聞く of a bird's call, いきたい read 生きたい). Kept here so the
 * count can only fall.
 */
const STILL_SHORTCUT = ['明日の天気は晴れるかな', '誕生日ケーキを予約したい', '鳥の鳴き声を聞き分けたい', 'ほしぞらをみにいきたい'];

const LIVING = ['money-living-now', 'money-living-later'];

/** Troubles in new wordings, with the goals of the bundled flow any of whose services is right. */
const TROUBLES: readonly { readonly query: string; readonly goals: readonly string[] }[] = [
  { query: '電気が止まった', goals: LIVING },
  { query: '電気がとまった', goals: LIVING },
  { query: '灯油代が払えず凍えている', goals: LIVING },
  { query: '財布に五百円しか残ってない', goals: LIVING },
  { query: 'ガス代を滞納して止められそう', goals: LIVING },
  { query: '年金が少なくて毎月赤字になる', goals: LIVING },
  { query: '大家さんに来月出て行けと言われた', goals: ['money-rent', 'emergency-housing'] },
  { query: '市民税の通知が来たけど払えそうにない', goals: ['money-tax'] },
  { query: 'サラ金の返済で首が回らない', goals: ['money-debt'] },
  { query: '残業代が一円も出ない', goals: ['work-trouble'] },
  { query: '上司に毎日怒鳴られて職場に行くのがつらい', goals: ['work-trouble'] },
  { query: '会社が倒産して来月から収入がない', goals: ['work-lost'] },
  { query: '職歴がなくて就職できるか不安な二十代', goals: ['work-search-young'] },
  { query: '長いブランクがあって働くのが怖い', goals: ['work-search-support'] },
  { query: '五十代で仕事を探している', goals: ['work-search-jobs'] },
  { query: '暖房が壊れたけど修理代がない', goals: LIVING },
  { query: '冷蔵庫がからっぽで三日何も食べてない', goals: ['emergency-foodbank', 'money-living-now'] },
  { query: '子どもの晩ごはんを用意できない', goals: ['emergency-kids-meal', 'emergency-foodbank'] },
  { query: '今晩どこにも泊まれない', goals: ['emergency-housing'] },
  { query: '眠れない日が続いて気分が落ち込む', goals: ['health-mind'] },
  { query: '息子が部屋から何年も出てこない', goals: ['health-hikikomori'] },
  { query: '病院代が高くて通院をやめた', goals: ['health-medical'] },
  { query: 'パチンコがやめられず給料を使い込む', goals: ['health-addiction'] },
  { query: '母の介護で仕事との両立が限界', goals: ['family-care'] },
  { query: '離婚したいが生活費が心配', goals: ['family-divorce', ...LIVING] },
  { query: '子どもの夜泣きでくたくた', goals: ['family-childcare', 'connection-parent-meet', 'connection-parent-remote'] },
  { query: '話し相手がいなくて一日誰ともしゃべらない', goals: ['connection-anyone-remote', 'connection-older-remote', 'connection-young-remote', 'health-mind'] },
];

const nodes: Readonly<Record<string, FlowNode>> = HOKKAIDO_FLOW.nodes;
const goalServices = (goal: string): readonly string[] => {
  const node = nodes[goal];
  return node?.kind === 'goal' ? runQuery(node.query, records).map((record) => plain(record.name)) : [];
};

describe('a query that names no service', () => {
  it.each(NO_SERVICE)('「%s」 is answered "not found", kindly: no shortcut, no card, a line to a person', (query) => {
    const answer = answerQuery(query, context);
    expect(answer.situations.map((match) => match.label)).toEqual([]);
    expect(answer.services.map((service) => plain(service.record.name))).toEqual([]);
    expect(answer.total).toBe(0);
    expect(answer.listening).toBe(true);
    expect(answer.crisis).toEqual([]);
  });

  it('offers a shortcut for few of them still, and never a crisis line', () => {
    const answered = [...NO_SERVICE, ...STILL_SHORTCUT].filter((query) => answerQuery(query, context).situations.length > 0);
    expect(answered).toEqual(STILL_SHORTCUT);
    for (const query of STILL_SHORTCUT) expect(answerQuery(query, context).crisis).toEqual([]);
  });
});

describe('a real trouble in new words', () => {
  it('has services for each expected goal in the demo data (the set measures something)', () => {
    for (const { goals } of TROUBLES) expect(goals.flatMap(goalServices).length).toBeGreaterThan(0);
  });

  it.each(TROUBLES)('「$query」 shows a right service in the top 3', ({ query, goals }) => {
    const right = new Set(goals.flatMap(goalServices));
    const top = answerQuery(query, context)
      .services.slice(0, 3)
      .map((service) => plain(service.record.name));
    expect(top.filter((name) => right.has(name)), `top 3: ${top.join(' / ')}`).not.toEqual([]);
  });

  it('reads a word typed in kana by the words beside it: 電気がとまった is the bill, とまるところがない a bed', () => {
    expect(answerQuery('電気がとまった', context).situations.map((match) => match.node)).toEqual(['money-living-now']);
    expect(answerQuery('今夜とまるところがない', context).situations[0]?.node).toBe('emergency-housing');
  });

  it('lists no service matched only by a single kanji it shares (電 of 電気 in こころの電話相談)', () => {
    const names = answerQuery('電気が止まった', context).services.map((service) => plain(service.record.name));
    expect(names).not.toContain('こころの電話相談');
    expect(names[0]).toBe('緊急小口資金（生活福祉資金貸付制度）');
  });
});
