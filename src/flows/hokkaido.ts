import type { Flow } from '../engine/flow.js';

/**
 * The bundled decision tree, after 北海道支援情報ナビ: five categories and a sixth for
 * loneliness (人とのつながり・居場所, which the platform exists for), two or three short
 * questions each. Goals are queries over the open data; the only phone numbers here are the
 * crisis lines, referenced by id. Category ids are the contract of the `categories` attribute.
 * Its goals' phrases (what people type) are in hokkaido-phrases.ts, loaded with the search.
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
        { label: { ja: '人とのつながり・居場所', 'ja-easy': 'ひとと つながりたい・いばしょ', en: 'Company and a place to belong' }, next: 'connection' },
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
    },
    'money-living-later': {
      kind: 'goal',
      text: { ja: '暮らしの立て直しを一緒に考えてくれる窓口です。', 'ja-easy': 'これからの くらしを いっしょに かんがえて くれる ところです。', en: 'Places that help you plan how to get by.' },
      query: { terms: ['生活困窮', '自立相談', '生活保護', '家計', '生活福祉資金'] },
    },
    'money-rent': {
      kind: 'goal',
      text: { ja: '家賃の支払いを助ける制度と、住まいの相談先です。', 'ja-easy': 'やちんを たすける せいどと、すまいの そうだんです。', en: 'Help with rent, and housing advice.' },
      query: { terms: ['住居確保給付金', '家賃', '住まい', '居住支援'] },
    },
    'money-debt': {
      kind: 'goal',
      text: { ja: '借金の整理や返し方を、無料で相談できます。', 'ja-easy': 'しゃっきんの ことを ただで そうだん できます。', en: 'Free advice on debts and repayment.' },
      query: { terms: ['借金', '多重債務', '債務', '法テラス', '消費生活', '家計'] },
    },
    'money-tax': {
      kind: 'goal',
      text: { ja: '税金や保険料は、減らしたり待ってもらえたりすることがあります。', 'ja-easy': 'ぜいきんや ほけんりょうは、へらしたり まって もらえたり します。', en: 'Taxes and insurance premiums can sometimes be reduced or postponed.' },
      query: { terms: ['減免', '猶予', '免除', '国民健康保険', '国民年金', '税'], classifications: ['204'] },
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
    },
    'work-search-support': {
      kind: 'goal',
      text: { ja: 'あせらず準備から始められる支援です。', 'ja-easy': 'ゆっくり じゅんびから はじめられます。', en: 'Support that starts at your own pace.' },
      query: { terms: ['就労準備', '就労支援', '職業訓練', 'サポートステーション', '自立相談'] },
    },
    'work-search-jobs': {
      kind: 'goal',
      text: { ja: '仕事を紹介してくれる窓口です。', 'ja-easy': 'しごとを しょうかい して くれる ところです。', en: 'Places that introduce jobs.' },
      query: { terms: ['ハローワーク', '職業紹介', '求職', 'ジョブカフェ', '職業訓練'] },
    },
    'work-lost': {
      kind: 'goal',
      text: { ja: '仕事を失ったときに使える給付や、住まい・生活の支援です。', 'ja-easy': 'しごとが なくなった ときに つかえる せいどです。', en: 'Benefits and help with housing and living costs after losing work.' },
      query: { terms: ['雇用保険', '失業', '離職', '求職者支援', '住居確保給付金', 'ハローワーク'] },
    },
    'work-trouble': {
      kind: 'goal',
      text: { ja: '給料の未払い、ハラスメント、解雇などを相談できます。', 'ja-easy': 'きゅうりょうや いじめの ことを そうだん できます。', en: 'Talk about unpaid wages, harassment or dismissal.' },
      query: { terms: ['労働相談', '労働基準', 'ハラスメント', '労働局'] },
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
    },
    'emergency-kids-meal': {
      kind: 'goal',
      text: { ja: '子どもや家族が安心してご飯を食べられる場所です。', 'ja-easy': 'こどもが ごはんを たべられる ところです。', en: 'Places where children and families can eat.' },
      query: { terms: ['子ども食堂', 'こども食堂', '食事'] },
    },
    'emergency-housing': {
      kind: 'goal',
      text: { ja: '今夜泊まる場所や、住まいを探す支援です。', 'ja-easy': 'こんや とまる ところや、すむ ところを さがす しえんです。', en: 'A place for tonight, and help finding a home.' },
      contacts: ['yorisoi'],
      query: { terms: ['一時生活支援', 'シェルター', '居住支援', '住居確保給付金', '住まい', 'ホームレス'] },
    },
    'emergency-violence': {
      kind: 'goal',
      sensitive: true,
      text: { ja: 'あなたは悪くありません。危険なときはすぐ110番へ。相談は秘密が守られます。', 'ja-easy': 'あなたは わるく ありません。あぶない ときは 110に でんわ して ください。', en: 'It is not your fault. If you are in danger, call 110. Advice is confidential.' },
      contacts: ['police', 'dv', 'child-abuse'],
      query: { terms: ['DV', '配偶者暴力', '暴力', '女性相談', '虐待', '性暴力'] },
    },
    'emergency-suicide': {
      kind: 'goal',
      sensitive: true,
      text: { ja: 'つらい気持ちを話してください。いまの気持ちを聞いてくれる人がいます。', 'ja-easy': 'つらい きもちを はなして ください。きいて くれる ひとが います。', en: 'Please talk to someone. There are people who will listen right now.' },
      contacts: ['inochi', 'yorisoi', 'ambulance'],
      query: { terms: ['自殺', 'いのち', 'こころの電話', '心の健康', '精神保健'] },
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
      sensitive: true,
      text: { ja: '気持ちを聞いてもらえる相談先です。電話だけでなく、面談できる所もあります。', 'ja-easy': 'きもちを きいて もらえる ところです。', en: 'Places that will listen, by phone or in person.' },
      contacts: ['yorisoi', 'inochi'],
      query: { terms: ['こころ', '心の健康', '精神保健', 'メンタル', '孤独', '孤立'] },
    },
    'health-hikikomori': {
      kind: 'goal',
      text: { ja: 'ご本人もご家族も相談できます。', 'ja-easy': 'ほんにんも かぞくも そうだん できます。', en: 'Both the person and their family can ask for help.' },
      query: { terms: ['ひきこもり', '引きこもり', '居場所', 'サポートステーション'] },
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
    },
    'health-disability': {
      kind: 'goal',
      text: { ja: '障がいのある方と家族のための相談・支援です。', 'ja-easy': 'しょうがいの ある ひとと かぞくの ための しえんです。', en: 'Advice and support for disabled people and their families.' },
      query: { terms: ['障がい', '障害', '発達'] },
    },
    'health-addiction': {
      kind: 'goal',
      text: { ja: '依存症は病気です。本人も家族も相談できます。', 'ja-easy': 'いそんしょうは びょうきです。そうだん できます。', en: 'Addiction is an illness. Both you and your family can get help.' },
      query: { terms: ['依存症', 'アルコール', 'ギャンブル', '薬物'] },
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
    },
    'family-single': {
      kind: 'goal',
      text: { ja: 'ひとり親家庭のための手当や相談です。', 'ja-easy': 'ひとりおやの かぞくの ための せいどです。', en: 'Allowances and advice for single-parent families.' },
      query: { terms: ['ひとり親', '母子', '父子', '児童扶養手当', '寡婦'] },
    },
    'family-care': {
      kind: 'goal',
      text: { ja: '介護のことは、地域包括支援センターなどで相談できます。', 'ja-easy': 'かいごの ことを そうだん できる ところです。', en: 'Advice on caring for an older or disabled family member.' },
      query: { terms: ['介護', '地域包括支援センター', '高齢者', 'ヤングケアラー'] },
    },
    'family-abuse': {
      kind: 'goal',
      sensitive: true,
      text: { ja: 'あなたは悪くありません。危険なときはすぐ110番へ。', 'ja-easy': 'あなたは わるく ありません。あぶない ときは 110に でんわ して ください。', en: 'It is not your fault. If you are in danger, call 110.' },
      contacts: ['police', 'dv', 'child-abuse'],
      query: { terms: ['DV', '配偶者暴力', '虐待', '女性相談', '児童相談所'] },
    },
    'family-divorce': {
      kind: 'goal',
      text: { ja: '離婚やお金、子どものことを相談できます。', 'ja-easy': 'りこんの ことを そうだん できます。', en: 'Advice on divorce, money and children.' },
      query: { terms: ['離婚', '法テラス', '法律相談', '養育費', 'ひとり親'] },
    },

    // 居場所 are mostly run by NPOs and volunteers (サービス種別 103); their rows are chosen by
    // their own words, for whom first, then how to meet.
    connection: {
      kind: 'question',
      text: { ja: 'どなたのための、つながりや居場所ですか？', 'ja-easy': 'だれの ための いばしょですか？', en: 'Who is it for?' },
      choices: [
        { label: { ja: '子ども・若者', 'ja-easy': 'こども・わかもの', en: 'Children and young people' }, next: 'connection-young' },
        { label: { ja: '子育て中の方', 'ja-easy': 'こそだて している ひと', en: 'Parents with young children' }, next: 'connection-parent' },
        { label: { ja: '高齢の方', 'ja-easy': 'おとしより', en: 'Older people' }, next: 'connection-older' },
        { label: { ja: 'だれでも', 'ja-easy': 'だれでも', en: 'Anyone' }, next: 'connection-anyone' },
      ],
    },
    'connection-young': {
      kind: 'question',
      text: { ja: '会って過ごしたいですか？ 電話やオンラインがよいですか？', 'ja-easy': 'あいたい？ でんわや インターネットが いい？', en: 'In person, or by phone or online?' },
      choices: [
        { label: { ja: '会って過ごしたい', 'ja-easy': 'あいたい', en: 'In person' }, next: 'connection-young-meet' },
        { label: { ja: '電話・オンライン・SNS', 'ja-easy': 'でんわ・インターネット', en: 'Phone or online' }, next: 'connection-young-remote' },
      ],
    },
    'connection-parent': {
      kind: 'question',
      text: { ja: '会って過ごしたいですか？ 電話やオンラインがよいですか？', 'ja-easy': 'あいたい？ でんわや インターネットが いい？', en: 'In person, or by phone or online?' },
      choices: [
        { label: { ja: '会って過ごしたい', 'ja-easy': 'あいたい', en: 'In person' }, next: 'connection-parent-meet' },
        { label: { ja: '電話・オンライン・SNS', 'ja-easy': 'でんわ・インターネット', en: 'Phone or online' }, next: 'connection-parent-remote' },
      ],
    },
    'connection-older': {
      kind: 'question',
      text: { ja: '会って過ごしたいですか？ 電話やオンラインがよいですか？', 'ja-easy': 'あいたい？ でんわや インターネットが いい？', en: 'In person, or by phone or online?' },
      choices: [
        { label: { ja: '会って過ごしたい', 'ja-easy': 'あいたい', en: 'In person' }, next: 'connection-older-meet' },
        { label: { ja: '電話・オンライン・SNS', 'ja-easy': 'でんわ・インターネット', en: 'Phone or online' }, next: 'connection-older-remote' },
      ],
    },
    'connection-anyone': {
      kind: 'question',
      text: { ja: '会って過ごしたいですか？ 電話やオンラインがよいですか？', 'ja-easy': 'あいたい？ でんわや インターネットが いい？', en: 'In person, or by phone or online?' },
      choices: [
        { label: { ja: '会って過ごしたい', 'ja-easy': 'あいたい', en: 'In person' }, next: 'connection-anyone-meet' },
        { label: { ja: '電話・オンライン・SNS', 'ja-easy': 'でんわ・インターネット', en: 'Phone or online' }, next: 'connection-anyone-remote' },
      ],
    },
    'connection-young-meet': {
      kind: 'goal',
      text: { ja: '子どもや若者が気軽に立ち寄れる居場所です。', 'ja-easy': 'こどもや わかものの いばしょです。', en: 'Places for young people to drop in.' },
      contacts: ['yorisoi'],
      query: { terms: ['若者', 'ユース', '子ども食堂', 'こども食堂', 'たまり場', '居場所'], serviceTypes: ['103'] },
    },
    'connection-young-remote': {
      kind: 'goal',
      text: { ja: '電話やオンライン、SNSでつながれる場所です。', 'ja-easy': 'でんわや インターネットで つながれます。', en: 'Connect by phone or online.' },
      contacts: ['yorisoi'],
      query: { terms: ['オンライン', 'SNS', 'チャット', 'ピアサポート'], serviceTypes: ['103'] },
    },
    'connection-parent-meet': {
      kind: 'goal',
      text: { ja: '親子で過ごせる場所や、子育て中の人どうしの交流の場です。', 'ja-easy': 'おやこで いける ところです。', en: 'Places for parents and children.' },
      contacts: ['yorisoi'],
      query: { terms: ['子育てひろば', '親子', '子育て', '子ども食堂', 'こども食堂'], serviceTypes: ['103'] },
    },
    'connection-parent-remote': {
      kind: 'goal',
      text: { ja: '子育ての気持ちを電話やオンラインで話せる場所です。', 'ja-easy': 'でんわや インターネットで はなせます。', en: 'Talk about parenting by phone or online.' },
      contacts: ['yorisoi'],
      query: { terms: ['オンライン', 'SNS', 'チャット', '傾聴'], serviceTypes: ['103'] },
    },
    'connection-older-meet': {
      kind: 'goal',
      text: { ja: 'お茶を飲みながら話せるサロンや、地域の交流の場です。', 'ja-easy': 'おちゃを のみながら はなせる ところです。', en: 'Salons and local meeting places.' },
      contacts: ['yorisoi'],
      query: { terms: ['サロン', '高齢', 'シニア', '老人'], serviceTypes: ['103'] },
    },
    'connection-older-remote': {
      kind: 'goal',
      text: { ja: '電話で話し相手になってくれる所です。', 'ja-easy': 'でんわで はなせます。', en: 'Someone to talk to by phone.' },
      contacts: ['yorisoi'],
      query: { terms: ['話し相手', '傾聴', '電話'], serviceTypes: ['103'] },
    },
    'connection-anyone-meet': {
      kind: 'goal',
      text: { ja: 'だれでも行ける居場所や、同じ思いの人と話せる集まりです。', 'ja-easy': 'だれでも いける いばしょです。', en: 'Places anyone can go.' },
      contacts: ['yorisoi'],
      query: { terms: ['居場所', 'たまり場', 'サロン', '交流', 'ピアサポート', '子ども食堂', 'こども食堂'], serviceTypes: ['103'] },
    },
    'connection-anyone-remote': {
      kind: 'goal',
      // It offers いのちの電話 to people who are lonely: which node they reached stays on the page.
      sensitive: true,
      text: { ja: '寂しいとき、電話やオンラインで話せる場所です。', 'ja-easy': 'でんわや インターネットで はなせます。', en: 'Someone to talk to when you feel lonely.' },
      contacts: ['yorisoi', 'inochi'],
      query: { terms: ['話し相手', '傾聴', 'オンライン', 'SNS', 'チャット', 'ピアサポート', '孤独', '孤立'], serviceTypes: ['103'] },
    },
  },
} as const satisfies Flow;
