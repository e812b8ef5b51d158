import type { Flow, GoalNode, Phrases } from '../engine/flow.js';
import { HOKKAIDO_FLOW } from './hokkaido.js';

/**
 * What people in each situation of the bundled flow say when they type (plain and spoken, kana
 * only, やさしい日本語, short English), by goal id. Kept apart from HOKKAIDO_FLOW so that they
 * load with the search, not before the first question.
 */
export const HOKKAIDO_PHRASES = {
  'money-living-now': {
    ja: ['お金がない', '今すぐお金が必要', '手持ちのお金がない', '所持金がない', '財布が空っぽ', '今日のお金もない', '明日の生活費がない', '給料日まで持たない', '生活費が足りない', '生活費が底をついた', '貯金がない', '貯金が尽きた', 'お金を借りたい', 'お金を貸してほしい', '緊急でお金がいる', '金欠', '一文無し', '電気やガスを止められた', '電気代が払えない'],
    'ja-easy': ['おかねが ない', 'すぐ おかねが いる', 'おかねを かりたい', 'でんきが とまった'],
    en: ['no money', 'need money now', 'emergency loan', 'out of cash', 'broke'],
  },
  'money-living-later': {
    ja: ['生活が苦しい', '暮らしが苦しい', '生活が成り立たない', '収入が減った', '収入がない', '給料が少ない', '年金だけでは暮らせない', '生活保護を受けたい', '生活保護の相談', 'これからの生活が不安', '将来のお金が心配', '家計が赤字', 'やりくりができない', '生活を立て直したい', '貧困', '困窮している', '食費を削っている'],
    'ja-easy': ['くらしが くるしい', 'くらす おかねが たりない', 'これからの くらしが しんぱい', 'せいかつほご'],
    en: ['hard to make ends meet', 'low income', 'welfare', 'living costs', 'worried about money'],
  },
  'money-rent': {
    ja: ['家賃が払えない', '家賃を払えない', '家賃が高い', '家賃の滞納', '家賃を待ってほしい', '家賃が遅れている', '家賃の支払いが苦しい', '家賃補助', '住居確保給付金', '大家さんに出ていけと言われた', '立ち退きを迫られている', '更新料が払えない', '住宅ローンが払えない', '家賃をためてしまった'],
    'ja-easy': ['やちんが はらえない', 'やちんが たかい', 'いえの おかねが はらえない'],
    en: ['cannot pay rent', 'rent arrears', 'help with rent'],
  },
  'money-debt': {
    ja: ['借金がある', '借金が返せない', '借金の返済が苦しい', '借金が膨らんだ', '多重債務', '借金地獄', '借金取り', '督促がくる', '取り立てが怖い', 'カードローン', 'キャッシング', '消費者金融', 'サラ金', 'リボ払いが終わらない', '闇金', 'ローンが返せない', '自己破産', '債務整理', '詐欺にあった', '契約トラブル'],
    'ja-easy': ['しゃっきんが ある', 'しゃっきんが かえせない'],
    en: ['debt', 'loans', 'cannot repay', 'bankruptcy', 'loan shark'],
  },
  'money-tax': {
    ja: ['税金が払えない', '税金を滞納している', '住民税が払えない', '固定資産税が払えない', '国保が払えない', '国民健康保険料が高い', '保険料が払えない', '年金が払えない', '年金保険料の免除', '税金を待ってほしい', '税金を減らしてほしい', '減免', '納付猶予', '督促状が届いた', '差し押さえ'],
    'ja-easy': ['ぜいきんが はらえない', 'ほけんりょうが はらえない', 'ねんきんが はらえない'],
    en: ['cannot pay taxes', 'tax', 'health insurance premium', 'pension premium'],
  },
  'work-search-young': {
    ja: ['若者の仕事探し', '若者の就職', '若いけど仕事がない', '20代で無職', '30代で無職', '学校を卒業してから働いていない', '中退して仕事がない', 'ニート', '働いたことがない', '就活がうまくいかない', '就職活動', '新卒で就職できなかった', 'サポステ', 'ジョブカフェ'],
    'ja-easy': ['わかい ひとの しごと', 'はたらいた ことが ない'],
    en: ['young people', 'youth employment', 'NEET', 'first job'],
  },
  'work-search-support': {
    ja: ['働くのが不安', '働くのが怖い', '働く自信がない', '久しぶりに働きたい', 'ブランクがある', '長く働いていない', '人と話すのが苦手', '体調に合わせて働きたい', '少しずつ働きたい', '就労支援', '就労準備', '職業訓練を受けたい', '資格を取りたい', '仕事が続かない', '面接が怖い'],
    'ja-easy': ['はたらくのが しんぱい', 'はたらくのが こわい', 'すこしずつ はたらきたい'],
    en: ['anxious about working', 'returning to work', 'job training', 'work at my own pace'],
  },
  'work-search-jobs': {
    ja: ['仕事を探している', '仕事を探したい', '仕事が見つからない', '仕事がない', '働きたい', '働き口がない', '求人を探している', '仕事を紹介してほしい', '就職したい', '転職したい', 'アルバイトを探している', 'バイトがない', 'パートを探している', 'ハローワーク', '無職'],
    'ja-easy': ['しごとを さがしたい', 'はたらきたい'],
    en: ['looking for work', 'find a job', 'job search', 'jobs', 'unemployed'],
  },
  'work-lost': {
    ja: ['仕事を失った', '仕事をクビになった', '首になった', '解雇された', '失業した', '失業中', '仕事を辞めた', '会社を辞めた', '退職した', '離職した', '会社が倒産した', '雇い止め', '契約を切られた', '派遣切り', 'リストラされた', 'シフトを減らされた', '失業手当', '失業保険', '雇用保険をもらいたい', '収入がなくなった'],
    'ja-easy': ['しごとが なくなった', 'しごとを やめさせられた'],
    en: ['lost my job', 'fired', 'laid off', 'unemployment benefit'],
  },
  'work-trouble': {
    ja: ['給料が払われない', '給料未払い', '給料が出ない', '残業代未払い', 'パワハラ', 'セクハラ', 'マタハラ', '上司に怒鳴られる', '職場でいじめ', '職場の人間関係', '不当解雇', '辞めさせてもらえない', '退職させてくれない', 'ブラック企業', '長時間労働', '休みがもらえない', '有給がとれない', '労働条件がおかしい', '労災'],
    'ja-easy': ['きゅうりょうが もらえない', 'しょくばで いじめられる', 'しごとを やめられない'],
    en: ['unpaid wages', 'harassment at work', 'workplace bullying', 'unfair dismissal', 'unpaid overtime'],
  },
  'emergency-foodbank': {
    ja: ['食べ物がない', '食べるものがない', '食料がない', 'ご飯がない', 'ごはんが食べられない', '何も食べていない', '何日も食べてない', 'お腹がすいた', '空腹', '米がない', '食べ物が買えない', '食費がない', '食料がほしい', '食料支援', '食品を受け取りたい', 'フードバンク'],
    'ja-easy': ['たべものが ない', 'ごはんが ない', 'おなかが すいた', 'たべものが ほしい'],
    en: ['no food', 'hungry', 'food bank', 'need food'],
  },
  'emergency-kids-meal': {
    ja: ['子ども食堂', 'こども食堂', '子どもにご飯を食べさせたい', '子どもの食事', '子どもがお腹をすかせている', '子どもの居場所', '親子で食事'],
    'ja-easy': ['こどもの ごはん', 'こども しょくどう'],
    en: ["children's cafeteria", 'kids meals', 'food for my children'],
  },
  'emergency-housing': {
    ja: ['住むところがない', '住む場所がない', '家がない', '今夜泊まるところがない', '寝る場所がない', '泊まるところ', '野宿', '路上生活', 'ホームレス', 'ネットカフェ暮らし', '車で寝ている', '家を追い出された', '退去させられた', '住まいを失った', 'アパートを追い出される', 'シェルター'],
    'ja-easy': ['すむ ところが ない', 'いえが ない'],
    en: ['homeless', 'nowhere to live', 'nowhere to sleep tonight', 'shelter', 'evicted'],
  },
  'emergency-violence': {
    ja: ['暴力を受けている', '暴力をふるわれる', '殴られる', '蹴られる', '叩かれる', '首を絞められた', '夫が怖い', '妻が怖い', '恋人からの暴力', '彼氏に殴られる', 'DV', 'DVを受けている', 'ドメスティックバイオレンス', '家に帰るのが怖い', '逃げたい', '脅されている', 'ストーカー', '性暴力', '性被害'],
    'ja-easy': ['ぼうりょくを うけて いる', 'なぐられる', 'たたかれる', 'こわい ひとから にげたい'],
    en: ['someone is hurting me', 'domestic violence', 'I am being hit', 'stalker'],
  },
  'emergency-suicide': {
    ja: ['死にたい', '消えたい', '自殺したい', '生きていたくない', '生きる意味がない', '死にたいほどつらい', 'いなくなりたい', '楽になりたい', 'もう限界', '自分を傷つけてしまう', 'リストカット'],
    'ja-easy': ['しにたい', 'きえたい'],
    en: ['I want to die', 'suicidal', 'kill myself', 'self harm'],
  },
  'health-mind': {
    ja: ['気持ちがつらい', '心がつらい', '眠れない', '不眠', '不安でたまらない', '気分が落ち込む', '憂うつ', 'うつ', 'うつ病かもしれない', '心が疲れた', '誰にも相談できない', '相談する人がいない', '話を聞いてほしい', '孤独', '孤立', 'さみしい', '寂しい', 'ひとりぼっち', '話し相手がいない', 'イライラする', 'パニックになる', '心の病気'],
    'ja-easy': ['こころが つらい', 'ねむれない', 'ふあん', 'さびしい', 'はなしを きいて ほしい'],
    en: ['I feel low', "can't sleep", 'anxiety', 'depression', 'lonely', 'need someone to talk to'],
  },
  'health-hikikomori': {
    ja: ['ひきこもり', '引きこもり', '引きこもっている', '家から出られない', '外に出られない', '部屋から出てこない', '子どもが引きこもっている', '息子がひきこもり', '娘が部屋から出ない', '何年も家にいる', '社会に出るのが怖い', '不登校', '人に会うのが怖い', '居場所がない', '8050問題'],
    'ja-easy': ['いえから でられない', 'そとに でられない', 'ひきこもって いる'],
    en: ['hikikomori', 'social withdrawal', "can't leave the house", 'shut-in'],
  },
  'health-medical': {
    ja: ['医療費が払えない', '病院に行くお金がない', '病院代がない', '治療費が高い', '薬代が払えない', '保険証がない', '病気で働けない', '病気がつらい', '入院費', '難病', '持病がある', '体調が悪い', 'けがをした', '歯が痛い', '無料で診てもらえる病院'],
    'ja-easy': ['びょういんの おかねが ない', 'びょうきで はたらけない', 'びょうきが しんぱい'],
    en: ['medical bills', "can't afford a doctor", 'illness', 'no health insurance'],
  },
  'health-disability': {
    ja: ['障害がある', '障がいがある', '障碍', '障害者手帳', '障がい者の相談', '障害年金', '発達障害', '知的障害', '精神障害', '身体障害', '子どもの発達が気になる', '発達が遅い', '車いす', '目が見えない', '耳が聞こえない', '障害福祉サービス'],
    'ja-easy': ['しょうがいが ある', 'しょうがいの そうだん'],
    en: ['disability', 'disabled', 'developmental disorder', 'disability certificate'],
  },
  'health-addiction': {
    ja: ['お酒がやめられない', 'アルコール依存症', 'アル中', '飲みすぎてしまう', 'ギャンブルがやめられない', 'パチンコがやめられない', '競馬', 'ギャンブル依存', '薬物', '薬がやめられない', '依存症', '家族の酒癖', '家族がギャンブルで借金', 'ゲーム依存', '買い物依存'],
    'ja-easy': ['おさけが やめられない', 'ギャンブルが やめられない'],
    en: ['alcohol', 'drinking problem', 'gambling', 'addiction', 'drugs'],
  },
  'family-childcare': {
    ja: ['子育てがつらい', '育児に疲れた', '育児ノイローゼ', '子どもの育て方がわからない', '子どもが言うことを聞かない', '赤ちゃんが泣きやまない', '子育ての悩み', '妊娠した', '予期しない妊娠', '出産費用', '保育園に入れない', '子どもの手当', '児童手当', '子育てのお金', '給食費が払えない'],
    'ja-easy': ['こそだてが たいへん', 'こそだてに つかれた', 'こどもの そだてかたが わからない'],
    en: ['parenting', 'childcare', "baby won't stop crying", 'pregnant', 'child allowance'],
  },
  'family-single': {
    ja: ['ひとり親', '一人親', 'ひとり親家庭', '母子家庭', '父子家庭', 'シングルマザー', 'シングルファザー', 'シンママ', 'シンパパ', '児童扶養手当', '母子手当', 'ひとりで子どもを育てている', '夫と別れて子育て'],
    'ja-easy': ['ひとりおや', 'おかあさん ひとりで こそだて'],
    en: ['single parent', 'single mother', 'single father'],
  },
  'family-care': {
    ja: ['介護がつらい', '介護に疲れた', '介護疲れ', '親の介護', '親が認知症', '認知症', '寝たきり', '介護保険', '介護サービス', 'デイサービス', '施設に入れたい', '老老介護', 'ヤングケアラー', '家族の世話をしている', '親の面倒を見ている', '高齢の親が心配', '一人暮らしの親'],
    'ja-easy': ['かいごが たいへん', 'かいごに つかれた', 'おやの せわ'],
    en: ['caring for a parent', 'dementia', 'elderly care', 'young carer'],
  },
  'family-abuse': {
    ja: ['虐待', '子どもを虐待してしまう', '子どもを叩いてしまう', '子どもに手をあげてしまう', '子どもに怒鳴ってしまう', '虐待されている', '親に殴られる', '親から暴力', '親が怖い', '家に帰りたくない', '虐待を見た', '近所で子どもが泣いている', '虐待の通報', 'ネグレクト', '育児放棄', '高齢者虐待'],
    'ja-easy': ['ぎゃくたい'],
    en: ['child abuse', 'abuse', 'neglect', 'my parents hit me'],
  },
  'family-divorce': {
    ja: ['離婚したい', '離婚の相談', '離婚の手続き', '養育費がもらえない', '養育費を払ってもらえない', '親権', '面会交流', '慰謝料', '別居したい', '夫と別れたい', '妻と別れたい', '夫婦げんか', '夫婦関係'],
    'ja-easy': ['りこんしたい', 'りこんの そうだん', 'よういくひが もらえない'],
    en: ['divorce', 'child support', 'separation', 'custody'],
  },
} as const satisfies Readonly<Record<string, Phrases>>;

/**
 * `flow` with the bundled phrases on the goals it shares with HOKKAIDO_FLOW (the same node
 * objects: the bundled flow, or one derived from it such as the `categories` selection). A
 * flow read from JSON has nodes of its own and keeps its own phrases.
 */
export function withHokkaidoPhrases(flow: Flow): Flow {
  const nodes: Readonly<Record<string, Flow['nodes'][string]>> = HOKKAIDO_FLOW.nodes;
  const phrases: Readonly<Record<string, Phrases>> = HOKKAIDO_PHRASES;
  let changed = false;
  const merged = Object.fromEntries(
    Object.entries(flow.nodes).map(([id, node]) => {
      const extra = phrases[id];
      if (node.kind !== 'goal' || extra === undefined || node !== nodes[id] || node.phrases !== undefined) return [id, node];
      changed = true;
      return [id, { ...node, phrases: extra } satisfies GoalNode];
    }),
  );
  return changed ? { ...flow, nodes: merged } : flow;
}
