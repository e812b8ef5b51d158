import type { Trouble } from './types.js';

/**
 * Troubles in a person's own words, with the goals of HOKKAIDO_FLOW that answer them (any of the
 * listed goals is right). Category is the flow's top-level branch of the first goal.
 */
export const TROUBLES: readonly Trouble[] = [
  // money-living-now
  { query: '今日食べるお金もない、すぐ借りたい', goals: ['money-living-now', 'emergency-foodbank'], category: 'money', form: 'plain' },
  { query: '給料日まであと10日、財布に300円しかない', goals: ['money-living-now'], category: 'money', form: 'concrete' },
  { query: 'おかね すぐ かりたい', goals: ['money-living-now'], category: 'money', form: 'kana' },
  { query: '今すぐ数万円貸してくれるとこない？', goals: ['money-living-now'], category: 'money', form: 'colloquial' },
  { query: 'ｷﾝｷｭｳ ｺｸﾞﾁｼｷﾝ', goals: ['money-living-now'], category: 'money', form: 'halfwidth' },
  { query: 'need money right now, cant buy food until payday', goals: ['money-living-now', 'emergency-foodbank'], category: 'money', form: 'en' },
  { query: '口座の残高が0円、明日の電車賃もない', goals: ['money-living-now'], category: 'money', form: 'concrete' },
  { query: '毎月ぎりぎりでやってきたけど、車が壊れて修理代を払ったら食費も残らなくて、給料日まであと2週間もある', goals: ['money-living-now', 'emergency-foodbank'], category: 'money', form: 'long' },

  // money-living-later
  { query: 'これからの生活費が足りるか心配', goals: ['money-living-later'], category: 'money', form: 'plain' },
  { query: '年金だけじゃ暮らしていけない', goals: ['money-living-later'], category: 'money', form: 'plain' },
  { query: 'せいかつほごって どうやったら うけられる', goals: ['money-living-later'], category: 'money', form: 'kana' },
  { query: '貯金が底をつきそう、来月からどうしよう', goals: ['money-living-later', 'money-living-now'], category: 'money', form: 'colloquial' },
  { query: 'せいかつほごを うけたいです。どう すれば いいですか', goals: ['money-living-later'], category: 'money', form: 'easy' },
  { query: '毎月赤字で家計のやりくりを手伝ってほしい', goals: ['money-living-later', 'money-debt'], category: 'money', form: 'synonym' },
  { query: "I can't make ends meet every month", goals: ['money-living-later'], category: 'money', form: 'en' },
  { query: '生活保後 申請', goals: ['money-living-later'], category: 'money', form: 'typo' },
  { query: '金がねぇ、今月まじで詰んだ', goals: ['money-living-now', 'money-living-later'], category: 'money', form: 'colloquial' },

  // money-rent
  { query: '家賃を滞納している', goals: ['money-rent'], category: 'money', form: 'plain' },
  { query: 'やちん はらえない', goals: ['money-rent'], category: 'money', form: 'kana' },
  { query: '先月から収入が減って、大家さんから家賃の督促が来て、このままだと来月には出ていけと言われそう', goals: ['money-rent', 'emergency-housing'], category: 'money', form: 'long' },
  { query: '家賃3か月ためてもうた、どないしよ', goals: ['money-rent'], category: 'money', form: 'dialect' },
  { query: 'ﾔﾁﾝｶﾞﾊﾗｴﾅｲ', goals: ['money-rent'], category: 'money', form: 'halfwidth' },
  { query: '住居確保給付金の条件', goals: ['money-rent', 'work-lost'], category: 'money', form: 'plain' },
  { query: "can't pay rent this month", goals: ['money-rent'], category: 'money', form: 'en' },
  { query: '屋賃が払えない', goals: ['money-rent'], category: 'money', form: 'typo' },

  // money-debt
  { query: '借金が返せない', goals: ['money-debt'], category: 'money', form: 'plain' },
  { query: '消費者金融とカードローンで200万', goals: ['money-debt'], category: 'money', form: 'concrete' },
  { query: 'リボ払いが終わらない', goals: ['money-debt'], category: 'money', form: 'concrete' },
  { query: 'しゃっきん へんさい できない', goals: ['money-debt'], category: 'money', form: 'kana' },
  { query: '借金まみれでやばい', goals: ['money-debt'], category: 'money', form: 'colloquial' },
  { query: '借金なんぼあるかわかんなくなった', goals: ['money-debt'], category: 'money', form: 'dialect' },
  { query: '債務整理したい', goals: ['money-debt'], category: 'money', form: 'synonym' },
  { query: '自己破産 相談', goals: ['money-debt'], category: 'money', form: 'synonym' },
  { query: 'I have too much debt and cant repay my loans', goals: ['money-debt'], category: 'money', form: 'en' },
  { query: 'しゃっきんを かえせません。そうだん したいです', goals: ['money-debt'], category: 'money', form: 'easy' },
  { query: '借錦が返せない', goals: ['money-debt'], category: 'money', form: 'typo' },

  // money-tax
  { query: '国民健康保険料が払えない', goals: ['money-tax'], category: 'money', form: 'plain' },
  { query: '住民税の督促状が来た', goals: ['money-tax'], category: 'money', form: 'concrete' },
  { query: 'こくほ たかすぎて はらえない', goals: ['money-tax'], category: 'money', form: 'kana' },
  { query: '年金の保険料を免除してほしい', goals: ['money-tax'], category: 'money', form: 'plain' },
  { query: '税金を分割で払いたい', goals: ['money-tax'], category: 'money', form: 'synonym' },
  { query: '固定資産税払えん、どげんしよう', goals: ['money-tax'], category: 'money', form: 'dialect' },
  { query: '国保の滞納で差し押さえ予告が届いた', goals: ['money-tax'], category: 'money', form: 'concrete' },
  { query: "can't pay my national health insurance premiums", goals: ['money-tax'], category: 'money', form: 'en' },
  { query: '国民年金 免状 申請', goals: ['money-tax'], category: 'money', form: 'typo' },
  { query: 'ｾﾞｲｷﾝ ﾊﾗｴﾅｲ', goals: ['money-tax'], category: 'money', form: 'halfwidth' },

  // work-search-young
  { query: '20歳 仕事探し 相談', goals: ['work-search-young', 'work-search-jobs'], category: 'work', form: 'plain' },
  { query: '高校を中退したけど働きたい、何からすればいいか', goals: ['work-search-young'], category: 'work', form: 'plain' },
  { query: '新卒で就職できなかった', goals: ['work-search-young', 'work-search-jobs'], category: 'work', form: 'plain' },
  { query: 'わかもの しごと そうだん', goals: ['work-search-young'], category: 'work', form: 'kana' },
  { query: '19才でバイトしかしたことない、正社員になりたい', goals: ['work-search-young', 'work-search-jobs'], category: 'work', form: 'colloquial' },
  { query: 'ｼﾞｮﾌﾞｶﾌｪ', goals: ['work-search-young', 'work-search-jobs'], category: 'work', form: 'halfwidth' },
  { query: 'young person looking for a first job', goals: ['work-search-young', 'work-search-jobs'], category: 'work', form: 'en' },
  { query: 'サポステ 予約', goals: ['work-search-young', 'work-search-support'], category: 'work', form: 'synonym' },

  // work-search-support
  { query: 'ブランクが長くて働くのが不安', goals: ['work-search-support'], category: 'work', form: 'plain' },
  { query: '10年ぶりに働きたい', goals: ['work-search-support', 'work-search-jobs'], category: 'work', form: 'plain' },
  { query: '体力に自信がない、少しずつ働きたい', goals: ['work-search-support'], category: 'work', form: 'plain' },
  { query: 'しゅうろうじゅんび しえん', goals: ['work-search-support'], category: 'work', form: 'kana' },
  { query: '職業訓練を受けたい', goals: ['work-search-support', 'work-search-jobs'], category: 'work', form: 'synonym' },
  { query: 'ずっと専業主婦だったけど、子どもも大きくなったし久しぶりにパートに出たい、でも何年も働いてなくて自信がない', goals: ['work-search-support', 'work-search-jobs'], category: 'work', form: 'long' },
  { query: "I haven't worked for years and I'm nervous about going back", goals: ['work-search-support'], category: 'work', form: 'en' },
  { query: '大学やめてニートになった、働きたいけど怖い', goals: ['work-search-support', 'work-search-young'], category: 'work', form: 'colloquial' },

  // work-search-jobs
  { query: '仕事を探している', goals: ['work-search-jobs'], category: 'work', form: 'plain' },
  { query: 'ハローワーク 求人 検索', goals: ['work-search-jobs'], category: 'work', form: 'plain' },
  { query: 'しごと さがしてる', goals: ['work-search-jobs'], category: 'work', form: 'kana' },
  { query: 'なんか仕事ないかな、すぐ働けるやつ', goals: ['work-search-jobs'], category: 'work', form: 'colloquial' },
  { query: '仕事ねぇべか、すぐ働きてぇ', goals: ['work-search-jobs'], category: 'work', form: 'dialect' },
  { query: 'ﾊﾛｰﾜｰｸ ﾊﾞｼｮ', goals: ['work-search-jobs', 'work-lost'], category: 'work', form: 'halfwidth' },
  { query: '50代 正社員 求人', goals: ['work-search-jobs'], category: 'work', form: 'plain' },
  { query: "I'm looking for a job in Sapporo", goals: ['work-search-jobs'], category: 'work', form: 'en' },
  { query: 'ハローワ-ク 場所', goals: ['work-search-jobs', 'work-lost'], category: 'work', form: 'typo' },

  // work-lost
  { query: '会社をクビになった', goals: ['work-lost'], category: 'work', form: 'plain' },
  { query: '失業保険をもらいたい', goals: ['work-lost'], category: 'work', form: 'plain' },
  { query: '契約を更新されず雇い止めにあった', goals: ['work-lost', 'work-trouble'], category: 'work', form: 'synonym' },
  { query: '派遣切りにあった、来月から収入ゼロ', goals: ['work-lost'], category: 'work', form: 'colloquial' },
  { query: 'しつぎょう した', goals: ['work-lost'], category: 'work', form: 'kana' },
  { query: '仕事なくなってもうた', goals: ['work-lost'], category: 'work', form: 'dialect' },
  { query: '離職票がまだ届かない', goals: ['work-lost'], category: 'work', form: 'concrete' },
  { query: 'I lost my job last week', goals: ['work-lost'], category: 'work', form: 'en' },
  { query: '首になった 手当', goals: ['work-lost'], category: 'work', form: 'typo' },
  { query: 'しごとが なくなりました。おかねが ありません', goals: ['work-lost', 'money-living-now'], category: 'work', form: 'easy' },
  { query: '会社の寮に住んでたんだけど、契約を切られて寮も出なきゃいけなくなって、次の仕事も住むところも決まってない', goals: ['work-lost', 'emergency-housing', 'money-rent'], category: 'work', form: 'long' },

  // work-trouble
  { query: '給料が払われない', goals: ['work-trouble'], category: 'work', form: 'plain' },
  { query: '残業代が出ない', goals: ['work-trouble'], category: 'work', form: 'plain' },
  { query: '上司のパワハラがひどい', goals: ['work-trouble'], category: 'work', form: 'plain' },
  { query: 'きゅうりょう もらえない', goals: ['work-trouble'], category: 'work', form: 'kana' },
  { query: 'ﾊﾟﾜﾊﾗ ｿｳﾀﾞﾝ', goals: ['work-trouble'], category: 'work', form: 'halfwidth' },
  { query: '急に解雇と言われた、納得できない', goals: ['work-trouble', 'work-lost'], category: 'work', form: 'plain' },
  { query: '有給とらせてもらえんとよ', goals: ['work-trouble'], category: 'work', form: 'dialect' },
  { query: '労基に相談したい', goals: ['work-trouble'], category: 'work', form: 'synonym' },
  { query: "my boss isn't paying my wages", goals: ['work-trouble'], category: 'work', form: 'en' },
  { query: '時給が最低賃金より安い', goals: ['work-trouble'], category: 'work', form: 'concrete' },
  { query: '会社が倒産して最後の給料が出ない', goals: ['work-trouble', 'work-lost'], category: 'work', form: 'plain' },

  // emergency-foodbank
  { query: '食べるものがない', goals: ['emergency-foodbank', 'money-living-now'], category: 'emergency', form: 'plain' },
  { query: '冷蔵庫が空っぽ', goals: ['emergency-foodbank', 'money-living-now'], category: 'emergency', form: 'concrete' },
  { query: 'お米がもうない', goals: ['emergency-foodbank', 'money-living-now'], category: 'emergency', form: 'concrete' },
  { query: 'たべものが ほしいです', goals: ['emergency-foodbank'], category: 'emergency', form: 'easy' },
  { query: 'ﾌｰﾄﾞﾊﾞﾝｸ', goals: ['emergency-foodbank'], category: 'emergency', form: 'halfwidth' },
  { query: '食料を無料でもらえる所', goals: ['emergency-foodbank'], category: 'emergency', form: 'synonym' },
  { query: '3日何も食べてない', goals: ['emergency-foodbank', 'money-living-now'], category: 'emergency', form: 'plain' },
  { query: 'no food at home', goals: ['emergency-foodbank', 'money-living-now'], category: 'emergency', form: 'en' },
  { query: '食いもんなんもねえんだわ', goals: ['emergency-foodbank', 'money-living-now'], category: 'emergency', form: 'dialect' },

  // emergency-kids-meal
  { query: '子ども食堂を探している', goals: ['emergency-kids-meal'], category: 'emergency', form: 'plain' },
  { query: 'こどもしょくどう ちかく', goals: ['emergency-kids-meal'], category: 'emergency', form: 'kana' },
  { query: '子どもに晩ごはんを食べさせてあげられない', goals: ['emergency-kids-meal', 'emergency-foodbank'], category: 'emergency', form: 'plain' },
  { query: '子供食道', goals: ['emergency-kids-meal'], category: 'emergency', form: 'typo' },
  { query: '夏休みは給食がないから、子どもの昼ごはんをどうしたらいいか', goals: ['emergency-kids-meal', 'emergency-foodbank'], category: 'emergency', form: 'concrete' },
  { query: "children's cafeteria near me", goals: ['emergency-kids-meal'], category: 'emergency', form: 'en' },
  { query: 'こどもが ごはんを たべられる ところ', goals: ['emergency-kids-meal'], category: 'emergency', form: 'easy' },

  // emergency-housing
  { query: '今夜泊まるところがない', goals: ['emergency-housing'], category: 'emergency', form: 'plain' },
  { query: 'ネットカフェで寝泊まりしてる', goals: ['emergency-housing'], category: 'emergency', form: 'concrete' },
  { query: '住む家がない', goals: ['emergency-housing'], category: 'emergency', form: 'plain' },
  { query: 'こんや ねる ところが ありません', goals: ['emergency-housing'], category: 'emergency', form: 'easy' },
  { query: '公園で野宿してる', goals: ['emergency-housing'], category: 'emergency', form: 'synonym' },
  { query: 'アパートを追い出されてホームレスになりそう', goals: ['emergency-housing', 'money-rent'], category: 'emergency', form: 'plain' },
  { query: '今夜寝るとこないんだわ', goals: ['emergency-housing'], category: 'emergency', form: 'dialect' },
  { query: 'I have nowhere to sleep tonight', goals: ['emergency-housing'], category: 'emergency', form: 'en' },
  { query: 'ﾈﾙﾄｺﾛｶﾞﾅｲ', goals: ['emergency-housing'], category: 'emergency', form: 'halfwidth' },

  // emergency-violence
  { query: '暴力を振るわれている', goals: ['emergency-violence', 'family-abuse'], category: 'emergency', form: 'plain' },
  { query: '夫から逃げたい', goals: ['emergency-violence', 'family-abuse'], category: 'emergency', form: 'plain' },
  { query: '交際相手に殴られる', goals: ['emergency-violence', 'family-abuse'], category: 'emergency', form: 'plain' },
  { query: 'ぼうりょく うけてる', goals: ['emergency-violence', 'family-abuse'], category: 'emergency', form: 'kana' },
  { query: 'DVから今すぐ逃げたい', goals: ['emergency-violence', 'family-abuse'], category: 'emergency', form: 'colloquial' },
  { query: '嫁に叩かれとる', goals: ['emergency-violence', 'family-abuse'], category: 'emergency', form: 'dialect' },
  { query: 'someone at home is hurting me', goals: ['emergency-violence', 'family-abuse'], category: 'emergency', form: 'en' },
  { query: '別れた夫に付きまとわれている', goals: ['emergency-violence', 'family-abuse'], category: 'emergency', form: 'synonym' },

  // emergency-suicide
  { query: '死んでしまいたい', goals: ['emergency-suicide'], category: 'emergency', form: 'plain' },
  { query: 'しにたいほど つらい', goals: ['emergency-suicide'], category: 'emergency', form: 'kana' },
  { query: 'もう生きていたくない', goals: ['emergency-suicide'], category: 'emergency', form: 'synonym' },
  { query: 'もう消えたい', goals: ['emergency-suicide'], category: 'emergency', form: 'colloquial' },
  { query: '自殺を考えている', goals: ['emergency-suicide'], category: 'emergency', form: 'plain' },
  { query: 'I want to die', goals: ['emergency-suicide'], category: 'emergency', form: 'en' },
  { query: 'ｼﾞｻﾂｼﾀｲ', goals: ['emergency-suicide'], category: 'emergency', form: 'halfwidth' },

  // health-mind
  { query: '気持ちが落ち込む', goals: ['health-mind'], category: 'health', form: 'plain' },
  { query: 'うつ病かもしれない', goals: ['health-mind', 'health-medical'], category: 'health', form: 'plain' },
  { query: 'こころの そうだん', goals: ['health-mind'], category: 'health', form: 'kana' },
  { query: 'メンタル不調を相談したい', goals: ['health-mind'], category: 'health', form: 'synonym' },
  { query: '不安で眠れない日が続いている', goals: ['health-mind'], category: 'health', form: 'plain' },
  { query: '気分がずっと沈んでる', goals: ['health-mind'], category: 'health', form: 'colloquial' },
  { query: 'I feel depressed and anxious', goals: ['health-mind'], category: 'health', form: 'en' },

  // health-hikikomori
  { query: '息子がひきこもっている', goals: ['health-hikikomori'], category: 'health', form: 'plain' },
  { query: '部屋から出られない', goals: ['health-hikikomori'], category: 'health', form: 'plain' },
  { query: '何年も家から出ていない', goals: ['health-hikikomori'], category: 'health', form: 'plain' },
  { query: 'ひきこもりの家族会', goals: ['health-hikikomori'], category: 'health', form: 'synonym' },
  { query: '引き籠もり 相談', goals: ['health-hikikomori'], category: 'health', form: 'typo' },
  { query: '8050問題', goals: ['health-hikikomori', 'family-care'], category: 'health', form: 'synonym' },
  { query: 'ﾋｷｺﾓﾘ', goals: ['health-hikikomori'], category: 'health', form: 'halfwidth' },
  { query: "my son hasn't left his room in years", goals: ['health-hikikomori'], category: 'health', form: 'en' },
  { query: 'うちの子、何年も部屋にこもっとってな、どげんしたらよかね', goals: ['health-hikikomori'], category: 'health', form: 'dialect' },
  { query: '息子が高校を出てからずっと家にいて、もう30を過ぎたのに外にも出ず、親の私たちも年金暮らしで先が見えない', goals: ['health-hikikomori', 'work-search-support'], category: 'health', form: 'long' },

  // health-medical
  { query: '医療費が払えない', goals: ['health-medical'], category: 'health', form: 'plain' },
  { query: '病院代が高くて通えない', goals: ['health-medical'], category: 'health', form: 'colloquial' },
  { query: '難病の医療費助成を受けたい', goals: ['health-medical'], category: 'health', form: 'plain' },
  { query: '保険証がないけど病院に行きたい', goals: ['health-medical', 'money-tax'], category: 'health', form: 'concrete' },
  { query: 'びょういん おかね ない', goals: ['health-medical'], category: 'health', form: 'kana' },
  { query: '歯が痛いのにお金がなくて歯医者に行けない', goals: ['health-medical'], category: 'health', form: 'concrete' },
  { query: "can't afford to see a doctor", goals: ['health-medical'], category: 'health', form: 'en' },
  { query: '医僚費 助成', goals: ['health-medical'], category: 'health', form: 'typo' },

  // health-disability
  { query: '障害者手帳を取りたい', goals: ['health-disability'], category: 'health', form: 'plain' },
  { query: '子どもの発達が心配', goals: ['health-disability', 'family-childcare'], category: 'health', form: 'plain' },
  { query: 'しょうがい ふくし', goals: ['health-disability'], category: 'health', form: 'kana' },
  { query: '大人の発達障害かもしれない', goals: ['health-disability'], category: 'health', form: 'plain' },
  { query: '車椅子を借りたい', goals: ['health-disability', 'family-care'], category: 'health', form: 'concrete' },
  { query: '障碍者の就労', goals: ['health-disability', 'work-search-support'], category: 'health', form: 'synonym' },
  { query: 'ｼｮｳｶﾞｲｼｬ ﾃﾁｮｳ', goals: ['health-disability'], category: 'health', form: 'halfwidth' },
  { query: 'support for people with disabilities', goals: ['health-disability'], category: 'health', form: 'en' },

  // health-addiction
  { query: 'お酒がやめられない', goals: ['health-addiction'], category: 'health', form: 'plain' },
  { query: 'パチンコがやめられない', goals: ['health-addiction'], category: 'health', form: 'concrete' },
  { query: '夫のギャンブル癖をなんとかしたい', goals: ['health-addiction'], category: 'health', form: 'plain' },
  { query: 'あるこーる いぞんしょう', goals: ['health-addiction'], category: 'health', form: 'kana' },
  { query: '酒やめられんけん困っとる', goals: ['health-addiction'], category: 'health', form: 'dialect' },
  { query: '競馬で給料を全部使ってしまう', goals: ['health-addiction', 'money-debt'], category: 'health', form: 'concrete' },
  { query: "I can't stop drinking", goals: ['health-addiction'], category: 'health', form: 'en' },
  { query: 'ｽﾛｯﾄ ﾔﾒﾗﾚﾅｲ', goals: ['health-addiction'], category: 'health', form: 'halfwidth' },

  // family-childcare
  { query: '子育ての相談をしたい', goals: ['family-childcare'], category: 'family', form: 'plain' },
  { query: '保育園に入れない', goals: ['family-childcare'], category: 'family', form: 'plain' },
  { query: 'こそだて そうだん', goals: ['family-childcare'], category: 'family', form: 'kana' },
  { query: '子どもが学校に行かない', goals: ['family-childcare', 'health-hikikomori'], category: 'family', form: 'synonym' },
  { query: '赤ちゃんのミルク代とおむつ代が足りない', goals: ['family-childcare', 'money-living-now'], category: 'family', form: 'concrete' },
  { query: 'ワンオペ育児で誰かに手伝ってほしい', goals: ['family-childcare'], category: 'family', form: 'colloquial' },
  { query: 'parenting advice for a toddler', goals: ['family-childcare'], category: 'family', form: 'en' },
  { query: '子育て支縁', goals: ['family-childcare'], category: 'family', form: 'typo' },

  // family-single
  { query: 'ひとり親の手当', goals: ['family-single'], category: 'family', form: 'plain' },
  { query: 'シングルマザーで生活が苦しい', goals: ['family-single', 'money-living-later'], category: 'family', form: 'synonym' },
  { query: '母子家庭 支援', goals: ['family-single'], category: 'family', form: 'synonym' },
  { query: 'ぼしかてい てあて', goals: ['family-single'], category: 'family', form: 'kana' },
  { query: '父子家庭になったけど使える制度ある？', goals: ['family-single'], category: 'family', form: 'colloquial' },
  { query: '児童扶養手当はいつ振り込まれる', goals: ['family-single'], category: 'family', form: 'plain' },
  { query: 'single mother support', goals: ['family-single'], category: 'family', form: 'en' },
  { query: 'ｼﾝｸﾞﾙﾏｻﾞｰ', goals: ['family-single'], category: 'family', form: 'halfwidth' },

  // family-care
  { query: '親の介護の相談', goals: ['family-care'], category: 'family', form: 'plain' },
  { query: '認知症の母の世話', goals: ['family-care'], category: 'family', form: 'plain' },
  { query: '介護認定を受けたい', goals: ['family-care'], category: 'family', form: 'plain' },
  { query: 'かいご そうだん', goals: ['family-care'], category: 'family', form: 'kana' },
  { query: '学校に行きながら祖母の世話をしている', goals: ['family-care'], category: 'family', form: 'synonym' },
  { query: '祖父のおむつ代がかさむ', goals: ['family-care'], category: 'family', form: 'concrete' },
  { query: '父がひとりで暮らせなくなってきた', goals: ['family-care'], category: 'family', form: 'plain' },
  { query: 'caring for my elderly mother', goals: ['family-care'], category: 'family', form: 'en' },
  { query: '介後 相談', goals: ['family-care'], category: 'family', form: 'typo' },
  { query: 'ばあちゃんがぼけてきたんだわ、どこさ相談すればいいべ', goals: ['family-care'], category: 'family', form: 'dialect' },
  { query: '父が倒れてから母の物忘れもひどくなって、仕事を休みながら病院と実家を行ったり来たりで、どこに相談したらいいのかもわからない', goals: ['family-care'], category: 'family', form: 'long' },

  // family-abuse
  { query: '虐待されている', goals: ['family-abuse', 'emergency-violence'], category: 'family', form: 'plain' },
  { query: '子どもへの虐待を通報したい', goals: ['family-abuse'], category: 'family', form: 'plain' },
  { query: '夫のモラハラ', goals: ['family-abuse', 'emergency-violence'], category: 'family', form: 'synonym' },
  { query: 'ぎゃくたい そうだん', goals: ['family-abuse'], category: 'family', form: 'kana' },
  { query: 'DVがあって離婚したい', goals: ['family-abuse', 'family-divorce', 'emergency-violence'], category: 'family', form: 'plain' },
  { query: '親から暴力をふるわれる', goals: ['family-abuse', 'emergency-violence'], category: 'family', form: 'plain' },
  { query: '施設にいる母が虐待されているかもしれない', goals: ['family-abuse'], category: 'family', form: 'plain' },
  { query: 'domestic violence help', goals: ['family-abuse', 'emergency-violence'], category: 'family', form: 'en' },

  // family-divorce
  { query: '離婚したい', goals: ['family-divorce'], category: 'family', form: 'plain' },
  { query: '養育費を払ってもらえない', goals: ['family-divorce', 'family-single'], category: 'family', form: 'plain' },
  { query: 'りこん そうだん', goals: ['family-divorce'], category: 'family', form: 'kana' },
  { query: '別れた旦那が養育費払わんのよ', goals: ['family-divorce', 'family-single'], category: 'family', form: 'dialect' },
  { query: '離婚調停のやり方', goals: ['family-divorce'], category: 'family', form: 'synonym' },
  { query: '親権を取りたい', goals: ['family-divorce'], category: 'family', form: 'synonym' },
  { query: 'I want a divorce and need legal advice', goals: ['family-divorce'], category: 'family', form: 'en' },
  { query: '離昏したい', goals: ['family-divorce'], category: 'family', form: 'typo' },
  { query: 'ﾘｺﾝｼﾀｲ', goals: ['family-divorce'], category: 'family', form: 'halfwidth' },
];
