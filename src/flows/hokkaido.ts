import type { Flow } from '../engine/flow.js';

/**
 * The bundled decision tree, after 北海道支援情報ナビ: five categories, two or three short
 * questions each. Goals are queries over the open data; the only phone numbers here are the
 * crisis lines, referenced by id. Category ids are the contract of the `categories` attribute.
 * Every goal carries `phrases`: how people in these situations say it when they type (plain,
 * spoken, kana only, やさしい日本語, short English), for the search box.
 */
export const HOKKAIDO_FLOW = {
  version: 1,
  id: 'hokkaido',
  start: 'root',
  nodes: {
    root: {
      kind: 'question',
      text: { ja: 'どんなことでお困りですか？', 'ja-easy': 'どんなことで こまって いますか？', en: 'What are you struggling with?' },
      choices: [
        { label: { ja: 'お金のこと', 'ja-easy': 'おかねの こと', en: 'Money' }, next: 'money' },
        { label: { ja: '仕事のこと', 'ja-easy': 'しごとの こと', en: 'Work' }, next: 'work' },
        { label: { ja: '緊急の困りごと', 'ja-easy': 'いま すぐ たすけが ほしい', en: 'Urgent help' }, next: 'emergency' },
        { label: { ja: '心とからだの悩み', 'ja-easy': 'こころと からだの こと', en: 'Mind and body' }, next: 'health' },
        { label: { ja: '家族関係のこと', 'ja-easy': 'かぞくの こと', en: 'Family' }, next: 'family' },
      ],
    },

    money: {
      kind: 'question',
      text: { ja: 'お金のことで、いちばん近いものを選んでください。', 'ja-easy': 'いちばん ちかいものを えらんで ください。', en: 'Which is closest to your situation?' },
      choices: [
        { label: { ja: '生活費が足りない', 'ja-easy': 'くらす おかねが たりない', en: 'Not enough money to live on' }, next: 'money-living' },
        { label: { ja: '家賃が払えない', 'ja-easy': 'やちんが はらえない', en: 'Cannot pay the rent' }, next: 'money-rent' },
        { label: { ja: '借金がある', 'ja-easy': 'しゃっきんが ある', en: 'Debts' }, next: 'money-debt' },
        { label: { ja: '税金や保険料が払えない', 'ja-easy': 'ぜいきんや ほけんりょうが はらえない', en: 'Cannot pay taxes or insurance' }, next: 'money-tax' },
      ],
    },
    'money-living': {
      kind: 'question',
      text: { ja: 'いつまでにお金が必要ですか？', 'ja-easy': 'いつまでに おかねが ひつようですか？', en: 'When do you need the money?' },
      choices: [
        { label: { ja: 'すぐに必要', 'ja-easy': 'すぐに ひつよう', en: 'Right away' }, next: 'money-living-now' },
        { label: { ja: 'これからの生活が心配', 'ja-easy': 'これからの くらしが しんぱい', en: 'I worry about the months ahead' }, next: 'money-living-later' },
      ],
    },
    'money-living-now': {
      kind: 'goal',
      text: { ja: 'すぐに使えるお金の貸付や、相談できる窓口です。', 'ja-easy': 'おかねを かりる ことが できる ところと、そうだんする ところです。', en: 'Emergency loans and places to talk to.' },
      query: { terms: ['緊急小口資金', '生活福祉資金', '生活困窮', '自立相談', 'フードバンク'], classifications: ['203', '401', '202'] },
      phrases: {
        ja: ['お金がない', '今すぐお金が必要', '手持ちのお金がない', '所持金がない', '財布が空っぽ', '今日のお金もない', '明日の生活費がない', '給料日まで持たない', '生活費が足りない', '生活費が底をついた', '貯金がない', '貯金が尽きた', 'お金を借りたい', 'お金を貸してほしい', '緊急でお金がいる', '金欠', '一文無し', '電気やガスを止められた', '電気代が払えない'],
        'ja-easy': ['おかねが ない', 'すぐ おかねが いる', 'おかねを かりたい', 'でんきが とまった'],
        en: ['no money', 'need money now', 'emergency loan', 'out of cash', 'broke'],
      },
    },
    'money-living-later': {
      kind: 'goal',
      text: { ja: '暮らしの立て直しを一緒に考えてくれる窓口です。', 'ja-easy': 'これからの くらしを いっしょに かんがえて くれる ところです。', en: 'Places that help you plan how to get by.' },
      query: { terms: ['生活困窮', '自立相談', '生活保護', '家計', '生活福祉資金'] },
      phrases: {
        ja: ['生活が苦しい', '暮らしが苦しい', '生活が成り立たない', '収入が減った', '収入がない', '給料が少ない', '年金だけでは暮らせない', '生活保護を受けたい', '生活保護の相談', 'これからの生活が不安', '将来のお金が心配', '家計が赤字', 'やりくりができない', '生活を立て直したい', '貧困', '困窮している', '食費を削っている'],
        'ja-easy': ['くらしが くるしい', 'くらす おかねが たりない', 'これからの くらしが しんぱい', 'せいかつほご'],
        en: ['hard to make ends meet', 'low income', 'welfare', 'living costs', 'worried about money'],
      },
    },
    'money-rent': {
      kind: 'goal',
      text: { ja: '家賃の支払いを助ける制度と、住まいの相談先です。', 'ja-easy': 'やちんを たすける せいどと、すまいの そうだんです。', en: 'Help with rent, and housing advice.' },
      query: { terms: ['住居確保給付金', '家賃', '住まい', '居住支援'] },
      phrases: {
        ja: ['家賃が払えない', '家賃を払えない', '家賃が高い', '家賃を滞納している', '家賃の滞納', '家賃を待ってほしい', '家賃が遅れている', '家賃の支払いが苦しい', '家賃補助', '住居確保給付金', '大家さんに出ていけと言われた', '立ち退きを迫られている', '更新料が払えない', '住宅ローンが払えない', '家賃をためてしまった'],
        'ja-easy': ['やちんが はらえない', 'やちんが たかい', 'いえの おかねが はらえない'],
        en: ['cannot pay rent', 'rent arrears', 'help with rent'],
      },
    },
    'money-debt': {
      kind: 'goal',
      text: { ja: '借金の整理や返し方を、無料で相談できます。', 'ja-easy': 'しゃっきんの ことを ただで そうだん できます。', en: 'Free advice on debts and repayment.' },
      query: { terms: ['借金', '多重債務', '債務', '法テラス', '消費生活', '家計'] },
      phrases: {
        ja: ['借金がある', '借金が返せない', '借金の返済が苦しい', '借金が膨らんだ', '多重債務', '借金地獄', '借金取り', '督促がくる', '取り立てが怖い', 'カードローン', 'キャッシング', '消費者金融', 'サラ金', 'リボ払いが終わらない', '闇金', 'ローンが返せない', '自己破産', '債務整理', '詐欺にあった', '契約トラブル'],
        'ja-easy': ['しゃっきんが ある', 'しゃっきんが かえせない', 'かりた おかねが かえせない'],
        en: ['debt', 'loans', 'cannot repay', 'bankruptcy', 'loan shark'],
      },
    },
    'money-tax': {
      kind: 'goal',
      text: { ja: '税金や保険料は、減らしたり待ってもらえたりすることがあります。', 'ja-easy': 'ぜいきんや ほけんりょうは、へらしたり まって もらえたり します。', en: 'Taxes and insurance premiums can sometimes be reduced or postponed.' },
      query: { terms: ['減免', '猶予', '免除', '国民健康保険', '国民年金', '税'], classifications: ['204'] },
      phrases: {
        ja: ['税金が払えない', '税金を滞納している', '住民税が払えない', '固定資産税が払えない', '国保が払えない', '国民健康保険料が高い', '保険料が払えない', '年金が払えない', '年金保険料の免除', '税金を待ってほしい', '税金を減らしてほしい', '減免', '納付猶予', '督促状が届いた', '差し押さえ'],
        'ja-easy': ['ぜいきんが はらえない', 'ほけんりょうが はらえない', 'ねんきんが はらえない'],
        en: ['cannot pay taxes', 'tax', 'health insurance premium', 'pension premium'],
      },
    },

    work: {
      kind: 'question',
      text: { ja: '仕事のことで、いちばん近いものを選んでください。', 'ja-easy': 'いちばん ちかいものを えらんで ください。', en: 'Which is closest to your situation?' },
      choices: [
        { label: { ja: '仕事を探している', 'ja-easy': 'しごとを さがして いる', en: 'Looking for work' }, next: 'work-search' },
        { label: { ja: '仕事を失った', 'ja-easy': 'しごとが なくなった', en: 'Lost my job' }, next: 'work-lost' },
        { label: { ja: '職場の悩み（給料・ハラスメントなど）', 'ja-easy': 'しょくばの なやみ', en: 'Problems at work (pay, harassment)' }, next: 'work-trouble' },
      ],
    },
    'work-search': {
      kind: 'question',
      text: { ja: 'あてはまるものはありますか？', 'ja-easy': 'あてはまる ものは ありますか？', en: 'Does any of these fit you?' },
      choices: [
        { label: { ja: '若い人向けの支援を知りたい', 'ja-easy': 'わかい ひとの ための しえん', en: 'Support for young people' }, next: 'work-search-young' },
        { label: { ja: '働くのが久しぶり・不安がある', 'ja-easy': 'はたらくのが しんぱい', en: 'Returning to work, or anxious about it' }, next: 'work-search-support' },
        { label: { ja: 'とにかく仕事を探したい', 'ja-easy': 'しごとを さがしたい', en: 'Just find me a job' }, next: 'work-search-jobs' },
      ],
    },
    'work-search-young': {
      kind: 'goal',
      text: { ja: '若い人の仕事探しを手伝う窓口です。', 'ja-easy': 'わかい ひとの しごと さがしを てつだう ところです。', en: 'Job help for young people.' },
      query: { terms: ['若者', 'サポートステーション', 'ジョブカフェ', 'ひきこもり'] },
      phrases: {
        ja: ['若者の仕事探し', '若者の就職', '若いけど仕事がない', '20代で無職', '30代で無職', '学校を卒業してから働いていない', '中退して仕事がない', 'ニート', '働いたことがない', '就活がうまくいかない', '就職活動', '新卒で就職できなかった', 'サポステ', 'ジョブカフェ'],
        'ja-easy': ['わかい ひとの しごと', 'はたらいた ことが ない'],
        en: ['young people', 'youth employment', 'NEET', 'first job'],
      },
    },
    'work-search-support': {
      kind: 'goal',
      text: { ja: 'あせらず準備から始められる支援です。', 'ja-easy': 'ゆっくり じゅんびから はじめられます。', en: 'Support that starts at your own pace.' },
      query: { terms: ['就労準備', '就労支援', '職業訓練', 'サポートステーション', '自立相談'] },
      phrases: {
        ja: ['働くのが不安', '働くのが怖い', '働く自信がない', '久しぶりに働きたい', 'ブランクがある', '長く働いていない', '人と話すのが苦手', '体調に合わせて働きたい', '少しずつ働きたい', '就労支援', '就労準備', '職業訓練を受けたい', '資格を取りたい', '仕事が続かない', '面接が怖い'],
        'ja-easy': ['はたらくのが しんぱい', 'はたらくのが こわい', 'すこしずつ はたらきたい'],
        en: ['anxious about working', 'returning to work', 'job training', 'work at my own pace'],
      },
    },
    'work-search-jobs': {
      kind: 'goal',
      text: { ja: '仕事を紹介してくれる窓口です。', 'ja-easy': 'しごとを しょうかい して くれる ところです。', en: 'Places that introduce jobs.' },
      query: { terms: ['ハローワーク', '職業紹介', '求職', 'ジョブカフェ', '職業訓練'] },
      phrases: {
        ja: ['仕事を探している', '仕事を探したい', '仕事が見つからない', '仕事がない', '働きたい', '働き口がない', '求人を探している', '仕事を紹介してほしい', '就職したい', '転職したい', 'アルバイトを探している', 'バイトがない', 'パートを探している', 'ハローワーク', '無職'],
        'ja-easy': ['しごとを さがしたい', 'しごとが ほしい', 'はたらきたい'],
        en: ['looking for work', 'find a job', 'job search', 'jobs', 'unemployed'],
      },
    },
    'work-lost': {
      kind: 'goal',
      text: { ja: '仕事を失ったときに使える給付や、住まい・生活の支援です。', 'ja-easy': 'しごとが なくなった ときに つかえる せいどです。', en: 'Benefits and help with housing and living costs after losing work.' },
      query: { terms: ['雇用保険', '失業', '離職', '求職者支援', '住居確保給付金', 'ハローワーク'] },
      phrases: {
        ja: ['仕事を失った', '仕事をクビになった', 'クビになった', '首になった', '解雇された', '失業した', '失業中', '仕事を辞めた', '会社を辞めた', '退職した', '離職した', '会社が倒産した', '雇い止め', '契約を切られた', '派遣切り', 'リストラされた', 'シフトを減らされた', '失業手当', '失業保険', '雇用保険をもらいたい', '収入がなくなった'],
        'ja-easy': ['しごとが なくなった', 'しごとを やめさせられた', 'くびに なった'],
        en: ['lost my job', 'fired', 'laid off', 'unemployment benefit'],
      },
    },
    'work-trouble': {
      kind: 'goal',
      text: { ja: '給料の未払い、ハラスメント、解雇などを相談できます。', 'ja-easy': 'きゅうりょうや いじめの ことを そうだん できます。', en: 'Talk about unpaid wages, harassment or dismissal.' },
      query: { terms: ['労働相談', '労働基準', 'ハラスメント', '労働局'] },
      phrases: {
        ja: ['給料が払われない', '給料未払い', '給料が出ない', '残業代が出ない', '残業代未払い', 'パワハラ', 'セクハラ', 'マタハラ', '上司に怒鳴られる', '職場でいじめ', '職場の人間関係', '不当解雇', '辞めさせてもらえない', '退職させてくれない', 'ブラック企業', '長時間労働', '休みがもらえない', '有給がとれない', '労働条件がおかしい', '労災'],
        'ja-easy': ['きゅうりょうが もらえない', 'しょくばで いじめられる', 'しごとを やめられない'],
        en: ['unpaid wages', 'harassment at work', 'workplace bullying', 'unfair dismissal', 'unpaid overtime'],
      },
    },

    emergency: {
      kind: 'question',
      text: { ja: '命や体に危険があるときは、すぐに電話してください。いま、どんなことに困っていますか？', 'ja-easy': 'いのちが あぶない ときは すぐに でんわ して ください。いま なにに こまって いますか？', en: 'If your life or safety is in danger, call now. What do you need help with?' },
      contacts: ['police', 'ambulance', 'yorisoi'],
      choices: [
        { label: { ja: '食べるものがない', 'ja-easy': 'たべるものが ない', en: 'I have no food' }, next: 'emergency-food' },
        { label: { ja: '住むところがない', 'ja-easy': 'すむ ところが ない', en: 'I have nowhere to live' }, next: 'emergency-housing' },
        { label: { ja: '暴力を受けている', 'ja-easy': 'ぼうりょくを うけて いる', en: 'Someone is hurting me' }, next: 'emergency-violence' },
        { label: { ja: '死にたいほどつらい', 'ja-easy': 'しにたいほど つらい', en: 'I feel like dying' }, next: 'emergency-suicide' },
      ],
    },
    'emergency-food': {
      kind: 'question',
      text: { ja: '食べるものを届けてくれる所や、相談できる所があります。どれがよいですか？', 'ja-easy': 'たべものを もらえる ところが あります。どれが いいですか？', en: 'There are places that provide food. Which would you like?' },
      choices: [
        { label: { ja: 'フードバンクを利用したい', 'ja-easy': 'フードバンクを つかいたい', en: 'Use a food bank' }, next: 'emergency-foodbank' },
        { label: { ja: '子ども食堂を探したい', 'ja-easy': 'こども しょくどうを さがしたい', en: "Find a children's cafeteria" }, next: 'emergency-kids-meal' },
        { label: { ja: 'お金のことも相談したい', 'ja-easy': 'おかねの ことも そうだん したい', en: 'Also talk about money' }, next: 'money-living-now' },
      ],
    },
    'emergency-foodbank': {
      kind: 'goal',
      text: { ja: '食料を無料で受け取れるフードバンクです。申し込み方法は各窓口で確認してください。', 'ja-easy': 'たべものを ただで もらえる ところです。', en: 'Food banks give food for free. Ask each one how to apply.' },
      query: { terms: ['フードバンク', '食料支援', '食糧支援', '緊急食料'] },
      phrases: {
        ja: ['食べ物がない', '食べるものがない', '食料がない', 'ご飯がない', 'ごはんが食べられない', '何も食べていない', '何日も食べてない', 'お腹がすいた', '空腹', '米がない', '食べ物が買えない', '食費がない', '食料がほしい', '食料支援', '食品を受け取りたい', 'フードバンク', '冷蔵庫が空っぽ'],
        'ja-easy': ['たべものが ない', 'ごはんが ない', 'おなかが すいた', 'たべものが ほしい'],
        en: ['no food', 'hungry', 'food bank', 'need food'],
      },
    },
    'emergency-kids-meal': {
      kind: 'goal',
      text: { ja: '子どもや家族が安心してご飯を食べられる場所です。', 'ja-easy': 'こどもが ごはんを たべられる ところです。', en: 'Places where children and families can eat.' },
      query: { terms: ['子ども食堂', 'こども食堂', '食事'] },
      phrases: {
        ja: ['子ども食堂', 'こども食堂', '子どもにご飯を食べさせたい', '子どもの食事', '子どもがお腹をすかせている', '子どもの居場所', '親子で食事'],
        'ja-easy': ['こどもの ごはん', 'こども しょくどう'],
        en: ["children's cafeteria", 'kids meals', 'food for my children'],
      },
    },
    'emergency-housing': {
      kind: 'goal',
      text: { ja: '今夜泊まる場所や、住まいを探す支援です。', 'ja-easy': 'こんや とまる ところや、すむ ところを さがす しえんです。', en: 'A place for tonight, and help finding a home.' },
      contacts: ['yorisoi'],
      query: { terms: ['一時生活支援', 'シェルター', '居住支援', '住居確保給付金', '住まい', 'ホームレス'] },
      phrases: {
        ja: ['住むところがない', '住む場所がない', '家がない', '今夜泊まるところがない', '寝る場所がない', '泊まるところ', '野宿', '路上生活', 'ホームレス', 'ネットカフェ暮らし', '車で寝ている', '家を追い出された', '退去させられた', '住まいを失った', 'アパートを追い出される', 'シェルター'],
        'ja-easy': ['すむ ところが ない', 'ねる ところが ない', 'いえが ない'],
        en: ['homeless', 'nowhere to live', 'nowhere to sleep tonight', 'shelter', 'evicted'],
      },
    },
    'emergency-violence': {
      kind: 'goal',
      sensitive: true,
      text: { ja: 'あなたは悪くありません。危険なときはすぐ110番へ。相談は秘密が守られます。', 'ja-easy': 'あなたは わるく ありません。あぶない ときは 110に でんわ して ください。', en: 'It is not your fault. If you are in danger, call 110. Advice is confidential.' },
      contacts: ['police', 'dv', 'child-abuse'],
      query: { terms: ['DV', '配偶者暴力', '暴力', '女性相談', '虐待', '性暴力'] },
      phrases: {
        ja: ['暴力を受けている', '暴力をふるわれる', '殴られる', '蹴られる', '叩かれる', '首を絞められた', '夫が怖い', '妻が怖い', '恋人からの暴力', '彼氏に殴られる', 'DV', 'DVを受けている', 'ドメスティックバイオレンス', '家に帰るのが怖い', '逃げたい', '脅されている', 'ストーカー', '性暴力', '性被害'],
        'ja-easy': ['ぼうりょくを うけて いる', 'なぐられる', 'たたかれる', 'こわい ひとから にげたい'],
        en: ['someone is hurting me', 'domestic violence', 'I am being hit', 'stalker'],
      },
    },
    'emergency-suicide': {
      kind: 'goal',
      text: { ja: 'つらい気持ちを話してください。いまの気持ちを聞いてくれる人がいます。', 'ja-easy': 'つらい きもちを はなして ください。きいて くれる ひとが います。', en: 'Please talk to someone. There are people who will listen right now.' },
      contacts: ['inochi', 'yorisoi', 'ambulance'],
      query: { terms: ['自殺', 'いのち', 'こころの電話', '心の健康', '精神保健'] },
      phrases: {
        ja: ['死にたい', '消えたい', '自殺したい', '生きていたくない', '生きるのがつらい', '生きる意味がない', '死にたいほどつらい', 'いなくなりたい', '楽になりたい', 'もう限界', '自分を傷つけてしまう', 'リストカット'],
        'ja-easy': ['しにたい', 'きえたい', 'いきるのが つらい'],
        en: ['I want to die', 'suicidal', 'kill myself', 'self harm'],
      },
    },

    health: {
      kind: 'question',
      text: { ja: '心やからだのことで、いちばん近いものを選んでください。', 'ja-easy': 'いちばん ちかいものを えらんで ください。', en: 'Which is closest to your situation?' },
      choices: [
        { label: { ja: '気持ちがつらい', 'ja-easy': 'きもちが つらい', en: 'I feel low' }, next: 'health-mind' },
        { label: { ja: 'ひきこもり', 'ja-easy': 'いえから でられない', en: 'Social withdrawal (hikikomori)' }, next: 'health-hikikomori' },
        { label: { ja: '病気や障がい', 'ja-easy': 'びょうきや しょうがい', en: 'Illness or disability' }, next: 'health-illness' },
        { label: { ja: 'お酒・ギャンブルなどがやめられない', 'ja-easy': 'おさけや ギャンブルが やめられない', en: 'Alcohol, gambling or other addiction' }, next: 'health-addiction' },
      ],
    },
    'health-mind': {
      kind: 'goal',
      text: { ja: '気持ちを聞いてもらえる相談先です。電話だけでなく、面談できる所もあります。', 'ja-easy': 'きもちを きいて もらえる ところです。', en: 'Places that will listen, by phone or in person.' },
      contacts: ['yorisoi', 'inochi'],
      query: { terms: ['こころ', '心の健康', '精神保健', 'メンタル', '孤独', '孤立'] },
      phrases: {
        ja: ['気持ちがつらい', '心がつらい', '眠れない', '不眠', '不安でたまらない', '気分が落ち込む', '憂うつ', 'うつ', 'うつ病かもしれない', '心が疲れた', '誰にも相談できない', '相談する人がいない', '話を聞いてほしい', '孤独', '孤立', 'さみしい', '寂しい', 'ひとりぼっち', '話し相手がいない', 'イライラする', 'パニックになる', '心の病気'],
        'ja-easy': ['こころが つらい', 'ねむれない', 'ふあん', 'さびしい', 'はなしを きいて ほしい'],
        en: ['I feel low', "can't sleep", 'anxiety', 'depression', 'lonely', 'need someone to talk to'],
      },
    },
    'health-hikikomori': {
      kind: 'goal',
      text: { ja: 'ご本人もご家族も相談できます。', 'ja-easy': 'ほんにんも かぞくも そうだん できます。', en: 'Both the person and their family can ask for help.' },
      query: { terms: ['ひきこもり', '引きこもり', '居場所', 'サポートステーション'] },
      phrases: {
        ja: ['ひきこもり', '引きこもり', '引きこもっている', '家から出られない', '外に出られない', '部屋から出てこない', '子どもが引きこもっている', '息子がひきこもり', '娘が部屋から出ない', '何年も家にいる', '社会に出るのが怖い', '不登校', '人に会うのが怖い', '居場所がない', '8050問題'],
        'ja-easy': ['いえから でられない', 'そとに でられない', 'ひきこもって いる'],
        en: ['hikikomori', 'social withdrawal', "can't leave the house", 'shut-in'],
      },
    },
    'health-illness': {
      kind: 'question',
      text: { ja: 'どちらのことですか？', 'ja-easy': 'どちらの ことですか？', en: 'Which one?' },
      choices: [
        { label: { ja: '病気や医療費のこと', 'ja-easy': 'びょうきや いりょうひ', en: 'Illness or medical costs' }, next: 'health-medical' },
        { label: { ja: '障がいのこと', 'ja-easy': 'しょうがいの こと', en: 'Disability' }, next: 'health-disability' },
      ],
    },
    'health-medical': {
      kind: 'goal',
      text: { ja: '医療費の助成や、病気の相談ができる所です。', 'ja-easy': 'びょういんの おかねを たすける せいど などです。', en: 'Help with medical costs and health advice.' },
      query: { terms: ['医療費', '難病', '無料低額診療', '医療', '保健所'] },
      phrases: {
        ja: ['医療費が払えない', '病院に行くお金がない', '病院代がない', '治療費が高い', '薬代が払えない', '保険証がない', '病気で働けない', '病気がつらい', '入院費', '難病', '持病がある', '体調が悪い', 'けがをした', '歯が痛い', '無料で診てもらえる病院'],
        'ja-easy': ['びょういんの おかねが ない', 'びょうきで はたらけない', 'びょうきが しんぱい'],
        en: ['medical bills', "can't afford a doctor", 'illness', 'no health insurance'],
      },
    },
    'health-disability': {
      kind: 'goal',
      text: { ja: '障がいのある方と家族のための相談・支援です。', 'ja-easy': 'しょうがいの ある ひとと かぞくの ための しえんです。', en: 'Advice and support for disabled people and their families.' },
      query: { terms: ['障がい', '障害', '発達'] },
      phrases: {
        ja: ['障害がある', '障がいがある', '障碍', '障害者手帳', '障がい者の相談', '障害年金', '発達障害', '知的障害', '精神障害', '身体障害', '子どもの発達が気になる', '発達が遅い', '車いす', '目が見えない', '耳が聞こえない', '障害福祉サービス'],
        'ja-easy': ['しょうがいが ある', 'しょうがいの そうだん'],
        en: ['disability', 'disabled', 'developmental disorder', 'disability certificate'],
      },
    },
    'health-addiction': {
      kind: 'goal',
      text: { ja: '依存症は病気です。本人も家族も相談できます。', 'ja-easy': 'いそんしょうは びょうきです。そうだん できます。', en: 'Addiction is an illness. Both you and your family can get help.' },
      query: { terms: ['依存症', 'アルコール', 'ギャンブル', '薬物'] },
      phrases: {
        ja: ['お酒がやめられない', '酒がやめられない', 'アルコール依存症', 'アル中', '飲みすぎてしまう', 'ギャンブルがやめられない', 'パチンコがやめられない', '競馬', 'ギャンブル依存', '薬物', '薬がやめられない', '依存症', '家族の酒癖', '家族がギャンブルで借金', 'ゲーム依存', '買い物依存'],
        'ja-easy': ['おさけが やめられない', 'ギャンブルが やめられない'],
        en: ['alcohol', 'drinking problem', 'gambling', 'addiction', 'drugs'],
      },
    },

    family: {
      kind: 'question',
      text: { ja: '家族のことで、いちばん近いものを選んでください。', 'ja-easy': 'いちばん ちかいものを えらんで ください。', en: 'Which is closest to your situation?' },
      choices: [
        { label: { ja: '子育て', 'ja-easy': 'こそだて', en: 'Raising children' }, next: 'family-childcare' },
        { label: { ja: 'ひとり親', 'ja-easy': 'ひとりおや', en: 'Single parent' }, next: 'family-single' },
        { label: { ja: '介護', 'ja-easy': 'かいご', en: 'Caring for someone' }, next: 'family-care' },
        { label: { ja: 'DV・虐待', 'ja-easy': 'ぼうりょく・ぎゃくたい', en: 'Domestic violence or abuse' }, next: 'family-abuse' },
        { label: { ja: '離婚', 'ja-easy': 'りこん', en: 'Divorce' }, next: 'family-divorce' },
      ],
    },
    'family-childcare': {
      kind: 'goal',
      text: { ja: '子育ての悩みや費用を相談できる所です。', 'ja-easy': 'こそだての なやみを そうだん できます。', en: 'Help with parenting worries and costs.' },
      query: { terms: ['子育て', '育児', '児童', '子ども', 'こども'] },
      phrases: {
        ja: ['子育てがつらい', '子育てに疲れた', '育児に疲れた', '育児ノイローゼ', '子どもの育て方がわからない', '子どもが言うことを聞かない', '赤ちゃんが泣きやまない', '子育ての悩み', '妊娠した', '予期しない妊娠', '出産費用', '保育園に入れない', '子どもの手当', '児童手当', '子育てのお金', '学費が払えない', '給食費が払えない'],
        'ja-easy': ['こそだてが たいへん', 'こそだてに つかれた', 'こどもの そだてかたが わからない'],
        en: ['parenting', 'childcare', "baby won't stop crying", 'pregnant', 'child allowance'],
      },
    },
    'family-single': {
      kind: 'goal',
      text: { ja: 'ひとり親家庭のための手当や相談です。', 'ja-easy': 'ひとりおやの かぞくの ための せいどです。', en: 'Allowances and advice for single-parent families.' },
      query: { terms: ['ひとり親', '母子', '父子', '児童扶養手当', '寡婦'] },
      phrases: {
        ja: ['ひとり親', '一人親', 'ひとり親家庭', '母子家庭', '父子家庭', 'シングルマザー', 'シングルファザー', 'シンママ', 'シンパパ', '児童扶養手当', '母子手当', 'ひとりで子どもを育てている', '夫と別れて子育て'],
        'ja-easy': ['ひとりおや', 'おかあさん ひとりで こそだて'],
        en: ['single parent', 'single mother', 'single father'],
      },
    },
    'family-care': {
      kind: 'goal',
      text: { ja: '介護のことは、地域包括支援センターなどで相談できます。', 'ja-easy': 'かいごの ことを そうだん できる ところです。', en: 'Advice on caring for an older or disabled family member.' },
      query: { terms: ['介護', '地域包括支援センター', '高齢者', 'ヤングケアラー'] },
      phrases: {
        ja: ['介護がつらい', '介護に疲れた', '介護疲れ', '親の介護', '親が認知症', '認知症', '寝たきり', '介護保険', '介護サービス', 'デイサービス', '施設に入れたい', '老老介護', 'ヤングケアラー', '家族の世話をしている', '親の面倒を見ている', '高齢の親が心配', '一人暮らしの親'],
        'ja-easy': ['かいごが たいへん', 'かいごに つかれた', 'おやの せわ'],
        en: ['caring for a parent', 'dementia', 'elderly care', 'young carer'],
      },
    },
    'family-abuse': {
      kind: 'goal',
      sensitive: true,
      text: { ja: 'あなたは悪くありません。危険なときはすぐ110番へ。', 'ja-easy': 'あなたは わるく ありません。あぶない ときは 110に でんわ して ください。', en: 'It is not your fault. If you are in danger, call 110.' },
      contacts: ['police', 'dv', 'child-abuse'],
      query: { terms: ['DV', '配偶者暴力', '虐待', '女性相談', '児童相談所'] },
      phrases: {
        ja: ['虐待', '子どもを虐待してしまう', '子どもを叩いてしまう', '子どもに手をあげてしまう', '子どもに怒鳴ってしまう', '虐待されている', '親に殴られる', '親から暴力', '親が怖い', '家に帰りたくない', '虐待を見た', '近所で子どもが泣いている', '虐待の通報', 'ネグレクト', '育児放棄', '高齢者虐待'],
        'ja-easy': ['ぎゃくたい', 'おやに たたかれる', 'こどもを たたいて しまう'],
        en: ['child abuse', 'abuse', 'neglect', 'my parents hit me'],
      },
    },
    'family-divorce': {
      kind: 'goal',
      text: { ja: '離婚やお金、子どものことを相談できます。', 'ja-easy': 'りこんの ことを そうだん できます。', en: 'Advice on divorce, money and children.' },
      query: { terms: ['離婚', '法テラス', '法律相談', '養育費', 'ひとり親'] },
      phrases: {
        ja: ['離婚したい', '離婚を考えている', '離婚の相談', '離婚の手続き', '養育費がもらえない', '養育費を払ってもらえない', '親権', '面会交流', '慰謝料', '別居したい', '夫と別れたい', '妻と別れたい', '夫婦げんか', '夫婦関係'],
        'ja-easy': ['りこんしたい', 'りこんの そうだん', 'よういくひが もらえない'],
        en: ['divorce', 'child support', 'separation', 'custody'],
      },
    },
  },
} as const satisfies Flow;
