import { describe, expect, it } from 'vitest';
import { crisisLinesFor } from '../../src/search/crisis.js';
import { listeningFor } from '../../src/search/distress.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import { DEV_ACTS, DEV_DISTRESS, DEV_ORDINARY } from './crisis-dev.js';
import { TROUBLE_QUERIES } from './trouble-queries.js';

describe('distress without an act', () => {
  it(`asks for a listening line for all ${DEV_DISTRESS.length} lines of the development set`, () => {
    expect(DEV_DISTRESS.filter((query) => !listeningFor(query))).toEqual([]);
    for (const query of ['もう疲れた', '誰にも相談できない', '毎晩泣いている', 'ﾂｶﾚﾀ', 'I am at my limit']) expect([crisisLinesFor(query), listeningFor(query)], query).toEqual([[], true]);
  });

  it(`stays quiet for all ${DEV_ORDINARY.length} ordinary queries of the development set`, () => {
    expect(DEV_ORDINARY.filter((query) => listeningFor(query))).toEqual([]);
  });

  it('is not asked where the crisis lines already hold a line for any worry, and is where they do not', () => {
    expect(DEV_ACTS.filter(({ query }) => crisisLinesFor(query).includes('yorisoi') && listeningFor(query)).map(({ query }) => query)).toEqual([]);
    expect(listeningFor('疲れた、死にたい')).toBe(false);
    expect([crisisLinesFor('夫に殴られてもう限界'), listeningFor('夫に殴られてもう限界')]).toEqual([['police', 'dv'], true]);
  });

  it('goes with weary troubles that name a service, beside their results', () => {
    for (const query of ['育児に疲れた', '親の介護がつらい', '眠れない', '寝れんし食べれん', '何をしても楽しいと思えない']) expect(listeningFor(query), query).toBe(true);
    // Most troubles are not weary: the line is for the few that are.
    const ordinary = TROUBLE_QUERIES.filter((trouble) => !trouble.crisis).map(({ query }) => query);
    expect(ordinary.filter((query) => listeningFor(query)).length / ordinary.length).toBeLessThan(0.15);
  });

  it('answers the hostile corpus without an error', () => {
    for (const input of [...HOSTILE_STRINGS, 'つ'.repeat(20_000), '\u202e疲れた'.repeat(5_000)]) expect(typeof listeningFor(input)).toBe('boolean');
  });
});

describe('distress the lists learned from the seen sets (variants written for this test)', () => {
  it('gets the listening line', () => {
    for (const query of ['ﾅﾐﾀﾞｶﾞ ﾄﾏﾗﾅｲﾖ', 'もう がんばりきらんばい', 'I feel so depressed', '子どもみたいに泣き止められない']) expect(listeningFor(query), query).toBe(true);
  });
});

describe('distress told as hell, or in slang (written for this test)', () => {
  it('gets the listening line, and hell as a joke or a song does not', () => {
    for (const query of ['毎日が地獄', 'この職場は生き地獄', 'つらたん']) expect(listeningFor(query), query).toBe(true);
    for (const query of ['運動会の天国と地獄', '地獄谷の温泉']) expect(listeningFor(query), query).toBe(false);
  });
});

describe('distress told by a loss or by the body (written for this test)', () => {
  it('gets the listening line, and sickness alone does not', () => {
    for (const query of ['母を亡くして喪失感がすごい', '仕事のことを考えると吐き気がする', 'i have no one']) expect(listeningFor(query), query).toBe(true);
    for (const query of ['食べすぎて吐き気がする', '車酔いで吐き気']) expect(listeningFor(query), query).toBe(false);
  });
});

describe('distress in its many everyday and dialect words (written for this test, in the shapes of the corpora)', () => {
  it('gets the listening line, and a stage fright joke or a film stays quiet', () => {
    for (const query of ['毎日むなしい', '将来が真っ暗で', 'メンタル病んでる', '大切な人を亡くしてから泣くことしかできない', 'ちむぐりさ', 'hitori de tsurai']) expect(listeningFor(query), query).toBe(true);
    for (const query of ['ホラー映画の悪夢', '会議の資料を作る']) expect(listeningFor(query), query).toBe(false);
  });
});

describe('a feeling said alone, and distress told in few words', () => {
  it('gets the listening line when the feeling is all that was typed, and not inside an ordinary sentence', () => {
    for (const query of ['怖い', 'こわいよ', 'むり', 'ムリ', '悲しい', 'からっぽ', 'もうだめだ', 'SOS', 'きつか']) expect(listeningFor(query), query).toBe(true);
    for (const query of ['怖い映画', '冷蔵庫が空っぽ', '無理な注文', '不安定な天気', 'SOSの出し方 研修', 'きつかったけど楽しかった']) expect(listeningFor(query), query).toBe(false);
  });

  it('gets the listening line for sleeplessness said politely, a broken heart, the dark ahead and slang of the worn out', () => {
    for (const query of ['眠れません', '心折れた', 'お先真っ暗です', '鬱です。助けてください', 'ちかれた', '誰にも話す相手がいない', 'いばしょがない', 'kokoro ga tsukareta']) expect(listeningFor(query), query).toBe(true);
    for (const query of ['虚無僧の歴史', '身寄りがない高齢者の保証人制度', '悲しみを乗り越える本', '情緒不安定な犬のしつけ', '人生うまくいかない時に読む本']) expect(listeningFor(query), query).toBe(false);
  });
});

describe('tiredness, tears and sleeplessness with an everyday cause', () => {
  it('stay quiet (fun, onions, a night bus, a spicy dish, economics, a volunteer, help received), and distress beside them is still heard', () => {
    for (const query of ['旅行で疲れた', 'めっちゃ疲れたけどライブ最高', '玉ねぎを切ると涙が出る', '夜行バス 眠れない', '激辛ラーメンで死にかけた', '限界効用 とは', 'ボランティア 高齢者 話し相手', '夫に話を聞いてもらった', '孤独死 部屋 片付け 業者', '疲れやすい 貧血'])
      expect(listeningFor(query), query).toBe(false);
    for (const query of ['仕事で疲れた、もう限界', '騒音で眠れなくて、もう誰にも相談できない', '孤独死するのが怖い、毎晩泣いてる']) expect(listeningFor(query), query).toBe(true);
  });
});

describe('distress in the corpora’s own short words, dialect endings and emoji', () => {
  it('gets the listening line for panic, burnout, grief that stops eating, no one to ask, tears sent as emoji and a call into the dark', () => {
    for (const query of ['急に動悸がして息ができなくなった', '燃え尽きた', '失恋してごはんも食べられない', '相談する相手がいない', 'メンタル崩壊', '😭', '😢😢', 'だれか', '無理です', 'こわいっちゃ', 'mou muri', 'im not okay'])
      expect(listeningFor(query), query).toBe(true);
  });

  it('stays quiet where the same words say something ordinary', () => {
    for (const query of ['弱音を吐かない選手の名言', '気持ちが落ち着く音楽', '友達がいない子どもの遊び場', '家族に会いたいから帰省の新幹線', 'genkai toppa', '😊', '夫と喧嘩して口をきかない']) expect(listeningFor(query), query).toBe(false);
  });
});
