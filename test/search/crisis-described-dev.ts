/**
 * The development set for cries described rather than named (issue #23 item 3): violence told by
 * what was done, sexual violence described, preparations and farewells spread across a sentence,
 * and distress in everyday words. Written by hand from the classes, not from any held-out line.
 * Tuned on.
 */
import type { DevAct } from './crisis-dev.js';

const act = (kind: DevAct['kind'], ...queries: string[]): DevAct[] => queries.map((query) => ({ query, kind }));

/** Violence told by the act: a person and an act of force, force on a body part, fear of home because of someone. */
export const DEV_DESCRIBED_VIOLENCE: readonly DevAct[] = act(
  'violence',
  '夫に髪をつかまれて引きずられた',
  '彼氏に階段から突き落とされた',
  '元カレに押さえつけられて動けなかった',
  '夫に家から出してもらえない',
  '旦那にスマホを取り上げられた',
  '彼氏に顔をビンタされた',
  '元夫に踏みつけられた',
  '夫が怖くて家に帰れない',
  '彼氏が怖くて家に帰りたくない',
  '父が怖いから家に帰りたくない',
  '彼に髪を引っ張られて床に押さえつけられた',
  '恋人に外に出してもらえない',
  '元妻に顔を踏みつけられた',
  '妻に家から締め出された',
  '彼に馬乗りになられた',
  '彼氏に壁に押し付けられた',
  '旦那に腕をつねられる',
  '夫が怖くて帰れない',
);

/** Sexual violence described: without consent, touched against one's will, photos taken or spread, by a named person. */
export const DEV_DESCRIBED_SEXUAL: readonly DevAct[] = act(
  'sexual',
  '継父に夜中に布団に入ってこられる',
  '義兄が夜に布団に入ってくる',
  '義父にお風呂をのぞかれる',
  '店長にしつこく体を触ってこられる',
);

/** Preparations and farewells spread across a sentence ; self-injury described by the tool and the body. */
export const DEV_DESCRIBED_PREPARE: readonly DevAct[] = [
  ...act('suicide', '身の回りを片付けて、みんなに手紙を書いた', '身辺整理を済ませた、もう思い残すことはない', '死ぬ前に持ち物を処分しておく', 'お世話になった人にお別れのメッセージを送った'),
  ...act('harm', '手首にカッターを当てた', '腕をライターで炙った'),
];

/** Distress without an act, in everyday words: a line to a person. */
export const DEV_DESCRIBED_DISTRESS: readonly string[] = [
  'もうくたびれ果てた',
  '朝ベッドから出られない',
  '布団から起きられない',
  '何をする元気もない',
  '話せる人が誰もいない',
  '毎晩ひとりで泣いている',
  '夜になると一人で泣いてしまう',
  '何もかもが重すぎる',
  'もう何もする気が起きない',
  '誰にも会いたくない',
  '心が空っぽ',
  '涙が勝手に出る',
  '一人で抱え込んでいる',
  '全てが嫌になった',
];

/** Ordinary queries that hold the same words: they raise no crisis line and no listening line. */
export const DEV_DESCRIBED_TRAPS: readonly string[] = [
  'ゲームで敵を殴る',
  '美容院で髪を切った',
  '重い荷物を引きずる',
  'ドアを押さえる',
  '会議中に電話を取られた',
  '観光で写真を撮られた',
  '子どもと公園でボールを蹴る',
  '夫が階段から落ちて骨折した',
  '母が包丁で指を切った',
  '父の部屋を片付けた',
  '夫に物を投げて渡された',
  '上司に書類を取り上げられた',
  '彼に車で家まで送ってもらえない',
  '家族に手紙を書いた',
  '息子に服を脱がせて着替えさせる',
  '病院で体を触られる検査',
  '夫の実家に帰るのが怖い',
  '犬が怖くて家に帰れない',
  '夫に荷物を運んでもらった',
  '彼に写真を撮られた',
  'ペットの犬に顔をなめられた',
  '朝ベッドから出る時間',
  '元気な子ども向けの遊び',
  '赤ちゃんに髪を引っ張られる',
  '猫に顔を踏まれて起きた',
  '引っ越しで身辺整理、もうすぐ終わる',
  '終活で身辺整理をしている',
  '親にスマホを取り上げられた',
  '夫が携帯を取り上げられた',
  '夫にゴミを出してもらえない',
  '彼氏が部屋に閉じこもっている',
  '夫が怖い映画を見ていて家に帰りたくない',
  '一人で泣ける映画',
  'くたびれた靴の修理',
  '起きられない朝の目覚まし',
  '夫に家事を押し付けられる',
  '先生に答案をのぞかれた',
  '彼氏が怖い話をして帰れない',
  '夫にホテルを押さえてもらった',
  'カッターで段ボールを切った',
  '上司に脅されて残業した',
  '全てが揃う店',
];
