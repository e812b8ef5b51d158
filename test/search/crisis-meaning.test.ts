import { describe, expect, it } from 'vitest';
import { heardByModel } from './crisis-quality.js';
import { crisisLinesFor } from '../../src/search/crisis.js';
import { crisisAnswerFor } from '../../src/search/crisis-meaning.js';
import { listeningFor } from '../../src/search/distress.js';
import { DEV_ACT_KINDS, DEV_ACTS, DEV_ORDINARY, type DevAct } from './crisis-dev.js';
import { DEV_MEANING_ACTS, DEV_MEANING_ORDINARY, DEV_ORDER_ACTS, DEV_SOUND_ACTS } from './crisis-meaning-dev.js';
import { QUALITY_QUERIES } from './quality-queries.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';

const rightFirst = ({ kind }: DevAct, lines: readonly string[]): boolean => (DEV_ACT_KINDS[kind] as readonly string[]).includes(lines[0] ?? '');
const wrong = (acts: readonly DevAct[], lines: (query: string) => readonly string[]): string[] =>
  acts.filter((act) => !rightFirst(act, lines(act.query))).map(({ query, kind }) => `${kind}: ${query} → ${lines(query).join(', ') || '(none)'}`);

describe.each([
  ['wrong kanji of the same sound, or a kana short', DEV_SOUND_ACTS],
  ['meaning said by words together (preparations, self-injury named, sexual violence described, a parent who cannot stop)', DEV_MEANING_ACTS],
  ['a person and their act before a misread 死にた', DEV_ORDER_ACTS],
])('the second stage hears %s', (_, acts) => {
  it('where crisis.ts alone does not show the right line first', () => {
    // Each line is a case the main bundle misses: without crisis-meaning.ts this set fails.
    expect(acts.filter((act) => rightFirst(act, crisisLinesFor(act.query))).map(({ query }) => query)).toEqual([]);
  });

  it('shows the right line first', () => {
    expect(wrong(acts, crisisAnswerFor)).toEqual([]);
  });
});

describe('the combined answer', () => {
  it('keeps every line crisis.ts shows, in its order, for its own development set', () => {
    for (const { query } of DEV_ACTS) expect(crisisAnswerFor(query).slice(0, crisisLinesFor(query).length)).toEqual(crisisLinesFor(query));
  });

  it('puts the act of the person named first, and keeps the lines crisis.ts found after', () => {
    expect(crisisLinesFor('かれしにたたかれる')[0]).toBe('inochi');
    expect(crisisAnswerFor('かれしにたたかれる')).toEqual(['police', 'dv', 'inochi', 'yorisoi']);
  });

  it('stays calm for ordinary words near the classes, the ordinary development set and name searches', () => {
    // The word classes add none; what the cry model hears in traps is counted in its own budget (crisis-model.test.ts).
    const raised = [...DEV_MEANING_ORDINARY, ...DEV_ORDINARY, ...QUALITY_QUERIES.map(({ query }) => query)].filter(
      (query) => !heardByModel(query) && crisisAnswerFor(query).length > crisisLinesFor(query).length,
    );
    expect(raised.map((query) => `${query} → ${crisisAnswerFor(query).join(', ')}`)).toEqual([]);
    expect(QUALITY_QUERIES.filter(({ query }) => crisisAnswerFor(query).length > 0).map(({ query }) => query)).toEqual([]);
  });

  it('does not add the listening line where the second stage already shows one', () => {
    expect(listeningFor('もう詩にたい、疲れた')).toBe(false);
    expect(listeningFor('もう疲れた')).toBe(true);
  });

  it('answers the hostile corpus, 20,000 characters and repeated class words without an error', () => {
    const inputs = [
      ...HOSTILE_STRINGS,
      '市'.repeat(20_000),
      '私にたいして'.repeat(3_400),
      '殴'.repeat(20_000),
      '無理やり触'.repeat(4_000),
      '無理やり触。'.repeat(3_300),
      'もう限界。'.repeat(4_000),
      '子たた止められな'.repeat(2_500),
      `${'漢'.repeat(19_990)}死`,
      '\u202e😀'.repeat(10_000),
    ];
    for (const input of inputs) expect(Array.isArray(crisisAnswerFor(input))).toBe(true);
    // A cry at the end of a long paste is still heard by the second stage.
    expect(crisisAnswerFor(`${'家賃の相談。'.repeat(3_000)}もう詩にたい`)).toEqual(['inochi', 'yorisoi']);
    expect(crisisAnswerFor(`${'子どもの相談 '.repeat(2_000)}息子に手を上げるのが止められない`)).toEqual(['child-abuse']);
  });
});

describe('someone with power over a person coming into their room at night', () => {
  // Written for this test, from a try at 375 px that showed no line: in no corpus or list.
  it('is heard as sexual violence, and a person entering a room by day is not', () => {
    for (const query of ['継父が夜になると部屋に入ってくる', 'おじさんが夜中に部屋に入ってきて怖い']) expect(crisisAnswerFor(query)[0], query).toBe('police');
    for (const query of ['先生が部屋に入ってくる', '夜になると部屋が寒い']) expect(crisisAnswerFor(query), query).toEqual([]);
  });
});

describe('a pull, a plan or a harm told by its circumstances', () => {
  // Written for this test from tries at the keyboard that showed no line: in no corpus or list.
  it('hears being drawn to a height, the sea or a train, a life insured for a debt and a letter left', () => {
    for (const query of ['高いところから下を見てると吸い込まれそう', '海に入ってそのまま帰らないつもり', '電車が来たら一歩前に出るだけ', '保険金で借金を返してもらうしかない', '家族への手紙を机に置いた']) {
      expect(crisisAnswerFor(query).slice(0, 2), query).toEqual(['inochi', 'yorisoi']);
    }
    for (const query of ['屋上から下を見ると景色がきれい', '海に入って泳いだ', '電車が来たら乗ろう', '保険金で車の修理代を払った', '両親への手紙を結婚式で読んだ']) expect(crisisAnswerFor(query), query).toEqual([]);
  });

  it('hears a friend who said they would die, a rope on a beam, a wish in Kansai or English, and a doctor or a scribble stays calm', () => {
    for (const query of ['友達が死ぬって言って連絡がとれない', 'ロープを梁にかけた', 'もう死んだらええんちゃうかと思う', "I don't want to wake up tomorrow"]) {
      expect(crisisAnswerFor(query).slice(0, 2), query).toEqual(['inochi', 'yorisoi']);
    }
    for (const query of ['医者に猫がもうすぐ死ぬと言われた', 'テントのロープを木にかけた', '夫が殴り書きしたメモ']) expect(crisisAnswerFor(query), query).toEqual([]);
  });

  it('hears bruises that keep coming on a child and a father insisting on a bath, and a fall stays calm', () => {
    expect(crisisAnswerFor('友達の体にいつもあざがある')[0]).toBe('child-abuse');
    // Written at the end of the session's checks, in words no file held.
    expect(crisisAnswerFor('娘の体に煙草の火の跡がある')[0]).toBe('child-abuse');
    expect(crisisAnswerFor('タバコの火の跡が残る机')).toEqual([]);
    expect(crisisAnswerFor('お父さんが一緒にお風呂に入ろうとしつこい')[0]).toBe('police');
    for (const query of ['子どもが転んであざができた', '父と一緒にお風呂に入った']) expect(crisisAnswerFor(query), query).toEqual([]);
  });

  it('hears a pull at the station, a wish for the end to come, an end after giving up, a blade needed near, a father at night', () => {
    for (const query of ['毎日ホームで電車を見てると吸い込まれそうになる', '祖母が早くお迎えが来てほしいと言う', 'もうええわ全部終わらす']) {
      expect(crisisAnswerFor(query).slice(0, 2), query).toEqual(['inochi', 'yorisoi']);
    }
    expect(crisisAnswerFor('カミソリ持ってないと不安')[0]).toBe('inochi');
    expect(crisisAnswerFor('父親が夜中に布団に入ってくる')[0]).toBe('police');
    for (const query of ['ホームで電車を待つ', '宿題を全部終わらす', 'スマホ持ってないと不安', '父が布団を干してくれた']) expect(crisisAnswerFor(query), query).toEqual([]);
  });

  it('hears dwelling on one’s own funeral, standing on the tracks and a child not fed, and a funeral planned stays calm', () => {
    for (const query of ['自分の葬式のことばかり考える', '線路に立ってる']) expect(crisisAnswerFor(query).slice(0, 2), query).toEqual(['inochi', 'yorisoi']);
    expect(crisisAnswerFor('子どもにご飯を食べさせていない')[0]).toBe('child-abuse');
    for (const query of ['自分の葬式の準備をしたい', '線路の点検']) expect(crisisAnswerFor(query), query).toEqual([]);
  });

  it('puts the police first when a partner punches the wall or beats a person till they bleed, and the lifeline when it is one’s own', () => {
    for (const query of ['彼が怒鳴って壁を殴ってくるのが怖い', '夫に血が出るまで殴られた', '母に血が出るまで叩かれた']) expect(crisisAnswerFor(query)[0], query).toBe('police');
    for (const query of ['血が出るまで自分を叩いた', 'イライラして壁を殴るのが止まらない', '夫が自分を殴ってる、止められない']) expect(crisisAnswerFor(query)[0], query).toBe('inochi');
  });

  it('hears a farewell to this world, heaven’s call, a cord, giving up living and not waking, and a flight or a morning alarm stays calm', () => {
    for (const query of ['この世とおさらばしたい', '天に召されたい', '首くくろうかな', '生きるのやめる', 'もう目覚めなくていい']) expect(crisisAnswerFor(query).slice(0, 2), query).toEqual(['inochi', 'yorisoi']);
    for (const query of ['天に召された祖母の四十九日', '目覚ましが鳴らなくていい日曜', '明日の朝の便で飛ぶ']) expect(crisisAnswerFor(query), query).toEqual([]);
  });

  it('hears dying said as one’s own intent or wish in many words, and another’s death or a hyperbole stays calm', () => {
    // Written for this test, in the shapes of the training corpora's acts the lists missed.
    for (const query of ['明日死ぬ', 'もうだめ。死ぬ', '死ぬ', '死ぬつもりで薬をためてる', '責任とって死にます', '生きたくない', '人生辞めたい', '自分を消したい', '無になりたい', 'トラックに突っ込みたい']) {
      expect(crisisAnswerFor(query).slice(0, 2), query).toEqual(['inochi', 'yorisoi']);
    }
    for (const query of ['猫が死ぬ夢を見た', '暑くて死ぬ', '課題で死ぬ', '死ぬ気で頑張る', '死ぬかと思った', '家事を楽にしたい', 'シミが消える方法', '安楽死の議論']) expect(crisisAnswerFor(query), query).toEqual([]);
  });

  it('hears self-injury and an overdose said in their own words, and a haircut, a child’s head-banging or a question about medicine stays calm', () => {
    // Written for this test, in the shapes of the training corpora's acts the lists missed.
    for (const query of ['ストレスでまた切っちゃう', '血が見たい', '自分を罰したい', '自分の首を絞めると落ち着く', '切ると楽になる']) expect(crisisAnswerFor(query)[0], query).toBe('inochi');
    for (const query of ['致死量を調べてる', '睡眠薬を貯めてる', '咳止めを箱ごと飲んだ', '眠剤をストゼロで流し込んだ', '漂白剤を飲もうかな']) expect(crisisAnswerFor(query)[0], query).toBe('inochi');
    for (const query of ['ストレスで髪を切った', 'イライラして電話を切った', '子どもが自分の頭を叩く', '風邪薬を飲んでからお酒を飲んでも大丈夫？', '洗剤を買いに行く']) expect(crisisAnswerFor(query), query).toEqual([]);
  });

  it('hears violence said in its own words or typed alone, and a mosquito, an elevator, a busy day or a legal question stays calm', () => {
    // Written for this test, in the shapes of the training corpora's acts the lists missed.
    for (const query of ['これってDV？', '殺すって言われた', '部屋に閉じ込められてる', '夫に携帯を取り上げられた', '生活費を渡してもらえない', '子どもを連れて逃げたい', '親父にボコボコにされた']) {
      expect(crisisAnswerFor(query)[0], query).toBe('police');
    }
    for (const query of ['蚊に刺された', 'エレベーターに閉じ込められた', '仕事に追われてる', 'オートロックで締め出された', 'DV防止法の保護命令の要件']) expect(crisisAnswerFor(query), query).toEqual([]);
  });

  it('hears a child telling of home, a parent telling what they did, sexual violence in its own words, and a book, a law or a stern face stays calm', () => {
    // Written for this test, in the shapes of the training corpora's acts the lists missed.
    for (const query of ['ママこわい', 'お風呂に沈められた', '給食しか食べてない']) expect(crisisAnswerFor(query)[0], query).toBe('child-abuse');
    for (const query of ['この子さえいなければと思う', '娘に手を出した']) expect(crisisAnswerFor(query)[0], query).toBe('child-abuse');
    for (const query of ['無理矢理された', '隠しカメラがあった', '体で払えと言われた', '客をとらされてる']) expect(crisisAnswerFor(query)[0], query).toBe('police');
    expect(crisisAnswerFor('親に生まなきゃよかったって言われた')[0]).toBe('child-abuse');
    for (const query of ['産まれてこなきゃよかった', '自ら命を絶とうと思う']) expect(crisisAnswerFor(query)[0], query).toBe('inochi');
    for (const query of ['毒親の本を読みたい', 'ママが怖い顔してた', '不同意性交等罪とは', '隠しカメラの見つけ方']) expect(crisisAnswerFor(query), query).toEqual([]);
  });

  it('sends a child who swallowed what harms to an ambulance, and a drink drugged to the police', () => {
    for (const query of ['子どもが洗剤を飲んだかも', '息子がボタン電池を飲み込んだ', '赤ちゃんがタバコを食べちゃった']) expect(crisisAnswerFor(query)[0], query).toBe('ambulance');
    expect(crisisAnswerFor('飲み会で睡眠薬を盛られたかもしれない')[0]).toBe('police');
    for (const query of ['子どもが薬を飲んでくれない', '洗剤の詰め替え', '子どもがタバコの煙を嫌がる']) expect(crisisAnswerFor(query), query).toEqual([]);
  });
});

describe('a query typed in kana alone', () => {
  it('is read as the words of the lists, out loud: what crisis.ts alone misses is heard, and kana that only sound alike stay calm', () => {
    const cries = ['いきてるいみがない', 'じぶんを きる'];
    for (const query of cries) expect(crisisLinesFor(query), query).toEqual([]);
    for (const query of cries) expect(crisisAnswerFor(query)[0], query).toBe('inochi');
    for (const query of ['いみがわからない', 'いみのないかいぎがおおい', 'きるものがない', 'じぶんできめる']) expect(crisisAnswerFor(query), query).toEqual([]);
  });
});
