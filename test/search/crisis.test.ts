import { afterEach, describe, expect, it, vi } from 'vitest';
import { CRISIS_LINES } from '../../src/flows/crisis-lines.js';
import { withoutFiguresOfSpeech } from '../../src/search/figures-of-speech.js';
import { crisisLinesFor } from '../../src/search/crisis.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import { demoRecords } from '../helpers/demo-records.js';
import { DEV_ACTS, DEV_ACT_KINDS, DEV_DISTRESS, DEV_ORDINARY } from './crisis-dev.js';
import { QUALITY_QUERIES } from './quality-queries.js';
import { CRISIS_KINDS, CRISIS_QUERIES, TROUBLE_QUERIES } from './trouble-queries.js';

describe('crisis words', () => {
  it(`surface the right crisis lines for all ${CRISIS_QUERIES.length} cries for help`, () => {
    expect(CRISIS_QUERIES.length).toBeGreaterThanOrEqual(40);
    const missed = CRISIS_QUERIES.filter(({ query, kind }) => !crisisLinesFor(query).some((line) => (CRISIS_KINDS[kind] as readonly string[]).includes(line)));
    expect(missed.map(({ query, kind }) => `${kind}: ${query} → ${crisisLinesFor(query).join(', ') || '(none)'}`)).toEqual([]);
  });

  it('name only lines that exist, in the order they are most needed', () => {
    for (const { query } of CRISIS_QUERIES) for (const line of crisisLinesFor(query)) expect(Object.keys(CRISIS_LINES)).toContain(line);
    expect(crisisLinesFor('死にたい')).toEqual(['inochi', 'yorisoi']);
    expect(crisisLinesFor('夫に殴られる')).toEqual(['police', 'dv']);
    expect(crisisLinesFor('子どもを叩いてしまう')).toEqual(['child-abuse']);
    expect(crisisLinesFor('殴られて死にたい')).toEqual(['inochi', 'yorisoi', 'police', 'dv']);
  });

  it('stay silent for every name query of the search set and for ordinary troubles', () => {
    const names = QUALITY_QUERIES.map(({ query }) => query).filter((query) => crisisLinesFor(query).length > 0);
    expect(names).toEqual([]);
    const ordinary = TROUBLE_QUERIES.filter((trouble) => !trouble.crisis).map(({ query }) => query);
    expect(ordinary.length).toBeGreaterThan(150);
    expect(ordinary.filter((query) => crisisLinesFor(query).length > 0)).toEqual([]);
    for (const query of ['住居確保給付金', 'サポステ', 'クビを告げられた', 'お腹がすいて死にそう', '借金で首が回らない', '支援を受けられない', 'DV相談', '']) {
      expect(crisisLinesFor(query), query).toEqual([]);
    }
  });

  it('and speak up for the cries among the troubles', () => {
    const cries = TROUBLE_QUERIES.filter((trouble) => trouble.crisis).map(({ query }) => query);
    expect(cries.filter((query) => crisisLinesFor(query).length === 0)).toEqual([]);
  });

  it('show lines for services named for the act itself, which is what anyone typing them may need', () => {
    // Decided, not accidental: see src/search/crisis.ts.
    expect(crisisLinesFor('自殺対策')).toEqual(['inochi', 'yorisoi']);
    expect(crisisLinesFor('配偶者暴力相談支援センター')).toEqual(['police', 'dv']);
    const demoNames = demoRecords().flatMap((record) => [record.name, record.alias]).filter((name) => crisisLinesFor(name).length > 0);
    expect(demoNames.map((name) => name.replace('【サンプル】', ''))).toEqual(['配偶者暴力相談支援センター', '性暴力被害者支援センター', '性暴力の相談', '子どもの虐待の相談']);
  });
});

/** Acts whose first line is not one their kind needs, readably. */
const wrongFirst = (linesFor: typeof crisisLinesFor) =>
  DEV_ACTS.filter(({ query, kind }) => !(DEV_ACT_KINDS[kind] as readonly string[]).includes(linesFor(query)[0] ?? '')).map(({ query, kind }) => `${kind}: ${query} → ${linesFor(query).join(', ') || '(none)'}`);
/** Distress and ordinary queries that raise a crisis line. */
const alarmed = (linesFor: typeof crisisLinesFor) => [...DEV_DISTRESS, ...DEV_ORDINARY].filter((query) => linesFor(query).length > 0);

describe('cries for help: acts and wishes (development set)', () => {
  it(`put the right line first for all ${DEV_ACTS.length} acts and wishes: euphemisms, slang, overdose, a person and an act, a child and harm`, () => {
    expect(DEV_ACTS.length).toBeGreaterThanOrEqual(100);
    expect(wrongFirst(crisisLinesFor)).toEqual([]);
  });

  it(`raise no crisis line for ${DEV_DISTRESS.length} lines of distress without an act nor ${DEV_ORDINARY.length} ordinary queries, many with a word near a cry`, () => {
    expect(alarmed(crisisLinesFor)).toEqual([]);
  });

  it('read a combination only within one sentence and a few words', () => {
    expect(crisisLinesFor('薬を全部飲んだ')).toEqual(['inochi', 'yorisoi', 'ambulance']);
    expect(crisisLinesFor('薬局で薬をもらった。全部の手続きが終わって、夕飯を飲み込むように食べた')).toEqual([]);
    expect(crisisLinesFor('夫に叩かれる')).toEqual(['police', 'dv']);
    expect(crisisLinesFor('夫は優しい。昨日テレビで子どもが太鼓を叩く番組を見た')).toEqual([]);
    expect(crisisLinesFor('彼氏がいて、仕事が忙しいけれど、週末は太鼓教室で色々なリズムを習いながら、ドラムを叩くのが好き')).toEqual([]);
    // A parent's violence may reach a child: the child line comes with the police.
    expect(crisisLinesFor('父に叩かれる')).toEqual(['police', 'child-abuse', 'dv']);
    expect(crisisLinesFor('子どもを叩いてしまいそう')).toEqual(['child-abuse']);
  });

  it('read a few kanji as kana, so one spelling of a word is heard however it is typed', () => {
    for (const query of ['死にたい', 'しにたい', '死ニタイ', 'シにたい', 'じさつしたい', 'くすりをぜんぶのんだ', 'おっとにたたかれる']) expect(crisisLinesFor(query).length, query).toBeGreaterThan(0);
    // Reading 彼氏 as かれし would make 彼氏に叩かれる say しにた.
    expect(crisisLinesFor('彼氏に叩かれる')).toEqual(['police', 'dv']);
  });

  it('forgive a small kana typed full size or left out in a long word typed in kana, and only there', () => {
    expect(crisisLinesFor('いきていたくなぃ')).toEqual(['inochi', 'yorisoi']);
    expect(crisisLinesFor('いきてぃたくない')).toEqual(['inochi', 'yorisoi']);
    expect(crisisLinesFor('しんでしまいたぃ')).toEqual(['inochi', 'yorisoi']);
    expect(crisisLinesFor('しんでまいたい')).toEqual(['inochi', 'yorisoi']);
    expect(crisisLinesFor('いきていたくい')).toEqual(['inochi', 'yorisoi']);
    // Not in kanji (an IME converts whole words) nor in short words, where a slip makes another word.
    expect(crisisLinesFor('死ぬほど忙しい')).toEqual([]);
    expect(crisisLinesFor('しりたい')).toEqual([]);
  });

  it('see through width, half-width kana, spaces, emoji, bidi and control characters', () => {
    for (const query of ['ｼﾆﾀｲ', 'し　に　た　い', '死に😭たい', '死\u202eにたい', '死に\u200bたい', '死に\u0000たい', 'しにたーい', 'ＯＤした', 'ｵｰﾊﾞｰﾄﾞｰｽﾞ']) {
      expect(crisisLinesFor(query).length, JSON.stringify(query)).toBeGreaterThan(0);
    }
    // A long vowel mark is part of a katakana word: ストーカー is not ですとか.
    expect(crisisLinesFor('ストーカーに困っている')).toEqual(['police', 'dv']);
    expect(crisisLinesFor('家賃ですとか光熱費ですとか')).toEqual([]);
  });

  it('answer the hostile corpus, 20,000 characters and repeated cry words without an error', () => {
    const inputs = [
      ...HOSTILE_STRINGS,
      'あ'.repeat(20_000),
      '夫薬全部飲'.repeat(4_000),
      '子叩'.repeat(10_000),
      `お父さん${'あ'.repeat(200)}叩`.repeat(90),
      '\u202e😀'.repeat(10_000),
    ];
    for (const input of inputs) expect(Array.isArray(crisisLinesFor(input))).toBe(true);
    // A cry at the end of a long paste is still heard.
    expect(crisisLinesFor(`${'家賃の相談。'.repeat(3_000)}もう死にたい`)).toEqual(['inochi', 'yorisoi']);
    expect(crisisLinesFor(`${'\u0007'.repeat(10_000)}死にたい`)).toEqual(['inochi', 'yorisoi']);
    expect(crisisLinesFor(`${'a '.repeat(9_000)}want to die`)).toEqual(['inochi', 'yorisoi']);
  });

  describe('where Intl.Segmenter is missing', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.resetModules();
    });

    it('read words by runs of one script, and miss no cry of the development set', async () => {
      vi.stubGlobal('Intl', { ...Object.fromEntries(Object.getOwnPropertyNames(Intl).map((name) => [name, (Intl as unknown as Record<string, unknown>)[name]])), Segmenter: undefined });
      vi.resetModules();
      const { crisisLinesFor: without } = await import('../../src/search/crisis.js');
      expect(without).not.toBe(crisisLinesFor);
      expect(wrongFirst(without)).toEqual([]);
      expect(alarmed(without)).toEqual([]);
    });
  });
});

describe('everyday compounds holding a cry\'s word', () => {
  // Written for this test: the compounds in use, and cries beside them.
  const compounds = [
    'サッカーで自殺点を入れた',
    '暴力団追放の集会',
    'キャンプ用のOD缶',
    'ｏｄ錠の飲み方',
    '限界集落の暮らし',
    '限界突破の大特価',
    '疲れ目に効く目薬',
    // Figures of speech and the names of laws.
    '宿題に殺されそうな週末',
    '眠気に襲われる午後の会議',
    'ゲームでラスボスに殺された',
    'ゾンビに襲われる夢を見た',
    '柔道の絞め技のルール',
    '飛び降り防止の柵の設置',
    '盗撮防止のシール',
    'カラスに襲われた',
    '格闘技の動画で首を締める技',
    '死ぬほど眠い月曜日',
    '陰口をたたかれて気まずい',
    '改正ストーカー規制法の施行日',
    '児童虐待防止法 第2条',
    'ODAの予算の推移',
  ];

  it('raise nothing at any stage: crisis.ts, the whole answer, the listening line', async () => {
    const { answerLines, listening } = await import('./crisis-quality.js');
    for (const query of compounds) expect({ query, first: crisisLinesFor(query), all: answerLines(query), listening: listening(query) }).toEqual({ query, first: [], all: [], listening: false });
  });

  it('leave a cry beside them heard', async () => {
    const { answerLines } = await import('./crisis-quality.js');
    for (const query of ['暴力団員の夫に毎日殴られる', 'OD缶のガスを吸って死にたい', '限界集落で一人、もう死にたい', '死ぬほどくるしい、もう無理', '宿題に殺されそうだし親にも殴られる', 'ゲームで敵に殺されたけど、もう本当に死にたい', ]) {
      expect(crisisLinesFor(query).length, query).toBeGreaterThan(0);
      expect(answerLines(query).length, query).toBeGreaterThan(0);
    }
  });
});

describe('figures of speech and news the search stage reads as nothing (the cry model learned them from its ordinary lines)', () => {
  it('raise no line once the search is here, and a cry beside them is still heard', async () => {
    const { answerLines, listening } = await import('./crisis-quality.js');
    for (const query of ['虐待事件の判決', '殺人事件のドラマ', 'このラーメン美味しすぎて死ねる', '推しが尊すぎて消えたい', '爪を切りすぎて血が出た', '虐待防止の研修資料', '消えたデータを復元したい', '死ぬまでに一度は行きたい場所', 'OD 外径 意味', 'カフェインの過剰摂取', 'カッターで段ボールを切った', '工作で手を切った', '2歳の子が叩いてくる', '赤ちゃんに顔を叩かれた', '子どもに肩をたたいてもらった', '締め切りに殺される', '試合でボコボコにされた', 'ストーカー対策グッズ', '樹海 観光 ツアー', '練炭 こたつ 昔', 'domestic violence law lecture', '不同意性交等罪 とは', '暑すぎて溶けて消えたい', '恥ずかしすぎて消えたい', '釣りでロープワークを覚えたい', '練炭ストーブの使い方', '犬が車にひかれて死んでしまった、火葬の方法', 'ニュースで飛び降り事故を見た', '自殺予防のゲートキーパー研修に参加したい', 'DV被害者支援の仕事をしたい', '子どもが叩かれる夢を見た', '子どもが友達を叩いた 謝り方', '頭痛薬 飲みすぎ 頭痛', '家出 猫 帰ってこない', '血が止まらない 鼻血', '手首を切る手術 手根管症候群', '首を絞められるような痛み 喉', '体罰 教師 ニュース', '形見分け いつ', 'ロープで荷物を固定する', '薬をお酒で飲んではいけない理由', '傷が治らない', 'かぜ薬を飲んだら眠い', '母の遺品のロープを処分したい', '心中お察しします']) expect({ query, all: answerLines(query), listening: listening(query) }).toEqual({ query, all: [], listening: false });
    // A 練炭 kotatsu: the word lists read it as nothing once the search is here (the cry model may still hear it).
    expect(crisisLinesFor(withoutFiguresOfSpeech('練炭こたつの使い方'))).toEqual([]);
    expect(crisisLinesFor('練炭こたつの使い方').length).toBeGreaterThan(0);
    for (const query of ['つらすぎて死にたい', '練炭こたつの部屋で死のうと思う', '虐待事件のニュースを見た、うちも親に殴られてる', '深爪どころか腕を切ってしまう', '死ぬまでに行きたかった場所で死にたい', '孫が母親から叩かれているのを見た', '締め切りのことで夫に殺されると言われた', 'カッターで手首を切った', 'ODしちゃった', '樹海に行きたい', 'ストーカーに追われてる', 'つらすぎて消えたい', 'テントのロープは捨てた、首を吊るロープを買った']) expect(answerLines(query).length, query).toBeGreaterThan(0);
  });

  it('reads an act named as a topic (news, figures, a course, a story) as nothing, and what else is said is still heard', async () => {
    const { answerLines, listening } = await import('./crisis-quality.js');
    // Written for this test.
    for (const query of ['高齢者虐待の統計を調べたい', '自殺報道のガイドライン', 'ドラマの痴漢シーンが苦手', '校内暴力の映画を見た', '性暴力について講演を頼みたい', 'DV防止法の改正点を調べる']) expect({ query, lines: answerLines(query), listening: listening(query) }).toEqual({ query, lines: [], listening: false });
    expect(answerLines('自殺のニュースを見て私も死にたくなった').slice(0, 2)).toEqual(['inochi', 'yorisoi']);
    expect(answerLines('虐待のニュースを見て、自分も子どもを叩いてしまうのが止められない')[0]).toBe('child-abuse');
    expect(crisisLinesFor('高齢者虐待の統計を調べたい').length).toBeGreaterThan(0);
  });

  it('reads a blow in a bout and a death in a game as nothing, and a parent or partner named beside them is still heard', async () => {
    const { answerLines } = await import('./crisis-quality.js');
    // Written for this test.
    for (const query of ['キックボクシングの試合で蹴られた', 'ミットを叩く練習', '漫画でキャラが殺された', 'アニメで推しキャラが殺された', '小説の主人公が殺された', 'ゲームで何回も殺される']) expect(answerLines(query), query).toEqual([]);
    for (const query of ['ゲームをしたら父に殺されると思う', '空手の試合で負けたら夫に殴られる']) expect(answerLines(query)[0], query).toBe('police');
  });

  it('reads an animal’s abuse, a false accusation, care not to, and a 練炭 barbecue as nothing, and a person’s abuse is still heard', async () => {
    const { answerLines } = await import('./crisis-quality.js');
    // Written for this test.
    for (const query of ['虐待を受けた猫の保護活動', '近所の犬が虐待されてるかも', '痴漢に間違えられないために', '薬を飲みすぎないように管理したい', '子どもを叩かない子育て講座', '練炭で焼肉']) {
      expect(answerLines(query), query).toEqual([]);
    }
    for (const query of ['猫の世話をしないと親に虐待される', '薬を飲みすぎてしまった']) expect(answerLines(query).length, query).toBeGreaterThan(0);
  });
});

describe('the pull of the tracks, and a sleep with no waking', () => {
  // Written for this test: said of a wish, and the everyday lines beside them.
  it('is heard once the search is loaded, and a train boarded at the last second or a long sleep-in is not', async () => {
    const { answerLines } = await import('./crisis-quality.js');
    for (const query of ['線路に吸い込まれそうになる', 'ホームで電車に飛び込みそうになった', 'もう永遠に眠りたい']) expect(answerLines(query).slice(0, 2), query).toEqual(['inochi', 'yorisoi']);
    for (const query of ['電車に飛び込み乗車して怒られた', '日曜はずっと眠りたい', '掃除機に吸い込まれたイヤリング']) expect(answerLines(query), query).toEqual([]);
  });
});

describe('a wish to be gone, said in dialect or as a sleep that ends', () => {
  // Written for this test (Kansai, Hiroshima): 生きとって, しゃーない, おらんくなった.
  it('is heard once the search is here, and the same words about errands are not', async () => {
    const { answerLines } = await import('./crisis-quality.js');
    for (const query of ['生きとってもしゃーない', '自分なんかおらんくなったほうがええねん', '薬と酒で眠ったまま終わりたい', '天国に行けば楽になれるかな', 'もうこの世にいたくない🥲', 'もう目を覚ましたくない', '夫を亡くしてから後を追いたいとばかり考えてしまう']) {
      expect(answerLines(query).slice(0, 2), query).toEqual(['inochi', 'yorisoi']);
    }
    for (const query of ['雨やし今日はしゃーない', '店長がおらんほうが楽や', '眠ったまま朝になってた', '天国に行った祖母の遺品', '目を覚ましたら昼だった', '先輩の後を追いたい、同じ大学に行く']) expect(answerLines(query), query).toEqual([]);
  });

  it('hears a parent smothering a crying baby', () => {
    expect(crisisLinesFor('赤ちゃんが泣くと口をふさいでしまう')[0]).toBe('child-abuse');
    expect(crisisLinesFor('赤ちゃんの口をふくガーゼ')).toEqual([]);
    expect(crisisLinesFor('娘に死ねと言ってしまった、止められない')[0]).toBe('child-abuse');
  });
});

describe('going somewhere to die', () => {
  it('is heard in kanji and in kana, and 〜しに行く errands are not', () => {
    for (const query of ['樹海に死ににいく', 'しににいきます', '海に死にに来た']) expect(crisisLinesFor(query), query).toEqual(['inochi', 'yorisoi']);
    for (const query of ['ゴミを出しに行く', '本を返しに行く', 'この病気では死ににくい']) expect(crisisLinesFor(query), query).toEqual([]);
  });
});

describe('ways of saying it the lists learned from the seen sets (variants written for this test)', () => {
  it('hears each in the word lists alone, before the search loads', () => {
    const cries: [string, string][] = [
      ['もう死んでもええよ', 'inochi'],
      ['いつ死んでもいいと思ってしまう', 'inochi'],
      ['睡眠薬をぎょうさん飲んだ', 'inochi'],
      ['くすり のみすぎて 気持ち悪い', 'inochi'],
      ['I took too many pills', 'inochi'],
      ['先輩にホテルに連れ込まれた', 'police'],
      ['強漢されました', 'police'],
      ['咳止めをひと瓶いっきした', 'inochi'],
    ];
    for (const [query, first] of cries) expect(crisisLinesFor(query)[0], query).toBe(first);
  });

  it('stays calm for the same words in ordinary use', () => {
    for (const query of ['死んでもいいくらい美味しいケーキ', 'ビールを飲みすぎた', 'ホテルの予約を取りたい']) expect(crisisLinesFor(query), query).toEqual([]);
  });
});
