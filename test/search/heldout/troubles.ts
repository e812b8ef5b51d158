/**
 * HELD-OUT trouble phrasings, frozen 2026-12-07 before any lexicon work (issue #23, item 5).
 * Written from people's situations by a developer who had not seen the lexicon, the phrase
 * lists or the existing quality queries. Nothing that builds a lexicon or a model reads this
 * file; do not edit it to make a figure pass (see README.md in this folder).
 *
 * `expect`: goal ids of HOKKAIDO_FLOW, any of which is a right answer. `category`: the flow's
 * category of the first expected goal.
 */
import type { HOKKAIDO_FLOW } from '../../../src/flows/hokkaido.js';

type FlowNodes = (typeof HOKKAIDO_FLOW)['nodes'];

/** The ids of the bundled flow's goals. */
export type HeldoutGoal = { [K in keyof FlowNodes]: FlowNodes[K] extends { readonly kind: 'goal' } ? K : never }[keyof FlowNodes];

export type HeldoutCategory = 'money' | 'work' | 'emergency' | 'health' | 'family';

/**
 * How a line is written. The first eight are those of the curated set (TroubleForm); the rest
 * are added here.
 * - plain: ordinary written Japanese
 * - kana: hiragana only
 * - colloquial: spoken style and slang
 * - conjugated: inflected, trailing forms (〜しちゃって, 〜なくなりそうで)
 * - typo: wrong kanji conversion, missing or extra kana
 * - easy: やさしい日本語, words split by spaces
 * - variant: another spelling or wording of the same thing (子供/子ども, 障碍, 借り入れ)
 * - en: English, some misspelt
 * - dialect: 北海道弁, 関西弁, 東北弁 and others
 * - long: a rambling sentence of 40–200 characters with the trouble in the middle
 * - halfwidth: 半角カタカナ, half-width digits and latin mixed in
 * - synonym: a short form or synonym of an everyday word (バイト, 給与, 部屋代, クビ, 無一文)
 * - concrete: the concrete thing instead of the need (財布に300円, 冷蔵庫が空っぽ)
 */
export type HeldoutForm =
  | 'plain'
  | 'kana'
  | 'colloquial'
  | 'conjugated'
  | 'typo'
  | 'easy'
  | 'variant'
  | 'en'
  | 'dialect'
  | 'long'
  | 'halfwidth'
  | 'synonym'
  | 'concrete';

export const HELDOUT_FORMS: readonly HeldoutForm[] = [
  'plain',
  'kana',
  'colloquial',
  'conjugated',
  'typo',
  'easy',
  'variant',
  'en',
  'dialect',
  'long',
  'halfwidth',
  'synonym',
  'concrete',
];

export interface HeldoutTrouble {
  readonly query: string;
  readonly expect: readonly HeldoutGoal[];
  readonly category: HeldoutCategory;
  readonly form: HeldoutForm;
}

/** [form, query, goals also right for this line only] */
type Row = readonly [HeldoutForm, string, (readonly HeldoutGoal[])?];

function section(category: HeldoutCategory, expect: readonly HeldoutGoal[], rows: readonly Row[]): HeldoutTrouble[] {
  return rows.map(([form, query, also = []]) => ({ query, expect: [...expect, ...also.filter((goal) => !expect.includes(goal))], category, form }));
}

export const HELDOUT_TROUBLES: readonly HeldoutTrouble[] = [
  // Money now: nothing left to live on this week.
  ...section('money', ['money-living-now', 'money-living-later'], [
    ['concrete', '財布に300円しかない'],
    ['concrete', '給料日まであと10日なのに口座の残高が千円を切った'],
    ['concrete', 'ガスを止められた'],
    ['concrete', '電気代を払えなくて明日止まるって紙が来た'],
    ['concrete', '携帯代が払えず止められそう'],
    ['kana', 'おかねがもうぜんぜんない'],
    ['kana', 'きゅうりょうびまでいきていくおかねがない'],
    ['dialect', '金なくてなまらやばいっしょ、今週どうすんべ'],
    ['dialect', '今月ほんまに金があらへんねん'],
    ['colloquial', '金欠すぎて詰んだ'],
    ['colloquial', 'マジで金ない、明日からどうしよ'],
    ['synonym', '無一文になった'],
    ['synonym', '手持ちの現金ゼロ'],
    ['halfwidth', 'ｵｶﾈｶﾞﾅｲ ｽｸﾞﾆ ﾋﾂﾖｳ'],
    ['halfwidth', '残高ｾﾞﾛ､給料日まで2週間'],
    ['typo', '今月の生活日が足りない'],
    ['typo', 'お金がなくてこまってまう'],
    ['long', '先月から急にシフトを減らされて、家賃と光熱費を払ったら手元にほとんど残らなくて、今週の食費をどうしたらいいのかわからないです'],
    ['long', '夫が入院してしまって収入がなくなり、貯金も先週で使い切ってしまったので、今すぐ少しでもお金を借りられる所があれば知りたいです'],
    ['en', 'I have no money left until payday'],
    ['en', 'i need money rigth now, totally broke'],
    ['easy', 'いま おかねが ぜんぜん ありません'],
    ['conjugated', 'お金が足りなくなっちゃって'],
    ['variant', '生活資金が底をついた'],
  ]),
  // Money later: getting by from month to month, 生活保護.
  ...section('money', ['money-living-later', 'money-living-now'], [
    ['plain', 'この先の暮らしが不安でたまらない'],
    ['plain', '年金だけでは生活できない'],
    ['synonym', '生保を受けたい'],
    ['colloquial', 'ナマポってどうやったらもらえるの'],
    ['kana', 'せいかつほごをうけたい'],
    ['dialect', '毎月赤字でどうにもなんねえべさ'],
    ['concrete', '毎月通帳の残高が減っていくばかり'],
    ['long', '親と二人で暮らしていて、親の年金と私のパート代でなんとかやってきたけど、最近は毎月足りなくて貯金を崩していて、この先どうやって暮らしていけばいいのか誰かに相談したい'],
    ['typo', '正活保護の申請をしたい'],
    ['halfwidth', 'ｾｲｶﾂﾎｺﾞ 申請ｼﾀｲ'],
    ['en', 'how do I apply for welfare'],
    ['easy', 'これから くらして いけるか しんぱいです'],
    ['conjugated', '貯金が底をつきそうで'],
    ['synonym', '家計が火の車'],
    ['variant', '家計のやりくりが出来ない'],
  ]),
  // Rent.
  ...section('money', ['money-rent'], [
    ['plain', '今月の家賃が払えそうにない'],
    ['synonym', '部屋代が払えない'],
    ['synonym', '家賃を滞納している'],
    ['concrete', '大家さんから出ていけと言われた', ['emergency-housing']],
    ['concrete', '管理会社から督促の電話が毎日くる'],
    ['concrete', '更新料が用意できない'],
    ['kana', 'やちんをふたつきためてる'],
    ['dialect', '家賃払えんくてどないしよ'],
    ['dialect', '家賃さ払えねぇんだ'],
    ['halfwidth', 'ﾔﾁﾝ 2ヶ月滞納'],
    ['typo', '屋賃が払えなくて困ってる'],
    ['long', '仕事の時間を減らされてから収入が半分くらいになって、今のアパートの家賃が払えなくなってきたけど、引っ越すお金もないのでどうしたらいいのか分からない'],
    ['en', "I can't pay my rent this month"],
    ['en', 'behind on rent and the landlord is angry'],
    ['easy', 'へやの おかねが はらえません'],
    ['conjugated', '家賃払えなくなりそう'],
    ['variant', '賃料の支払いが遅れている'],
    ['colloquial', '家賃ヤバい、追い出されるかも', ['emergency-housing']],
  ]),
  // Debts.
  ...section('money', ['money-debt'], [
    ['synonym', '借入が膨らんで返せない'],
    ['synonym', 'カードローンが返せない'],
    ['synonym', 'サラ金から何社も借りてる'],
    ['colloquial', 'リボ払い地獄から抜け出せない'],
    ['colloquial', '闇金に手を出してしまった'],
    ['concrete', '督促の封筒が山積み'],
    ['concrete', '毎日知らない番号から取り立ての電話がくる'],
    ['kana', 'かりたおかねがかえせない'],
    ['dialect', '借金で首まわらんようになってしもた'],
    ['halfwidth', 'ｼｬｯｷﾝ 300万 返せない'],
    ['typo', '多充債務で困っています'],
    ['long', '最初は生活費の足しにと思って消費者金融で少しだけ借りたのに、返すためにまた別の所から借りるようになって、今では毎月の返済が給料より多くなってしまった'],
    ['en', 'I owe money to several loan companies'],
    ['en', 'debt colector keeps calling me'],
    ['easy', 'かりた おかねを かえせません'],
    ['variant', '借り入れの返済が出来ない'],
    ['conjugated', '返せなくなってしまって'],
    ['plain', '自己破産を考えている'],
    ['plain', '奨学金の返済が苦しい'],
  ]),
  // Taxes and insurance premiums.
  ...section('money', ['money-tax'], [
    ['synonym', '国保が高くて払えない'],
    ['synonym', '住民税の督促が来た'],
    ['concrete', '年金の納付書が何枚も溜まってる'],
    ['concrete', '差し押さえの予告通知が届いた'],
    ['kana', 'ぜいきんのとくそくじょうがきた'],
    ['dialect', '税金高すぎて払えんわ'],
    ['halfwidth', 'ｺｸﾎ 滞納してる'],
    ['typo', '国民険康保険が払えない'],
    ['en', "can't pay my health insurance premium"],
    ['easy', 'ぜいきんを はらうのを まって ほしい'],
    ['variant', '年金保険料の免除って出来る？'],
    ['conjugated', '税金払えなくて差し押さえられそう'],
    ['long', '去年は働いていたので今年の住民税がすごく高くて、でも今は仕事を辞めて収入がほとんどないから、分割とか減らしてもらうとかできるのか知りたいです'],
    ['colloquial', '住民税えぐい、払えん'],
    ['plain', '失業して国民年金の支払いが難しい', ['work-lost']],
  ]),
  // Young people looking for work.
  ...section('work', ['work-search-young'], [
    ['plain', '高校を中退して働き口がない'],
    ['colloquial', '20代でずっとニートです', ['work-search-support']],
    ['kana', 'がっこうやめてしごとがない'],
    ['dialect', 'まだ若いのに仕事見つからへん'],
    ['typo', '新卒で就職でいなかった'],
    ['long', '大学を卒業してから一度も正社員になれず、バイトも続かなくて、気づいたら25歳になっていて、同じくらいの年の人向けの就職の相談があれば行ってみたい'],
    ['halfwidth', '19ｻｲ ｼｺﾞﾄ ｻｶﾞｼﾃﾙ'],
    ['en', "I'm 22 and can't find my first job"],
    ['easy', 'わかいけど しごとが みつからない'],
    ['synonym', '就活全落ち', ['work-search-jobs']],
  ]),
  // Returning to work, at one's own pace.
  ...section('work', ['work-search-support'], [
    ['plain', '何年もブランクがあって働くのが怖い'],
    ['conjugated', '長く休んでたので働けるか不安で'],
    ['kana', 'ずっとはたらいてないからこわい'],
    ['dialect', '久しぶりに働くのおっかないべさ'],
    ['long', '病気で五年くらい仕事をしていなくて、そろそろ働きたい気持ちはあるけど、いきなりフルタイムは無理だと思うので、少しずつ慣れていけるような支援があれば教えてほしい'],
    ['halfwidth', 'ﾌﾞﾗﾝｸ5年 働くのが不安'],
    ['en', "haven't worked in years and scared to go back"],
    ['easy', 'しごとを するのが こわいです'],
    ['colloquial', '職歴スカスカで面接怖い'],
    ['synonym', '資格を取ってから働きたい', ['work-search-jobs']],
    ['variant', '職業訓練を受けて再就職したい', ['work-search-jobs']],
  ]),
  // Just find a job.
  ...section('work', ['work-search-jobs'], [
    ['synonym', 'バイト探してる'],
    ['synonym', '求人を探したい'],
    ['colloquial', '仕事なんでもいいから欲しい'],
    ['kana', 'しごとがほしい'],
    ['dialect', '働き口ないかなあ、なまら困ってる'],
    ['halfwidth', 'ｱﾙﾊﾞｲﾄ ｻｶﾞｼﾃﾏｽ'],
    ['typo', '仕事をさがいしてる'],
    ['en', 'looking for a job'],
    ['en', 'need part time work near sapporo'],
    ['easy', 'はたらく ところを さがして います'],
    ['concrete', '面接に何十社も落ちた'],
    ['long', '子どもが小学校に上がって少し手が離れたので、平日の昼間だけでも働ける仕事を探しているけど、どこで探せばいいのかよく分からないので教えてください'],
    ['conjugated', '働きたいのに雇ってもらえない'],
    ['variant', '職探し中です'],
  ]),
  // Lost a job.
  ...section('work', ['work-lost'], [
    ['synonym', 'クビになった'],
    ['synonym', '派遣切りにあった'],
    ['synonym', '雇い止めされた'],
    ['synonym', '失業手当をもらいたい'],
    ['colloquial', '会社潰れた'],
    ['concrete', '離職票がまだ届かない', ['work-trouble']],
    ['concrete', '明日から行く職場がない'],
    ['kana', 'かいしゃをくびになった'],
    ['dialect', '仕事クビなってもうた'],
    ['dialect', '仕事なくなったんだわ、したっけどうしたらいいべ'],
    ['halfwidth', 'ｸﾋﾞﾆﾅｯﾀ'],
    ['typo', '質業保険をもらいたい'],
    ['en', 'I got fired'],
    ['en', 'lost my job, what benfits can I get'],
    ['easy', 'かいしゃを やめさせられました'],
    ['long', '十年勤めた工場が急に閉鎖になって、来月から収入がなくなるのに、次の仕事もまだ決まっていないし、家のローンもあるので、何か使える制度がないか調べている', ['money-living-later']],
    ['conjugated', 'リストラされちゃって'],
    ['plain', '倒産で職を失った'],
  ]),
  // Trouble at work: pay, harassment, dismissal.
  ...section('work', ['work-trouble'], [
    ['plain', '残業代が出ない'],
    ['plain', '有給を取らせてもらえない'],
    ['concrete', '先月の給料がまだ振り込まれない'],
    ['concrete', 'タイムカードを勝手に押される'],
    ['synonym', '給与の未払い'],
    ['synonym', 'サビ残が当たり前の職場'],
    ['colloquial', '上司のパワハラがきつい'],
    ['colloquial', 'ブラック企業で辞めさせてくれない'],
    ['kana', 'じょうしにまいにちどなられる'],
    ['dialect', '給料払ってくれへんねん'],
    ['halfwidth', 'ｻﾞﾝｷﾞｮｳﾀﾞｲ 出ない'],
    ['typo', 'パラハラを受けてる'],
    ['en', "my boss doesn't pay my wages"],
    ['en', 'harrassment at work'],
    ['easy', 'しごとの おかねを もらえません'],
    ['long', '入社したときに聞いていた話と全然違って、毎日夜遅くまで働かされているのに残業代は出ないし、辞めたいと言ったら損害賠償を請求すると言われて怖い'],
    ['variant', '職場でセクハラされてる'],
    ['conjugated', '急に明日から来なくていいって言われて', ['work-lost']],
  ]),
  // Food.
  ...section('emergency', ['emergency-foodbank', 'money-living-now'], [
    ['concrete', '冷蔵庫が空っぽ'],
    ['concrete', '米が切れてもう買えない'],
    ['concrete', '3日何も食べてない'],
    ['concrete', 'お米を分けてもらえるところ'],
    ['kana', 'きょうたべるものがない'],
    ['dialect', '食うもんがなんもねえ'],
    ['dialect', '食べるもんあらへん'],
    ['halfwidth', 'ﾀﾍﾞﾙﾓﾉｶﾞﾅｲ'],
    ['typo', '食べ者がなくて困ってる'],
    ['en', 'no food at home'],
    ['en', 'I have nothing to eat'],
    ['easy', 'たべものが ほしいです'],
    ['synonym', '食糧を分けてほしい'],
    ['colloquial', '腹減った、金も食い物もない'],
    ['long', '給料日まであと一週間あるのに、家にあるのはカップ麺がひとつだけで、子どもにはなんとか食べさせているけど自分はもう二日くらいまともに食べていない', ['emergency-kids-meal']],
    ['conjugated', '食べられてない日が続いてて'],
    ['variant', '食べ物を無料でもらえる所'],
    ['plain', '食べ物に困っている'],
  ]),
  // Meals for children.
  ...section('emergency', ['emergency-kids-meal', 'family-childcare'], [
    ['concrete', '子どもに晩ごはんを食べさせてあげられない', ['emergency-foodbank']],
    ['concrete', '夏休みで給食がなくて子どものお昼がない', ['emergency-foodbank']],
    ['plain', '子どもが毎晩ひとりで晩ご飯を食べている'],
    ['kana', 'こどもがただでごはんをたべられるところ'],
    ['dialect', '子どもにご飯食べさせられへん', ['emergency-foodbank']],
    ['halfwidth', 'ｺﾄﾞﾓ ｺﾞﾊﾝ 無料'],
    ['en', 'somewhere my kids can eat for free'],
    ['easy', 'こどもと いっしょに たべられる ばしょ'],
    ['long', '仕事で帰りが遅くなる日が多くて、小学生の息子がいつもコンビニのおにぎりだけで夕飯を済ませているので、近くで子どもがご飯を食べられる場所があれば知りたい'],
    ['variant', '近所の子供食堂'],
    ['typo', '子ども食道はどこにありますか'],
  ]),
  // Nowhere to live.
  ...section('emergency', ['emergency-housing'], [
    ['plain', '今夜寝る場所がない'],
    ['concrete', 'ネットカフェで寝泊まりしている'],
    ['concrete', '車中泊が続いている'],
    ['colloquial', '家追い出された', ['money-rent']],
    ['synonym', '宿無しになった'],
    ['kana', 'ねるところがない'],
    ['dialect', '今日寝るとこあらへん'],
    ['dialect', '泊まるとこないんだわ'],
    ['halfwidth', 'ﾈﾙﾄｺﾛｶﾞﾅｲ'],
    ['typo', '帰る家がなくて公演で寝てる'],
    ['en', "I'm homeless"],
    ['en', 'nowhere to sleep tonite'],
    ['easy', 'すむ いえが ありません'],
    ['long', '同棲していた彼と別れて部屋を出ることになったけど、実家には帰れないし、次の部屋を借りるお金もなくて、今は友達の家を転々としているけどそれももう限界', ['money-rent']],
    ['conjugated', 'アパートを出なきゃいけなくなって行く所がない', ['money-rent']],
    ['variant', 'ホームレス状態です'],
  ]),
  // Violence (urgent).
  ...section('emergency', ['emergency-violence', 'family-abuse'], [
    ['plain', '夫の暴力から逃げたい'],
    ['colloquial', '彼氏のはDVなのかな'],
    ['concrete', '顔にあざができるまで叩かれる'],
    ['kana', 'ぼうりょくをふるわれている'],
    ['dialect', '旦那に手ぇあげられとる'],
    ['halfwidth', 'DVｶﾗ ﾆｹﾞﾀｲ'],
    ['typo', '暴力を振わられる'],
    ['en', 'my partner hits me'],
    ['easy', 'おっとが わたしを たたきます'],
    ['long', '結婚してから夫の機嫌が悪いと物を壊したり私を突き飛ばしたりするようになって、子どもの前でもやめてくれないので、子どもを連れて家を出たいけどどこに行けばいいのか'],
    ['synonym', 'モラハラ夫から逃げたい'],
    ['variant', 'ドメスティックバイオレンスの相談'],
  ]),
  // Feeling like dying (a trouble as well as a cry).
  ...section('emergency', ['emergency-suicide', 'health-mind'], [
    ['plain', '生きるのがつらい'],
    ['colloquial', 'もう人生終わりにしたい'],
    ['kana', 'いきてるのがつらい'],
    ['dialect', '生きとってもしゃあない気ぃする'],
    ['halfwidth', 'ｲｷﾙﾉｶﾞﾂﾗｲ'],
    ['en', "I don't want to live anymore"],
    ['easy', 'いきるのが くるしい'],
    ['long', '仕事も家族もうまくいかなくて、毎晩寝る前にこのまま朝が来なければいいのにと考えてしまって、こんなこと誰にも言えないので、どこか聞いてくれる所があれば知りたい'],
    ['typo', 'しにたいくらい辛ぃ'],
    ['conjugated', '生きていたくなくて'],
  ]),
  // Low mood, anxiety.
  ...section('health', ['health-mind'], [
    ['plain', '気分が落ち込んで何もできない'],
    ['plain', '眠れない日が続いている', ['health-medical']],
    ['colloquial', 'メンタルやられてる'],
    ['colloquial', '病みすぎてつらい'],
    ['kana', 'きもちがずっとしずんでる'],
    ['dialect', '気持ちがしんどいねん'],
    ['dialect', '毎日不安でたまらんのよ'],
    ['halfwidth', 'ﾒﾝﾀﾙ ﾎﾞﾛﾎﾞﾛ'],
    ['typo', '鬱っぽい気分がつずいてる'],
    ['en', 'I feel depressed all the time'],
    ['en', 'anxiety attaks every day'],
    ['easy', 'こころが くるしいです'],
    ['long', '職場の人間関係がうまくいかなくなってから、朝になると動悸がして涙が出てきて、休みの日も何もする気が起きなくて、このままだと自分がどうにかなってしまいそうで不安です'],
    ['synonym', '鬱っぽい'],
    ['concrete', '朝ベッドから起き上がれない'],
    ['conjugated', '不安で息が苦しくなってしまって'],
  ]),
  // Hikikomori.
  ...section('health', ['health-hikikomori'], [
    ['plain', '息子が何年も部屋から出てこない'],
    ['colloquial', '引きこもって10年'],
    ['kana', 'へやからでられない'],
    ['dialect', '娘が家から出んようになってしもた'],
    ['halfwidth', 'ﾋｷｺﾓﾘ 相談したい'],
    ['variant', '引き篭もりの兄がいる'],
    ['en', 'my son never leaves his room'],
    ['easy', 'ずっと いえの なかに います'],
    ['long', '中学で不登校になってからそのまま家にいる娘がもう二十歳になって、親としてどう接したらいいのか分からないし、私たちがいなくなった後のことも心配で眠れない'],
    ['typo', '引き込もりの家族がいて困ってる'],
    ['concrete', '不登校のまま二十歳になった', ['work-search-young']],
  ]),
  // Illness and medical costs.
  ...section('health', ['health-medical'], [
    ['plain', '病院代が払えない', ['money-living-now']],
    ['concrete', 'お金がなくて歯医者に行けない'],
    ['concrete', '薬代が高くて薬をもらいに行けない'],
    ['synonym', '治療費が高すぎる'],
    ['kana', 'びょういんにいくおかねがない'],
    ['dialect', '病院行く金あらへん'],
    ['halfwidth', 'ﾋﾞｮｳｲﾝﾀﾞｲ 払えない'],
    ['typo', 'お金がなくて病員に行けない'],
    ['en', "can't afford to see a doctor"],
    ['easy', 'びょういんの おかねが ありません'],
    ['long', '母が難しい病気だと言われて、これから長く治療が続くらしいけど、毎月の医療費がどれくらいかかるのか不安で、何か補助してもらえる制度があるなら知りたい'],
    ['colloquial', '保険証なくて病院行けん'],
    ['conjugated', '入院することになってしまって費用が心配'],
    ['variant', '医療費の助成を受けたい'],
  ]),
  // Disability.
  ...section('health', ['health-disability'], [
    ['plain', '障害者手帳を取りたい'],
    ['plain', '子どもに発達障害があるかもしれない', ['family-childcare']],
    ['variant', '障碍のある家族のことで相談したい'],
    ['kana', 'しょうがいしゃてちょうがほしい'],
    ['dialect', '耳が聞こえんようになって困っとる'],
    ['halfwidth', 'ｼｮｳｶﾞｲ ﾃﾁｮｳ 申請'],
    ['en', 'my daughter has autism, where can we get help'],
    ['easy', 'からだに しょうがいが あります'],
    ['long', '事故で足が不自由になってから、前の仕事に戻れなくなって、家の中の段差も大変だし、どんな支援が受けられるのか役所で何を聞けばいいのかも分からない'],
    ['typo', '障害年金の申請の仕方がわからなひ'],
    ['colloquial', 'ADHDっぽくて仕事が続かない', ['health-mind']],
  ]),
  // Addiction.
  ...section('health', ['health-addiction'], [
    ['plain', '酒がやめられない'],
    ['colloquial', 'パチンコで給料全部溶かした'],
    ['colloquial', 'ソシャゲの課金がやめられない'],
    ['synonym', 'アル中かもしれない'],
    ['kana', 'おさけをのまずにいられない'],
    ['dialect', '旦那がパチスロばっかでなまら困る'],
    ['halfwidth', 'ﾊﾟﾁﾝｺ ﾔﾒﾗﾚﾅｲ'],
    ['typo', 'ギャンブル依存性かもしれない'],
    ['en', 'my husband is addicted to gambling'],
    ['en', 'cant stop drinking'],
    ['easy', 'おさけを やめたいです'],
    ['long', '最初はストレス解消のつもりだったのに、気づいたら毎晩ひとりで焼酎を一本空けるようになっていて、家族にも隠れて飲んでいて、自分ではもう止められない気がする'],
    ['concrete', '朝から飲まないと手が震える'],
    ['conjugated', '競馬にハマって借金してしまった', ['money-debt']],
  ]),
  // Raising children.
  ...section('family', ['family-childcare'], [
    ['plain', '子育てに疲れた'],
    ['concrete', '給食費の袋を持たせられない', ['money-living-now']],
    ['concrete', '赤ちゃんが夜泣きして眠れない'],
    ['concrete', '制服を買うお金がない', ['money-living-now']],
    ['colloquial', 'ワンオペ育児もう限界'],
    ['kana', 'こどもがないてばかりでねれない'],
    ['dialect', '子ども育てるのしんどいわぁ'],
    ['halfwidth', 'ｺｿﾀﾞﾃ ﾂｶﾚﾀ'],
    ['typo', '子育ての相談したぃ'],
    ['en', 'struggling with my toddler, need parenting advice'],
    ['easy', 'こどもの ことで こまって います'],
    ['long', '上の子がまだ二歳で、下の子が生まれたばかりで、夫は仕事で毎日遅くて実家も遠いので、一日中ひとりで二人の世話をしていて、誰かに相談できる所があれば教えてほしい'],
    ['synonym', '学費が払えない', ['money-living-later']],
    ['conjugated', '子どもが言うこと聞かなくてイライラしちゃう'],
  ]),
  // Single parents.
  ...section('family', ['family-single'], [
    ['plain', 'シングルマザーで生活が苦しい', ['money-living-later']],
    ['synonym', '母子家庭の手当について'],
    ['colloquial', 'シンママで余裕ない'],
    ['kana', 'ひとりでこどもをそだててる'],
    ['dialect', '男手ひとつで子ども育てとるんよ'],
    ['halfwidth', 'ｼﾝｸﾞﾙﾏｻﾞｰ 手当'],
    ['typo', '自動扶養手当がもらえるか知りたい'],
    ['en', 'single mom need help'],
    ['easy', 'ははおや ひとりで こそだて'],
    ['long', '去年夫と別れてから子ども二人を一人で育てていて、昼も夜も働いているのに生活は苦しいままで、ひとり親が使える手当や割引があるならちゃんと知っておきたい'],
    ['variant', '父子家庭で困っている'],
    ['concrete', '養育費が振り込まれない', ['family-divorce']],
  ]),
  // Caring for family.
  ...section('family', ['family-care'], [
    ['plain', '親の介護で仕事を辞めそう'],
    ['concrete', '母が認知症で夜中に外へ出て行ってしまう'],
    ['synonym', '老老介護でもう無理'],
    ['colloquial', '介護疲れで限界'],
    ['kana', 'おやのかいごがたいへん'],
    ['dialect', 'ばあちゃんの世話でなまら大変'],
    ['dialect', '親父の介護でくたびれたじゃ'],
    ['halfwidth', 'ｶｲｺﾞ ｿｳﾀﾞﾝ'],
    ['typo', '介語の相談をしたい'],
    ['en', 'caring for my elderly mother'],
    ['easy', 'おやの せわが たいへんです'],
    ['long', '遠くに住んでいる父が一人暮らしで、最近電話をしても同じ話ばかりするようになって、火の始末も心配だし、私は仕事があってすぐには行けないので、誰に相談すればいいのか'],
    ['variant', '要介護認定を受けたい'],
    ['conjugated', '祖母の面倒を見ていて学校に行けなくなってきた'],
  ]),
  // Abuse in the family.
  ...section('family', ['family-abuse', 'emergency-violence'], [
    ['plain', '子どもが虐待されているかもしれない'],
    ['concrete', '隣の家から毎晩子どもの泣き叫ぶ声がする'],
    ['colloquial', '毒親から逃げたい'],
    ['kana', 'おやにたたかれる'],
    ['dialect', '親にしばかれとる'],
    ['halfwidth', 'ｷﾞｬｸﾀｲ 通報したい'],
    ['en', "I think my neighbour's child is being abused"],
    ['easy', 'おやが こわいです'],
    ['long', '小学生の姪がいつも同じ服を着ていて、腕にあざがあるのを見てしまって、母親に聞いても転んだと言うだけなので、どこかに知らせた方がいいのか迷っている'],
    ['typo', '親に虐体されてる'],
  ]),
  // Divorce.
  ...section('family', ['family-divorce'], [
    ['plain', '離婚を考えている'],
    ['concrete', '離婚届を出す前に相談したい'],
    ['synonym', '別れた夫が養育費を払わない', ['family-single']],
    ['colloquial', '旦那と別れたいけどお金がない'],
    ['kana', 'りこんしたいけどこどもがしんぱい'],
    ['dialect', '嫁と別れることになってもうた'],
    ['halfwidth', 'ﾘｺﾝ ｿｳﾀﾞﾝ'],
    ['typo', '理婚したい'],
    ['en', "I want a divorce but can't afford a lawyer"],
    ['easy', 'おっとと わかれたい'],
    ['long', '夫とはもう何年も会話がなくて、子どもが高校を卒業したら離婚したいと思っているけど、専業主婦なので一人で暮らしていけるのか、財産や年金はどうなるのか分からない'],
    ['variant', '親権をとりたい'],
  ]),
];
