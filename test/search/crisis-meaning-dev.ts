/**
 * The development set for the second stage of hearing a cry (src/search/crisis-meaning.ts),
 * written from the classes crisis.ts alone cannot hear, not from any held-out line. Every act
 * here is missed or put in the wrong order by crisis.ts alone (the tests check it), so each one
 * shows what the second stage adds. Tuned on.
 */
import type { DevAct } from './crisis-dev.js';

const act = (kind: DevAct['kind'], ...queries: string[]): DevAct[] => queries.map((query) => ({ query, kind }));

/** Class 1: a cry typed with the wrong kanji of the same sound, or one kana short. */
export const DEV_SOUND_ACTS: readonly DevAct[] = [
  ...act('suicide', 'もう詩にたい', '毎日氏にたいと思う', '師にたい'),
  ...act('harm', '自称行為がやめられない', '自証行為をしてしまう', '過料服薬した', '大料服薬してしまった', '薬を大料に飲んだ', '睡眠薬を大漁に飲んでしまった'),
  ...act('violence', '夫に殴れる', '彼に首を締められた', '父から防力をふるわれる', '逆待されてる'),
  ...act('sexual', '性望力を受けた', '生被害にあった', '生的暴行を受けた'),
];

/** Class 2: meaning the stems cannot carry, said by words that only together say it. */
export const DEV_MEANING_ACTS: readonly DevAct[] = [
  ...act('suicide', 'ホームセンターでロープを買ってきた', '七輪と炭を用意した', '通販でロープを注文した', 'ガムテープと睡眠薬をそろえた'),
  ...act('sexual', '職場の上司にホテルに連れていかれた', '夜中に継父が部屋に来る', '毎晩お義父さんが寝てる部屋にくる、こわい'),
  ...act('ownChild', '子どもにイライラして首をつかんでしまった'),
  ...act('suicide', 'もう楽にさせてほしい'),
  ...act('abuse', '近所の家から毎晩子どもの悲鳴が聞こえる', '隣から子どもを叩く音と泣き声がする'),
  ...act('violence', 'お義母さんに熱いお茶をかけられた', '夫に熱湯をかけられた'),
  ...act('suicide', '毎日どうやって死ぬか考えてる', 'もう死んでしまおうかと思ってる', 'jisatsu shitai', 'no reason to live anymore'),
  ...act('harm', '壁を殴って拳がぼろぼろ、やめられない', '睡眠導入剤を30錠', 'デパス20錠いった', '痛み止めを40錠いっぺんにいった'),
  ...act('suicide', '生きとる意味なかばい', "I'm going to jump off the bridge", '高校生です。明日学校の屋上から飛ぶって決めました', 'ロープ　首　何キロ', 'ビルの屋上の柵を越えた', '海に入っていけば楽になれるかな'),
  ...act('harm', '手首ざっくりいった、血がとまらん'),
  ...act('suicide', '借金が返せないから保険金で払うしかない'),
  ...act('harm', '針で指を刺し続けてしまう', '自分の顔を何度も殴ってしまう', '殺鼠剤を飲もうと思ってる', '息子が市販薬の乱用をやめられない'),
  ...act('violence', '元夫に見つかった、引っ越し先がばれた'),
  ...act('suicide', 'うち、もう消えよかな', 'ワイもう無理や、終わらせるわ', 'もう生きとられん', '明日の朝、目が覚めなかったらいいのに', 'あの世行きの切符がほしい'),
  ...act('harm', 'カッター持つと落ち着く', '切らずにいられない', '薬ぜんぶいったった', '市販の睡眠改善薬を箱で飲んだ'),
  ...act('violence', 'おっとがこわくてかえれない'),
  ...act('suicide', '70歳、一人暮らし。もう長く生きすぎた。そろそろ逝ってもいいころだと思う', 'I am foreigner. I want die. no money', 'jinsei owari ni shitai', '昨日、駅でホームに立ってたら足が勝手に前に出そうになった'),
  ...act('harm', 'ロキソニン20錠って死ぬ？', 'ストレスでまた切っちゃう'),
  ...act('violence', 'husband threatens to kill me', '元カレが怖くて家に帰れない'),
  ...act('abuse', '保育園の子の腕にタバコの跡みたいなのがある'),
  ...act('sexual', 'AVに出ないと違約金と言われてる'),
  ...act('abuse', '学童の子がお腹を空かせていつも最後まで残ってる、家に食べ物がないと言う'),
  ...act('sexual', '彼氏に避妊してもらえない、嫌だって言っても'),
  ...act('suicide', 'ドアノブにひもをかけて首に巻いてみた', 'ロープを首にかけたまま動けない'),
  ...act('suicide', '大切なものを全部友達にあげた、もう要らないから', 'もう必要ないので持ち物を譲った', 'みんなに今までありがとうって伝えたい', '家族にお別れの手紙を書いた', 'さよなら、もう会えないけど元気で', 'ペットを誰かにもらってほしい、もう最後だから'),
  ...act('harm', '壁に頭を打ち付けてしまう', '頭を何度も床にぶつける', 'タバコを腕に押し付けた', 'ライターで自分の肌を焼いた', '太ももを切ってしまう', '自分を殴るのがやめられない'),
  ...act('sexual', '同意なく体を求められた', '嫌だと言ったのにホテルに連れて行かれた', '先輩に強引に押し倒された', '酔わされて関係を持たされた', '断れなくて体の関係を持たされた', 'いやだったのにホテルで求められた'),
  ...act('ownChild', '息子に手を上げるのが止められない', '娘をたたくのをやめられない', 'カッとなって長男を蹴ってしまう', '上の子をつねってしまった'),
];

/** Class 2, order: a person and what they did, where crisis.ts alone reads 死にた in the person's name. */
export const DEV_ORDER_ACTS: readonly DevAct[] = [...act('violence', 'かれしにたたかれる', 'かれしにたたかれた', 'かれしにたたかれてつらい')];

/** Ordinary words near these classes: no crisis line from the second stage. */
export const DEV_MEANING_ORDINARY: readonly string[] = [
  '私に対して冷たい',
  '私に大変な仕事',
  '市に対する要望',
  '自称ボランティアに困っている',
  '事象が起きた',
  '大量に買い物した',
  '大量の書類',
  '飲み会で大量に飲んだ',
  '予防力を高める',
  '無理やり残業させられた',
  '無理に働かされた',
  '料理で指を切った',
  '髪を切った',
  '気持ちを切り替えたい',
  '持ち物を整理したい',
  'いらない服を譲りたい',
  '子どもが頭をぶつけた',
  '転んで頭をぶつけた',
  'ロープの結び方',
  '犬の首輪とひもを新しくしたい',
  '睡眠薬を30錠処方された',
  '上司が急に部屋に来て会議になった',
  '腰の痛みを楽にさせてほしい、整体',
  '子どもが首をつかまれる遊びで笑ってる',
  'どうやって死亡届を出すの',
  '壁の穴を直したい',
  '隣の家の子どもの泣き声がうるさい',
  'お茶をかけられたシャツのしみ抜き',
  'ビタミン剤 60粒入り',
  '薬は1日3錠を毎食後に飲む',
  '首にタオルを巻いて寝る',
  '七輪で焼き肉',
  '炭を買った',
  '彼氏に助けられた',
  'かれしにたすけられた',
  'かれしにたのまれた',
  '子どもが言うことを聞かない',
  '子どもを叱ってしまう',
  '同意書の書き方',
  'お別れ会の費用',
  '祖母と最後のお別れをした',
  '友達とさよならした',
  '友達にさよならを言う',
  '家族に今までのことを話したい',
  '命を大切に',
  '首を長くして待っている',
  'タバコをやめたい',
  '虐待防止の研修資料',
  '屋上からドローンを飛ばす',
  '針で指を刺してしまった、裁縫中',
  '保険金で車の修理代を払う',
  '学童の子がおやつを食べてる',
  '殺虫剤の使い方',
  'もう無理、今日は早めに仕事を切り上げる',
  '箱で買った薬',
  'ロキソニン20錠入りを買った',
  'ホームに立って電車を待つ',
  '海に入って泳いだら楽しかった',
];
