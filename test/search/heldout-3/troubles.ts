/**
 * Third held-out set, written blind (2026-12-07): troubles in people's own words, with the
 * goals of HOKKAIDO_FLOW that answer them (any one is right). See README.md.
 */
import type { HOKKAIDO_FLOW } from '../../../src/flows/hokkaido.js';

export type GoalId = keyof (typeof HOKKAIDO_FLOW)['nodes'];

export type Category = 'money' | 'work' | 'emergency' | 'health' | 'family' | 'connection';

export type TroubleForm =
  | 'plain'
  | 'described'
  | 'teen'
  | 'elderly'
  | 'parent'
  | 'foreign-easy'
  | 'english'
  | 'typo'
  | 'hiragana'
  | 'halfwidth-katakana'
  | 'dialect'
  | 'emoji'
  | 'long';

export interface Trouble {
  readonly query: string;
  readonly goals: readonly GoalId[];
  readonly category: Category;
  readonly form: TroubleForm;
}

const t = (category: Category, goals: GoalId[], form: TroubleForm, query: string): Trouble => ({ query, goals, category, form });

export const TROUBLES: readonly Trouble[] = [
  // money-living-now
  t('money', ['money-living-now'], 'plain', '給料日まで手元に千円しかない'),
  t('money', ['money-living-now'], 'described', '財布が空っぽで明日の電車代もない'),
  t('money', ['money-living-now'], 'hiragana', 'いますぐ おかねが ほしい'),
  t('money', ['money-living-now', 'money-living-later'], 'dialect', '金がなんもないんだわ、今週どうやって暮らすべ'),
  t('money', ['money-living-now'], 'english', 'I have no money until payday'),
  t('money', ['money-living-now'], 'plain', 'つなぎで少しだけお金を借りられるところ'),
  t('money', ['money-living-now', 'emergency-foodbank'], 'emoji', '今月ピンチ💦 電気止まりそう'),
  // money-living-later
  t('money', ['money-living-later'], 'plain', '年金だけでは暮らしていけない'),
  t('money', ['money-living-later'], 'described', '毎月赤字で貯金が減っていく'),
  t('money', ['money-living-later'], 'elderly', '年寄りの一人暮らしで、この先の生活費が心配じゃ'),
  t('money', ['money-living-later'], 'plain', '生活保護を受けたいけど条件がわからない'),
  t('money', ['money-living-later'], 'typo', 'せいかつほごの申生'),
  t('money', ['money-living-later', 'money-living-now'], 'foreign-easy', 'せいかつ の おかね たりない。どうしたら いい'),
  t('money', ['money-living-later'], 'long', 'パートの時間を減らされて、夫の給料も下がって、子どもの学費もかかるし、このままだと来年には貯金が尽きそうで家計をどう立て直せばいいか'),
  // money-rent
  t('money', ['money-rent'], 'plain', '家賃を2か月滞納している'),
  t('money', ['money-rent'], 'described', '大家さんから来月までに払わないと出ていけと言われた'),
  t('money', ['money-rent'], 'hiragana', 'やちん はらえない'),
  t('money', ['money-rent'], 'english', "I can't pay my rent this month"),
  t('money', ['money-rent'], 'dialect', '家賃よう払わん、どないしよ'),
  t('money', ['money-rent'], 'plain', '住居確保給付金の申請'),
  t('money', ['money-rent'], 'halfwidth-katakana', 'ﾔﾁﾝ ﾀｲﾉｳ ｿｳﾀﾞﾝ'),
  // money-debt
  t('money', ['money-debt'], 'plain', '消費者金融の返済が追いつかない'),
  t('money', ['money-debt'], 'described', 'カードのリボ払いが膨らんで返せない'),
  t('money', ['money-debt'], 'plain', '自己破産について相談したい'),
  t('money', ['money-debt'], 'typo', '多重さいむで首がまわらない'),
  t('money', ['money-debt'], 'hiragana', 'しゃっきん かえせない'),
  t('money', ['money-debt'], 'english', 'I have too much debt'),
  t('money', ['money-debt'], 'dialect', '借金ばっかりでどがんもならん'),
  t('money', ['money-debt'], 'teen', '奨学金の返済が無理ゲー'),
  // money-tax
  t('money', ['money-tax'], 'plain', '国民健康保険料が高すぎて払えない'),
  t('money', ['money-tax'], 'plain', '住民税を分割で払いたい'),
  t('money', ['money-tax'], 'described', '督促状がたくさん届いている、税金の'),
  t('money', ['money-tax'], 'plain', '国民年金の免除申請'),
  t('money', ['money-tax'], 'hiragana', 'ぜいきん はらえない'),
  t('money', ['money-tax'], 'dialect', '固定資産税が払えんで困っとる'),
  t('money', ['money-tax'], 'english', 'I cannot pay my health insurance premium'),
  // work-search-young
  t('work', ['work-search-young'], 'teen', '高校中退だけど働けるところある？'),
  t('work', ['work-search-young'], 'plain', '20代で職歴なし、就職したい'),
  t('work', ['work-search-young'], 'plain', 'ジョブカフェで相談したい'),
  t('work', ['work-search-young', 'work-search-support'], 'described', '大学を出てからずっと家にいて、働き方がわからない'),
  t('work', ['work-search-young'], 'hiragana', 'わかもの しごと さがし'),
  t('work', ['work-search-young'], 'parent', '息子が卒業しても就職先が決まらない'),
  // work-search-support
  t('work', ['work-search-support'], 'plain', '10年ぶりに働きたいけど自信がない'),
  t('work', ['work-search-support'], 'described', '病気で長く休んでいたので、少しずつ仕事に慣れたい'),
  t('work', ['work-search-support'], 'plain', '職業訓練を受けたい'),
  t('work', ['work-search-support', 'work-search-young'], 'plain', '人と話すのが苦手で面接が怖い'),
  t('work', ['work-search-support'], 'parent', '子育てが一段落したのでまた働きたいが不安'),
  t('work', ['work-search-support'], 'typo', 'しゅうろう準備しえん'),
  // work-search-jobs
  t('work', ['work-search-jobs'], 'plain', '仕事を紹介してほしい'),
  t('work', ['work-search-jobs'], 'hiragana', 'しごと さがしてる'),
  t('work', ['work-search-jobs'], 'english', 'I am looking for a job'),
  t('work', ['work-search-jobs'], 'foreign-easy', 'わたし はたらきたい。しごと ありますか'),
  t('work', ['work-search-jobs'], 'elderly', '70歳でもできる仕事'),
  t('work', ['work-search-jobs'], 'dialect', 'なんか仕事ないべか'),
  t('work', ['work-search-jobs'], 'halfwidth-katakana', 'ｼｺﾞﾄ ｻｶﾞｼﾃﾏｽ'),
  // work-lost
  t('work', ['work-lost'], 'plain', '会社が倒産して仕事がなくなった'),
  t('work', ['work-lost'], 'plain', '失業保険のもらい方'),
  t('work', ['work-lost'], 'described', '先月で契約を切られて、次の仕事が決まっていない'),
  t('work', ['work-lost'], 'english', 'I lost my job'),
  t('work', ['work-lost'], 'hiragana', 'しごと なくなった'),
  t('work', ['work-lost'], 'dialect', '仕事クビんなってしもた'),
  t('work', ['work-lost', 'money-living-now'], 'long', '工場が閉鎖になって来月から収入がなくなるし、家のローンもあるし、雇用保険がいつからもらえるのかもわからない'),
  // work-trouble
  t('work', ['work-trouble'], 'plain', '給料が払われていない'),
  t('work', ['work-trouble'], 'plain', '上司のパワハラがひどい'),
  t('work', ['work-trouble'], 'described', '残業代が一度も出たことがない'),
  t('work', ['work-trouble'], 'typo', 'パワハラ上司に毎日どなられてるう'),
  t('work', ['work-trouble'], 'english', 'My boss does not pay my wages'),
  t('work', ['work-trouble'], 'foreign-easy', 'かいしゃ おかね くれない'),
  t('work', ['work-trouble'], 'plain', '有給を取らせてもらえない'),
  t('work', ['work-trouble'], 'dialect', 'バイト代払うてくれへんねん'),
  // emergency-foodbank
  t('emergency', ['emergency-foodbank'], 'plain', '食べるものが何もない'),
  t('emergency', ['emergency-foodbank'], 'plain', 'フードバンクで食料をもらいたい'),
  t('emergency', ['emergency-foodbank'], 'hiragana', 'たべもの ない　おなか すいた'),
  t('emergency', ['emergency-foodbank'], 'english', 'I have no food at home'),
  t('emergency', ['emergency-foodbank'], 'described', '3日間水しか飲んでいない'),
  t('emergency', ['emergency-foodbank'], 'elderly', '米も切れてしもうて食べるもんがない'),
  t('emergency', ['emergency-foodbank'], 'foreign-easy', 'たべもの ください。おかね ない'),
  // emergency-kids-meal
  t('emergency', ['emergency-kids-meal'], 'plain', '子ども食堂はどこにありますか'),
  t('emergency', ['emergency-kids-meal'], 'parent', '子どもに晩ご飯を食べさせてあげられない'),
  t('emergency', ['emergency-kids-meal'], 'teen', '家でご飯が出ない日がある、無料で食べられるとこ'),
  t('emergency', ['emergency-kids-meal'], 'hiragana', 'こどもしょくどう'),
  t('emergency', ['emergency-kids-meal'], 'parent', '夏休みで給食がなくて食費が足りない'),
  t('emergency', ['emergency-kids-meal'], 'typo', 'こども食道'),
  // emergency-housing
  t('emergency', ['emergency-housing'], 'plain', '今夜泊まるところがない'),
  t('emergency', ['emergency-housing'], 'described', 'アパートを追い出されて車で寝ている'),
  t('emergency', ['emergency-housing'], 'english', 'I am homeless tonight'),
  t('emergency', ['emergency-housing'], 'hiragana', 'ねる ところ ない'),
  t('emergency', ['emergency-housing'], 'teen', '家出してネカフェ泊まってる'),
  t('emergency', ['emergency-housing'], 'dialect', '住むとこなくなってしもうた'),
  t('emergency', ['emergency-housing'], 'foreign-easy', 'すむ ところ ありません'),
  // emergency-violence
  t('emergency', ['emergency-violence', 'family-abuse'], 'plain', '配偶者からの暴力について相談したい'),
  t('emergency', ['emergency-violence', 'family-abuse'], 'plain', 'DVシェルターに入りたい'),
  t('emergency', ['emergency-violence', 'family-abuse'], 'described', '夫が怖くて家に帰れない'),
  t('emergency', ['emergency-violence'], 'plain', 'ストーカーにつきまとわれている'),
  t('emergency', ['emergency-violence', 'family-abuse'], 'english', 'I need to escape from my abusive partner'),
  t('emergency', ['emergency-violence', 'family-abuse'], 'hiragana', 'でぃーぶい にげたい'),
  // emergency-suicide
  t('emergency', ['emergency-suicide', 'health-mind'], 'plain', '死にたい気持ちを誰かに聞いてほしい'),
  t('emergency', ['emergency-suicide'], 'plain', '自殺を考えてしまう'),
  t('emergency', ['emergency-suicide'], 'hiragana', 'しにたいきもちが きえない'),
  t('emergency', ['emergency-suicide'], 'english', 'I have suicidal thoughts'),
  t('emergency', ['emergency-suicide'], 'described', '生きていたくないと毎日思う'),
  t('emergency', ['emergency-suicide', 'health-mind'], 'parent', '息子が死にたいと言っている、どうしたら'),
  // health-mind
  t('health', ['health-mind'], 'plain', 'うつ病かもしれない'),
  t('health', ['health-mind'], 'plain', '心療内科に行くか迷っている'),
  t('health', ['health-mind'], 'described', '何をしても楽しくなくて、食欲もない'),
  t('health', ['health-mind'], 'english', 'I think I have depression'),
  t('health', ['health-mind'], 'hiragana', 'こころの そうだん'),
  t('health', ['health-mind'], 'dialect', '気持ちが落ち込んでなもかもやる気せん'),
  t('health', ['health-mind'], 'teen', 'メンタルやばい、カウンセリング受けたい'),
  // health-hikikomori
  t('health', ['health-hikikomori'], 'parent', '息子が何年も部屋から出てこない'),
  t('health', ['health-hikikomori'], 'plain', 'ひきこもりの相談窓口'),
  t('health', ['health-hikikomori'], 'described', '高校を出てから5年、家の外に出ていない'),
  t('health', ['health-hikikomori'], 'elderly', '50歳の娘がずっと家にこもっとる、わしらが死んだらどうなる'),
  t('health', ['health-hikikomori'], 'typo', '引きこもりの娘の事で走段したい'),
  t('health', ['health-hikikomori', 'work-search-young'], 'teen', '外に出るのが怖くてずっと家にいる'),
  // health-medical
  t('health', ['health-medical'], 'plain', '医療費が払えない'),
  t('health', ['health-medical'], 'plain', '難病の医療費助成'),
  t('health', ['health-medical'], 'described', '病院に行きたいけどお金がなくて行けない'),
  t('health', ['health-medical'], 'english', 'I cannot afford to see a doctor'),
  t('health', ['health-medical'], 'plain', '高額療養費の申請方法'),
  t('health', ['health-medical'], 'dialect', '病院代が高うて払えんのよ'),
  t('health', ['health-medical'], 'foreign-easy', 'びょうき。びょういん の おかね ない'),
  // health-disability
  t('health', ['health-disability'], 'plain', '障害者手帳を取りたい'),
  t('health', ['health-disability'], 'parent', '子どもに発達障害があると言われた'),
  t('health', ['health-disability'], 'plain', '障害年金の相談'),
  t('health', ['health-disability'], 'described', '車いすになって家の中で困っている'),
  t('health', ['health-disability'], 'hiragana', 'しょうがい の そうだん'),
  t('health', ['health-disability'], 'typo', '生涯者の就労支援'),
  // health-addiction
  t('health', ['health-addiction'], 'plain', 'パチンコがやめられない'),
  t('health', ['health-addiction'], 'plain', '夫のアルコール依存症'),
  t('health', ['health-addiction'], 'described', '朝から酒を飲まないと手が震える'),
  t('health', ['health-addiction'], 'english', 'I am addicted to gambling'),
  t('health', ['health-addiction'], 'teen', 'ゲーム依存かも、やめられん'),
  t('health', ['health-addiction'], 'dialect', '競馬で給料全部すってまう'),
  t('health', ['health-addiction'], 'hiragana', 'おさけ やめられない'),
  // family-childcare
  t('family', ['family-childcare'], 'parent', '子育てに疲れた'),
  t('family', ['family-childcare'], 'plain', '一時保育を利用したい'),
  t('family', ['family-childcare'], 'parent', '夜泣きがひどくて眠れない'),
  t('family', ['family-childcare'], 'english', 'I need help raising my baby'),
  t('family', ['family-childcare'], 'hiragana', 'こそだて そうだん'),
  t('family', ['family-childcare'], 'parent', 'イヤイヤ期の接し方がわからない'),
  t('family', ['family-childcare'], 'foreign-easy', 'こども そだてる むずかしい。そうだん したい'),
  // family-single
  t('family', ['family-single'], 'plain', 'ひとり親の手当'),
  t('family', ['family-single'], 'plain', '児童扶養手当の申請'),
  t('family', ['family-single'], 'described', '母子家庭で仕事と子育ての両立が大変'),
  t('family', ['family-single'], 'parent', 'シングルファザーで相談できるところ'),
  t('family', ['family-single'], 'typo', 'ぼし家定の支援'),
  t('family', ['family-single'], 'dialect', 'ひとりで子ども育てとるけん、お金が足りんと'),
  // family-care
  t('family', ['family-care'], 'plain', '親の介護が大変'),
  t('family', ['family-care'], 'plain', '要介護認定の申請'),
  t('family', ['family-care'], 'described', '母が認知症で目が離せない'),
  t('family', ['family-care'], 'elderly', '年寄りが年寄りを看とるんで、もう手が回らん'),
  t('family', ['family-care'], 'english', 'I care for my elderly father'),
  t('family', ['family-care'], 'hiragana', 'かいご そうだん'),
  t('family', ['family-care'], 'long', '仕事が終わってから父の家に寄って食事を作って、夜中もトイレで起こされて、自分の体ももう限界で、デイサービスとかショートステイを使いたいけどどこに聞けば'),
  // family-abuse
  t('family', ['family-abuse', 'emergency-violence'], 'plain', '虐待の通告はどこに'),
  t('family', ['family-abuse'], 'plain', '児童相談所に相談したい'),
  t('family', ['family-abuse'], 'described', '近所の子がいつも同じ服で夜遅くまで外にいる'),
  t('family', ['family-abuse', 'emergency-violence'], 'plain', '高齢の親が施設で虐待されていないか心配'),
  t('family', ['family-abuse'], 'english', 'I want to report child abuse'),
  t('family', ['family-abuse', 'emergency-violence'], 'described', '夫が毎日怒鳴って物に当たる、お金も渡してくれない'),
  // family-divorce
  t('family', ['family-divorce'], 'plain', '離婚したい'),
  t('family', ['family-divorce'], 'plain', '養育費が支払われない'),
  t('family', ['family-divorce'], 'described', '夫と別れたいが子どもの親権が心配'),
  t('family', ['family-divorce'], 'english', 'I want a divorce'),
  t('family', ['family-divorce'], 'hiragana', 'りこん そうだん'),
  t('family', ['family-divorce'], 'dialect', '旦那と別れたいんやけど、お金どないしよ'),
  t('family', ['family-divorce'], 'plain', '面会交流の取り決め'),
  // connection-young-meet
  t('connection', ['connection-young-meet'], 'teen', '放課後に行ける場所がほしい'),
  t('connection', ['connection-young-meet'], 'teen', '学校以外で友達ができる場所'),
  t('connection', ['connection-young-meet'], 'parent', '不登校の子が通えるフリースクールや居場所'),
  t('connection', ['connection-young-meet'], 'plain', '若者の居場所'),
  t('connection', ['connection-young-meet'], 'hiragana', 'ほうかご いける ところ'),
  t('connection', ['connection-young-meet', 'connection-anyone-meet'], 'teen', '家にいたくない日にふらっと寄れるとこ'),
  // connection-young-remote
  t('connection', ['connection-young-remote'], 'teen', 'LINEで話を聞いてくれるところ'),
  t('connection', ['connection-young-remote'], 'teen', 'チャットで相談できる10代向けの窓口'),
  t('connection', ['connection-young-remote'], 'teen', '学生だけど誰かとネットでつながりたい'),
  t('connection', ['connection-young-remote'], 'emoji', '高校生です📱SNSで話せる相手ほしい'),
  t('connection', ['connection-young-remote'], 'plain', '子ども向けの電話相談'),
  // connection-parent-meet
  t('connection', ['connection-parent-meet'], 'parent', 'ママ友がいなくて孤独、親子で行ける場所'),
  t('connection', ['connection-parent-meet'], 'parent', '子育てサロンに行ってみたい'),
  t('connection', ['connection-parent-meet'], 'parent', '引っ越してきて子育て仲間がいない'),
  t('connection', ['connection-parent-meet'], 'parent', '赤ちゃんと一緒に遊べる広場'),
  t('connection', ['connection-parent-meet'], 'foreign-easy', 'こどもと いっしょに いける ところ。ともだち ほしい'),
  t('connection', ['connection-parent-meet'], 'dialect', '子ども連れて行けて、お母さんらとしゃべれるとこないべか'),
  // connection-parent-remote
  t('connection', ['connection-parent-remote'], 'parent', '子育ての悩みを電話で話したい'),
  t('connection', ['connection-parent-remote'], 'parent', '家から出られないけど、オンラインでママたちと話したい'),
  t('connection', ['connection-parent-remote'], 'parent', '夜中の授乳中に話せる子育て相談のLINE'),
  t('connection', ['connection-parent-remote'], 'parent', 'パパ同士でオンラインで話せる場'),
  t('connection', ['connection-parent-remote'], 'plain', '育児の電話相談'),
  // connection-older-meet
  t('connection', ['connection-older-meet'], 'elderly', '近所でお茶飲みできる集まり'),
  t('connection', ['connection-older-meet'], 'elderly', '高齢者のサロンに参加したい'),
  t('connection', ['connection-older-meet'], 'elderly', '連れ合いが亡くなって話し相手がおらん、集まれるところ'),
  t('connection', ['connection-older-meet'], 'elderly', '老人クラブに入りたい'),
  t('connection', ['connection-older-meet'], 'dialect', '年寄りが集まってしゃべれるとこあるかい'),
  t('connection', ['connection-older-meet'], 'parent', '一人暮らしの母を地域の集いに行かせたい'),
  // connection-older-remote
  t('connection', ['connection-older-remote'], 'elderly', '足が悪くて出かけられん、電話で話し相手がほしい'),
  t('connection', ['connection-older-remote'], 'elderly', '高齢者の見守り電話'),
  t('connection', ['connection-older-remote'], 'elderly', '毎日誰とも話さない、声をかけてくれる電話サービス'),
  t('connection', ['connection-older-remote'], 'parent', '遠くに住む父に定期的に電話をかけてくれるサービス'),
  t('connection', ['connection-older-remote'], 'hiragana', 'としより でんわ はなしあいて'),
  // connection-anyone-meet
  t('connection', ['connection-anyone-meet'], 'plain', '誰でも行ける居場所'),
  t('connection', ['connection-anyone-meet'], 'plain', '同じ悩みの人と話せる自助グループ'),
  t('connection', ['connection-anyone-meet'], 'plain', '地域で友達をつくりたい'),
  t('connection', ['connection-anyone-meet'], 'english', 'Where can I meet people in my town?'),
  t('connection', ['connection-anyone-meet'], 'described', '転勤で知り合いがひとりもいない、人と会える場'),
  t('connection', ['connection-anyone-meet'], 'plain', '当事者会に参加したい'),
  // connection-anyone-remote
  t('connection', ['connection-anyone-remote'], 'plain', '寂しいときに電話で話せるところ'),
  t('connection', ['connection-anyone-remote'], 'plain', '夜に話し相手がほしい'),
  t('connection', ['connection-anyone-remote'], 'english', 'I feel lonely and want to talk to someone online'),
  t('connection', ['connection-anyone-remote'], 'halfwidth-katakana', 'ｻﾋﾞｼｲ ﾀﾞﾚｶﾄﾊﾅｼﾀｲ'),
  t('connection', ['connection-anyone-remote'], 'plain', 'チャットでおしゃべりできる相談'),
  t('connection', ['connection-anyone-remote'], 'emoji', 'ひとりぼっち🥲 オンラインで誰かとつながりたい'),
  t('connection', ['connection-young-remote'], 'halfwidth-katakana', 'ｶﾞｯｺｳﾆｲﾊﾞｼｮﾅｲ ﾈｯﾄﾃﾞﾊﾅｾﾙﾄｺ'),
  t('connection', ['connection-parent-remote'], 'emoji', 'ワンオペ育児👶 夜にスマホで話せるママの集まりある？'),
  t('connection', ['connection-older-remote'], 'dialect', '雪で外さ出られねぇ冬の間、電話で話っこしてける人いねぇべか'),
  t('money', ['money-living-now'], 'halfwidth-katakana', 'ｵｶﾈｶﾞﾅｲ ｽｸﾞｶﾘﾀｲ'),
  t('work', ['work-trouble'], 'long', '入社してから毎日サービス残業で、休憩もとれなくて、タイムカードは定時で押せと言われて、辞めたいと言ったら損害賠償を請求すると言われた'),
  t('family', ['family-childcare'], 'emoji', '保育園落ちた😭 仕事復帰どうしよ'),
  t('health', ['health-mind'], 'long', '転職してから眠りが浅くて、休みの日も仕事のことばかり考えてしまって、涙もろくなって、病院に行くべきか、どこか話を聞いてくれる所があるのか知りたい'),
  t('emergency', ['emergency-housing'], 'emoji', '家賃払えず退去…今日から寝るとこない🏠❌'),
  t('health', ['health-addiction'], 'elderly', '年金が入るとすぐパチンコに使うてしまう'),
  t('money', ['money-debt'], 'elderly', '息子の借金の保証人になってしもうて取り立てがくる'),
];
