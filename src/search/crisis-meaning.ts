import { lastAnswer } from '../data/remembered.js';
import type { CrisisLineId } from '../flows/crisis-lines.js';
import { crisisLinesFor, crisisLinesInKana, foldCry, KANA_STEM, kanaStems, stems, type Stem } from './crisis.js';
import { hearCry, type ActKind } from './crisis-model.js';
import { withoutFiguresOfSpeech } from './figures-of-speech.js';
import { foldText } from './normalize.js';
import { toReading } from './reading.js';

/**
 * The second stage of hearing a cry, loaded with the search: what crisis.ts (main bundle, stems
 * and a few combinations) cannot hear, added to what it hears, never taken from it.
 *
 * - By reading: a cry typed with the wrong kanji of the same sound (an IME's first guess) or one
 *   kana short is compared in kana. Short readings collide with ordinary words, so they count
 *   only where a kanji word starts.
 * - By meaning: classes of words that only together say an act the stems cannot carry
 *   (preparations for suicide, self-injury named concretely, sexual violence described, a parent
 *   who cannot stop hitting a child, violence told by what a partner or parent did, a person of
 *   power or kin intruding, affairs settled with an end in sight), within one sentence.
 * - Order: a person's name ending in し before にた (かれしにたたかれる) is not 死にたい; the act
 *   that person did leads.
 */

const KIND_LINES = {
  // A child who swallowed something harmful: an ambulance, not a line to talk; first, as the most urgent.
  swallowed: ['ambulance'],
  suicide: ['inochi', 'yorisoi'],
  harm: ['inochi', 'yorisoi', 'ambulance'],
  ownChild: ['child-abuse'],
  abuse: ['child-abuse', 'police'],
  violence: ['police', 'dv'],
  sexual: ['police', 'yorisoi'],
} as const satisfies Record<string, readonly CrisisLineId[]>;

type Kind = keyof typeof KIND_LINES;

/**
 * The sound of each kanji in the cries below, and of the kanji an IME offers first for that
 * sound: one reading each, the cry's. A kanji not here is read by reading.ts.
 */
const SOUNDS =
  'し死市氏詩師私四紙試史志視思支止指 じ自字時事次治寺児耳辞 しょう傷称証象賞障症商少消笑焼章照紹詳将 こう行考講好公工高校効向交光幸功広港更 い為意以位医異移委違偉胃衣囲 ' +
  'せい性生正成制精製清政整声星晴静誠勢 ぼう暴望防亡忘棒坊房冒傍帽膨謀貿 りょく力緑 たい大対待体態隊退帯台太替貸耐胎泰 りょう量料漁良両療領寮涼猟僚糧 なぐ殴 くび首 ' +
  'ぎゃく虐逆 ひ被非悲費 がい害外街概該 てき的敵適滴摘 しめ締絞閉占 ふく服福複副腹復覆幅 やく約役訳厄躍 くすり薬 か過化課価科歌貨河果荷';

/** Cries in kana (as folded), heard only where a kanji word starts (see `heard`). */
const SOUND_STEMS: Readonly<Partial<Record<Kind, string>>> = {
  suicide: 'しにたい',
  harm: 'じしょうこうい かりょうふくやく たいりょうふくやく',
  violence: 'なぐられ なぐられる ぼうりょく くびをしめ ぎゃくたい',
  sexual: 'せいぼうりょく せいひがい せいてきぼうこう',
};

/** Readings this long still match with one kana left out (殴れる for 殴られる). */
const SLIP_LENGTH = 5;
/** Readings shorter than this are weak (see `heard`). */
const STRONG_LENGTH = 5;

/**
 * Word classes, matched in crisis.ts's folded text (its kanji read as kana; written here as
 * typed). A rule names a kind and classes, one word of each in one sentence within WINDOW
 * characters.
 */
const CLASSES = {
  means: 'ロープ 縄 なわ 紐 ひも 練炭 七輪 ドアノブ ガムテープ 睡眠薬',
  prepare: '買っ 買い 買お 購入 用意 準備 揃え そろえ 注文 取り寄せ 手に入れ ポチ',
  // A cord and a neck: hanging told by its means (a dog's 首輪 is a collar, not a neck).
  neck: '首に 首を 首で くびに くびを',
  farewell: 'お別れを言 おわかれを言 お別れのメ お別れのLINE お別れの手紙 別れの手紙 最後の挨拶 最後の手紙 今までありがとう いままでありがとう',
  everyone: 'みんな 皆 家族 友達 友人 お世話にな 親',
  goodbye: 'お別れ おわかれ さよなら さようなら',
  forGood: 'もう会えな もうあえな 先に逝 先にいく 今までありがとう いままでありがとう',
  belongings: '持ち物 私物 大事なもの 大切なもの 大事な物 大切な物 宝物 形見 全部 ペット',
  giveAway: 'あげ 譲 配っ 配り 手放 もらって 貰って 引き取って 形見分け',
  noNeed: 'もう要らな もういらな もう必要な 必要なくな もう使わな 使わなくな 最後',
  head: '額 おでこ 頭',
  bang: '壁に打 机に打 ガンガン 打ち付け 打ちつけ 叩きつけ たたきつけ',
  bump: 'ぶつけ',
  again: '何度も なんども わざと 自分で やめられな 止められな とまらな 止まらな 血が',
  burner: 'タバコ たばこ 煙草 ライター アイロン 根性焼',
  onSelf: '動脈 自分を 自分に 腕 手首 手の甲 肌 太もも 太腿',
  burn: '押し付け 押しつけ 当て 焼い 焼く 焼き 炙',
  blade: 'カッター カミソリ 刃物 ナイフ',
  cut: 'ざっくり 切っ 切り 切る 刻ん 刻む 傷つけ 傷をつけ',
  // One's own head or face hit, unless a child is named (子どもの頭を叩いてしまう is a parent's act).
  ownHead: '頭を叩いてしま 頭を殴ってしま 顔をひっぱたいてしま 顔を叩いてしま 顔を殴ってしま 自分で殴った',
  selfHit: '自分の顔を何度も殴 自分の顔を何度も叩 自分を何度も殴 自分を何度も叩 自分の頭を何度も殴 自分の頭を何度も叩 自分を殴 自分を叩 自分の顔を殴 自分の顔を叩 自分の頭を殴 自分の顔をひっぱた 自分をボコボコ 自分の首を絞 自分で首を絞 自分で首絞 首を自分で絞 拳で太ももを殴',
  // Violence said in its own words: threats, being held down, shut in or out, followed, beaten (slang), control of money, phone and friends, a shelter or an order sought.
  sayViolence:
    'threw_a_knife knife_at_me シェルターどこ シェルターはどこ 生活費渡してもらえな 元カレが家に来て 元彼が家に来て 元夫が家に来て 元カレが家の前 元彼が家の前 元夫が家の前 dv避難 dvで避難 dv住民票 住民票を見られないよう 住民票見られないよう 熱いお茶かけられ カツアゲされ かつあげされ dvかも dvじゃないか 殺すぞと言われ 殺すぞって言われ nagurareta 熱湯をかけられ threatens_to_kill threatened_to_kill going_to_kill_me will_kill_me 引っ越し先がばれ 引越し先がばれ 引っ越し先がバレ 避難先がばれ 避難先がバレ 避難先が見つか 居場所がばれ 居場所がバレ ころすって言われ 殺すって言われ 殺すと言われ 首を押さえつけ 床に押さえつけ 外に閉め出され 外に締め出され 家に閉じ込め 部屋に閉じ込め 鍵かけられて出られな 監禁され 誰かに追われ 男に追われ 知らない人に追いかけ ずっとついてく つけられてる ' +
    'ボコボコにされ ボコられ ぼこられ フルボッコ リンチされ ナイフで刺され 包丁で刺され 刃物で刺され 切りつけられ しばかれ ぶたれ くらわされ ドアを蹴破 スマホ壊され スマホを壊され 携帯を壊され 携帯を取り上げ スマホを取り上げ ' +
    '生活費をもらえな 生活費を渡してもらえな 給料を全部取られ 友達に会わせてもらえな ベランダに出され 居場所確認され gps入れられ 土下座させられ 価値ないって毎日言われ 死ねって毎日言われ 死ねって言われ 精神的dv ' +
    'シェルターに入りた シェルターに逃げ 子どもを連れて逃げ 子供を連れて逃げ 何十件も着信 目の周りにあざ',
  // A child telling what is done at home; a parent telling what they did or fear doing.
  sayAbuse:
    '風呂に沈め 水に沈め has_bruises bruises_on_his bruises_on_her ご飯をもらってな ご飯をもらえてな ごはんをもらってな ご飯を何日ももら ごはんを何日ももら dad_punches_me mom_punches_me dad_hits_me mom_hits_me dad_beats_me mom_beats_me doesnt_give_me_food dont_give_me_food gyakutai お風呂で沈められ 風呂で沈められ 家に入れてもらえな うちに入れてもらえな 親に家を追い出され 親に追い出され 熱があるのに放置 熱あるのに放置 病院に連れて行ってもらえな 病院に連れていってもらえな 一時保護されたい 一時保護してほし 家出中 家出少女 家出したい 働かされて学校 親にお金を取られ いたいことされ 痛いことされ 痛いことをされ 親にされたこと 給食しか食べてな 三日帰ってこな 服を洗ってもらえな 裸で外に出され 家から追い出され 顔を水につけられ お風呂に沈められ 風呂に沈められ 水風呂に入れられ アイロンを押し当てられ 正座させられ ' +
    '出ていけって毎日言われ バイト代全部取られ 親から逃げた 児童相談所に行きた 児童相談所行きた じそういきた ご飯抜き 冷蔵庫に鍵 私だけご飯がな お前なんか要らな お前なんかいらな 生まなきゃよかった 産まなきゃよかった 生まなければよかった 産まなければよかった',
  sayOwnChild:
    'slapped_my_son slapped_my_daughter hit_my_son hit_my_daughter hands_on_my_sons_neck hands_on_my_daughters_neck 泣き止まないと壁に 泣きやまないと壁に 泣き止まないと投げ 泣き止まないと叩 赤ちゃんを一人にして出かけ 赤ちゃん一人にして出かけ 赤ちゃんを置いて出かけ お尻叩くの毎日 お尻を叩くのが毎日 叩いたあと後悔 叩いた後後悔 この子さえいなければ 子どもを捨てた 子ども捨てた 子供を捨てた 叩いてまった 叩いでまった 息子に手を出した 娘に手を出した 子どもに手を出した 子供に手を出した 叩きすぎた 乱暴に扱ってしま 子どもに何かしてしまいそう 子供に何かしてしまいそう',
  // Sexual violence said in its own words and slang; exploitation; being filmed; a drink spiked.
  saySexual:
    '寝ている間にされ 寝てる間にされ 眠っている間にされ 寝ている間に何か 汚されたと思 体を汚され 不同意性交 の頃いたずらされ ころいたずらされ せいてきぼうこう せいぼうりよく exposed_himself grabbed_me boss_touches_me touches_me revenge_porn chikan muriyari 脅されて会いに 脅されてまた会い 合意じゃなかった 同意じゃなかった 同意してないのに 合意してないのに ナンパされて連れて 道で抱きつかれ 知らない人に抱きつかれ 後ろから抱きつかれ 体売れ 体を売れ 体売らされ 体を売らされ 援交させられ 売掛で体 私を貸す 神待ち さわられる さわられて 変なことされ 変なことをされ へんなことされ avに出ないと avに出ろと av出演を強要 av出演強要 撮影を強要 暴行された 無理矢理された 嫌がっても夫がやめな セクストーション 売春させられ 風俗で働けと 近親相姦 近親姦 体で払え 体を求められ 露出狂 声を出すなと言われ 複数の男に 輪姦 不同意性交され 犯された 気づいたらホテル ' +
    '断ると怒鳴られるから応じ 夜部屋に来られ 夜にへやにく 逆さ撮り 着替えを撮られ 隠しカメラがあ 援交で脅され 下半身を見せつけ 露出された さわられた お酒に何か入れられ 口でさせられ くちでさせられ 集団でされた 客をとらされ 客を取らされ 胸をもまれ 胸を揉まれ ' +
    'molested drugged_my_drink naked_pictures hidden_camera_in non_consensual upskirt filmed_me he_didnt_stop',
  // An overdose said in its own words, slang and emoji names; medicine with alcohol; a box or a month's supply swallowed; poison drunk.
  sayOverdose:
    '薬の山 薬を全部出し シートを全部出し シート全部出し 胃洗浄 多めに処方してもら 多めに出してもら 市販薬依存 咳止め依存 kusuri_zenbu zenbu_nonda drank_bleach whole_box_of ate_a_whole_box 市販薬の乱用をやめられ 市販薬の乱用がやめられ 市販薬の乱用が止まらな 市販薬を乱用して 薬の乱用がやめられ 十錠ぐらい飲 十錠くらい飲 十錠飲ん アルコール中毒になりた アル中になりた 致死量 ちしりよう 何錠で死 で死ねますか パキっ パキり おーでいー おーでぃー 毒を飲 毒を手に入れ 毒を買 何倍も飲 倍以上飲 わざと多く飲 用量を守らず 用量守らず 量を守れな 睡眠薬を貯め 眠剤を貯め 薬を貯め ' +
    'lethal_dose how_many_tylenol overdoze took_all_my drank_a_bottle pills_to_sleep_forever',
  pillsNamed: '抗うつ薬 リチウム リスパダール レンドルミン サイレース 鎮痛剤 解熱剤 睡眠導入剤 向精神薬 カフェイン錠 レスタミン ウット メジコン 風邪薬 かぜ薬 ロキソニン カロナール バファリン パブロン 薬 眠剤 睡眠薬 デパス ブロン 安定剤 咳止め',
  booze: 'お酒 酒で 酒と ストゼロ ストロングゼロ アルコールで アルコールと',
  boxes: '箱で 瓶で 箱ごと 一箱 ひと箱 二箱 瓶ごと 一瓶 シートごと シート全部 シートぜんぶ 何十錠 一ヶ月分 一か月分',
  allOfIt: '全部 ぜんぶ まとめて 一気に いっきに ありったけ',
  wentDown: 'いった いっちゃ',
  // A box or a sheet taken whole, or tens of pills: said of a medicine, that is enough.
  wholeSupply: 'シートごと 何十錠 数十錠 ありったけ がぶ飲み 口いっぱい',
  hoardIt: '貯めて 貯めてる 貯めてあ ためてある ためてる 溜めてる 溜めてあ',
  // Bron and its like: a cough medicine people misuse, named with a high, a habit or a hunt for it.
  misused: 'ブロン 金ブロン メジコン レスタミン ウット パブロン',
  high: 'キメ キマ 決め ぶっ飛 飛べ とびた 飛びた 毎日 やめられ 依存 年齢確認 はしご トー横',
  street: 'シャブ 覚醒剤 脱法ドラッグ 違法な薬 違法薬物 インスリン',
  tooMuch: 'やりすぎ 吸いすぎ 打ちすぎ 使いすぎ たくさん使 たくさん打',
  onPurpose: 'わざと',
  hurtWord: 'ぶつかり 踏んだ 怪我し けがし 火傷し やけどし 骨折し',
  swallowedIt: '飲ん のん 飲み いった 空にした 流し込',
  // Taken, not asked about (風邪薬を飲んでからお酒を飲んでも大丈夫？ is a question).
  tookIt: '飲んだ のんだ 飲んじゃ 飲んでしま 流し込ん',
  poisonous: '殺鼠剤 殺虫剤 農薬 漂白剤 洗剤 除草剤 灯油',
  drinkIt: '飲もう 飲みた 飲んだ 飲む 飲んで 飲め 飲んじゃ',
  // Self-injury said in its own words: a need for blood or pain, a punishment, its marks, its slang.
  sayHarm:
    '実感がほしくて切 実感が欲しくて切 切らないと気が済まな 切らんとおれん 切らないとおれな 生きてる感じがするから切 ただ切りたい 切りとうな 脂肪が見え 脂肪見え 脂肪層 深く切りすぎ 傷口パックリ 傷口がパックリ 腕の線が増え 手首の線が増え 線が増えていく 手首に何本も線 腕に何本も線 リストバンド外せな 髪を抜いてしま 髪の毛を抜いてしま 抜毛が止まらな 抜毛がやめられ かさぶたをはがして血 皮をむいて血 むしりすぎて血 血が止まらん 血がとまらん 血止まらん カッターで文字を刻 腕に文字を刻 肌に文字を刻 爪を全部剥 食べ吐きがやめられ 食べ吐きやめられ 過食嘔吐 痛いほうが心が楽 痛い方が心が楽 痛みで気持ちを 自分を痛めつけ じぶんをいたく じぶんいたくしたい 自分を痛くし 自分の体を傷 セルフハーム want_to_cut_myself risuka jishou jisho_shite ude_wo_kitta cut_my_thigh cut_my_arm hide_my_cuts how_to_hide_cuts hide_cuts 切らずにいられな 切らないといられな 切らないと落ち着かな 血が見たい 血を見たい 血を見ないと 血見ないと 血を流したい ちをながしたい 痛みがほし 痛みが欲し 痛いのがほし 痛いのが欲し 自分を罰し 自分に罰を 罰として切 瀉血 ためらい傷 カット痕 レッグカット ' +
    '爪を剥が 爪を剥い 噛みちぎ 骨を折りたい 熱したスプーン 輪ゴムで手首 剃刀で腕 カミソリで腕 刃を取り出 新しい刃がほし 切る場所がな 切るのをやめ 切るのがやめられ 切る以外の 切ると楽 切ったら楽 切ったら少し楽 ' +
    'cant_stop_cutting need_to_feel_pain banging_my_head slit_my_wrist sh_relapse',
  // One's own unless someone else is named (夫に血が出るまで殴られた is violence).
  wallHit: '壁を殴 壁をなぐ 壁を叩 血が出るまで',
  // Said of dying in words the main bundle leaves to this stage (its 48 KB): the how, a resolve,
  // romaji, dialect, heaven, a sleep that ends, the pull of the tracks.
  sayDie:
    'もう明日は来なくていい 明日が来なくていい 明日なんか来なくていい 明日なんて来なくていい 朝が来なくていい 人生に幕を 人生の幕を この世に未練 なんもかんも終わり いっそ死 死んだろか 死んだろう goodbye_letter suicide_note 排気ガスを車内 排ガスを車内 車内に排気ガス 崖に車で 楽に逝け 楽に逝く 楽に逝き 楽に死ね 後追いしたい 後追いしよ 高いところから落ちたい ガードレールに突っ込 二度と目が覚めないように 遺言みたいなの いなくなっても誰も困らな お迎えが早く来て 逝ってよし じぶんをけしたい 首つる 生きるのも無理 生きるのもむり 生きるのが無理 自分が死ねば 私が死ねば 俺が死ねば 僕が死ねば 安楽死させて 安楽死したい gave_away_my_things im_on_the_roof on_the_roof_now going_to_jump tonight_is_the_night 逝ってもいい 逝ってもええ 逝ってもかまわな want_die i_wanna_die jinsei_owari jinsei_yametai 消えよかな 消えようかな 消えよっかな 消えちゃおうかな 消えてしまおうかな 生きとられん 生きていられな 生きてられな 生きとれん 目が覚めなかったら 目覚めなかったら 目がさめなかったら あの世行き 生きとる意味な 生きとう意味な 生きてる意味なか jump_off_the_bridge jump_off_a_bridge jump_off_the_roof jump_off_a_building jump_in_front_of_a_train どうやって死ぬ どうやったら死ね どうすれば死ね 死んでしまお 死んじゃお shinitai sinitai jisatsu jisatu zisatu no_reason_to_live 生きとってもしゃーな 生きててもしゃーな 生きとってもしゃあな 生きててもしゃあな ' +
    'おらんくなったほうが おらんくなった方が いなくなったほうが いなくなった方が 眠ったまま終わりた 眠ったまま終わらせ 天国に行きた 天国にいきた 天国に行けば あの世に行きた あの世に行けば あの世へ行きた ' +
    'もう楽にさせてほし もう楽にさせて欲し この世にいたくな この世に居たくな 目を覚ましたくな 目をさましたくな 線路に吸い込まれ 電車に吸い込まれ 線路に飛び込 電車に飛び込みそう 電車に飛び込みたく 永遠に眠りた 永遠に眠れ 後追い自殺 ' +
    '生まれてこなきゃ 産まれてこなきゃ 産まれてこなければ 自ら命を 死なないといけな 死ななきゃいけな 自分を殺した 自分を消した 存在を消した 存在を消し 消滅した 無になりた 永眠した 自害したい 自害しよ 凍死したい 入水した 轢かれたい トラックに突っ込みた 車に突っ込みた 電車に突っ込みた 息するのやめ 息するのをやめ 人生辞め 人生やめ 人生をやめ 人生ごとリセット 人生をリセット 生きとうな 生きたくな ikitakunai kietai あっちの世界に行きた 死にきれな 心中しよ 道連れにした 殺してくれ 死体が見つからな 楽な死に方 迷惑かけずに消え 何メートルで死 今夜決行 ベルトを首に ドアノブで首 ドアノブに首 電車で飛び込 電車に飛び込む 電車に飛び込ん 首をつりた 首をつろ 首吊りた 4にた この世とおさらば 天に召されたい 天国に召されたい 首くくろ 首くくる 首をくくろ 首をくくりた もう飛ぶわ 飛ぶしかな 生きるのやめ 生きるのをやめ 生きることをやめ 生きるのを諦め 生きるのあきらめ 目覚めなくていい 目覚めたくな 目が覚めなくていい 目覚めなければいい 線路に立って 線路の上に立って 線路に座って 線路の上に座って 線路に寝そべ 線路の上にいる お迎えが来てほし お迎えが来てくれ お迎えが来ればいい はよお迎え 早くお迎え 死んだらええ 死んだほうがええ 死んだ方がええ 死んだらいいのに dont_want_to_wake_up never_wake_up never_want_to_wake_up',
  // Following the one who died.
  bereaved: '亡くし 亡くなっ 死んだ 死なれ 先立た 逝っ',
  follow: '後を追いた 後を追お あとを追いた あとを追お そばに行きた 同じところに行きた',
  force: '嫌だって言っても いやだって言っても 嫌って言っても いやって言っても やめてって言っても やめてと言っても 無理やり 無理矢理 むりやり 無理に 強引に 強制 強要 力ずく 力づく 同意な 同意の無 同意がな 同意もな 同意して 合意な 合意の無 合意がな 合意して 断れな 嫌がっ いやがっ 嫌だと言った いやだと言った 嫌って言った いやって言った やめてと言った やめてって言った 嫌だったのに いやだったのに 拒否したのに 断ったのに 拒んだ 抵抗でき 酔わされ 眠っている間 寝ている間',
  sexAct: '避妊 触ら 触っ 脱が 押し倒 キス 性行為 性的 セックス 性交 えっち エッチ 服を脱 裸の写真 求められ 迫られ 関係を持 体の関係 身体の関係 体を 身体を 胸を 下着 ホテル ベッド 抱か 犯さ 襲わ やられ ヤられ 裸',
  child: '子ども 子供 こども うちの子 上の子 下の子 我が子 わが子 息子 娘 赤ちゃん 赤ん坊 乳児 幼児 長男 長女 次男 次女',
  hitChild: '叩 たた 殴 なぐ 手を上げ 手をあげ 手が出 蹴 つねっ つねる ひっぱた しばい ぶって 怒鳴 首をつか 首を掴 つかみかか',
  cannotStop: '止められな 止まらな やめられな とめられな とまらな 抑えられな おさえられな 我慢できな しまう しまった しまいそう ちゃう ちゃった かっとな カッとな ついつい',
  partnerShi: 'かれし',
  strike: 'たたか たたい なぐら なぐっ どなら 蹴',
  // Violence told by what was done: whose act (a partner, a parent), what force, on what part.
  partner: 'うちの人 主人 夫 旦那 妻 嫁 彼氏 彼女 かれし 彼に 彼が 元カレ 元彼 元夫 元妻 パートナー 恋人 交際相手',
  family: '父 母 親 義父 継父 義母 継母 兄 姉',
  // Control is told by whom it was done by (夫が携帯を取り上げられた is not it).
  partnerBy: '夫に 旦那に 妻に 嫁に 彼氏に かれしに 彼に 元カレに 元彼に 元夫に 元妻に パートナーに 恋人に 交際相手に',
  forced: '首に手をかけ ひっかかれ 引っかかれ 噛みつかれ 壁に投げられ 床に投げられ 投げ飛ばさ 熱湯をかけられ 熱いお茶をかけられ 熱いお湯をかけられ つかまれ 掴まれ 引きずら 引きずり回 引っ張られ 突き落とさ 突き飛ばさ 押さえつけられ 押さえ付けられ 踏みつけ ビンタ 平手打ち 締められ 絞められ 投げつけられ 刃物を向け 包丁を向け ナイフを向け 締め出さ 馬乗り 壁に押し 床に押さえ 押さえられ 押し倒さ つねられ 脅さ',
  confined: '取り上げられ 出してもらえな 出させてもらえな 出られないように 閉じ込め 監禁 鍵をかけられ',
  phoneOrDoor: 'スマホ 携帯 電話 家から 外に 部屋に 部屋から 家に',
  bodyPart: '髪 首 顔 腹 お腹 頭 胸ぐら',
  // Force on a body part no child's play does (a baby grabs hair; it does not drag).
  dragged: '引きずら 引きずり回 絞められ 締められ 踏みつけ ビンタ',
  // Sexual violence by a person of power or kin, told by the intrusion.
  overPerson: '教師 担任 顧問 監督 講師 上司 義父 継父 親戚 叔父 伯父 おじさん 先生 コーチ 店長 義兄 兄',
  intrude: 'ホテルに連れて 布団に入って ベッドに入って 布団に入られ 夜になると部屋に入って 夜中に部屋に入って 夜に部屋に入って 寝ている部屋に入って 寝てる部屋に入って 寝室に入って 夜這い 体を触 身体を触 胸を触 尻を触 下着を 裸にさ キスされ 脱がさ 風呂をのぞ 風呂を覗 着替えをのぞ 着替えを覗',
  womanScream: '女の人の悲鳴 女性の悲鳴 奥さんの悲鳴 お母さんの悲鳴',
  // Undressed or washing, watched or filmed.
  privatePlace: '更衣室 シャワー中 入浴中 着替え中 着替えを 風呂場の窓 トイレの中',
  peeped: '撮られ 覗かれ のぞかれ 盗撮',
  sealed: '目張り',
  charcoal: '炭 練炭 七輪',
  // Living said in dialect (生きとっても, 生きちょっても) with no point to it.
  livingDialect: '生きとって 生きとる 生きちょって 生きちょる 生きよって 生きとう',
  noPoint: '仕方な しょうがな しょうもな 意味な 意味がな 価値がな 無駄',
  rampage: '暴れる 暴れて 暴れだ 暴れ出',
  putOut: '家から出され 家の外に出され',
  wander: '何時間も歩 ずっと歩いて 歩き回',
  lookDown: '下を見て 下をのぞ 下を覗',
  carried: '積んで 積んだ 持って出 持ち出',
  leftHome: '出て行った 出ていった いなくなった 帰ってこな 連絡が取れな',
  tracks: '線路 踏切',
  heading: '向かってる 向かっている 来てる 来ている 立ってる 着いた 歩いてる',
  bloodied: '血のついた 血の付いた 血だらけの 血まみれの',
  carer: '介護者 介護士 ヘルパー 施設の職員 施設の人 ケアマネ',
  strikeAny: '叩く 叩かれ 叩いて 殴 蹴 つねら',
  // The speaker struck by a partner (夫が子どもの前で私を蹴る: violence first, not the child's line).
  meStruck: '私の頭を 私の顔を 私の首を 私を蹴 私を殴 私を叩 俺を殴 俺を蹴 僕を殴 僕を蹴 私に暴力 私を突き飛ば',
  unkept: '同じオムツ 同じ服のまま 何日も同じ服 オムツが替えられていな 服が汚れたまま',
  // A child punished by what is done to them (罰で髪を切られた); 罰ゲーム is a game.
  punished: '罰で 罰として お仕置きで おしおきで',
  doneTo: 'かけられ 浴びせられ 切られ 入れられ 閉じ込め 叩かれ 殴られ',
  throwAt: 'ものを投げ 物を投げ',
  outside: '夜ずっとベランダ 夜中にベランダ ずっと外にいる 夜ずっと外',
  // A child heard from next door: screams, not crying (隣の子の泣き声がうるさい is a complaint).
  nextDoor: '隣 となり 近所 上の階 下の階 向かいの家',
  childScream: '子どもの悲鳴 子供の悲鳴 こどもの悲鳴 子どもが泣き叫 子供が泣き叫 子どもを怒鳴 子供を怒鳴 子どもを叩く音 子供を叩く音 叩く音と泣き',
  // The same person coming to where a child sleeps, at night (a disclosure told by its time and place).
  atNight: '夜 夜中 夜に 夜になると 深夜 毎晩 寝ている 寝てる 寝たあと',
  roomVisit: '部屋に来 部屋にく 寝室に来 布団に来 ベッドに来',
  // Drawn to a height or the sea, a train about to come, a life insured for those left, a letter left.
  height: '高いところ 高い所 屋上 ベランダ 橋の上 崖 ビルの上 マンションの上',
  trainPlace: '電車 線路 ホーム 踏切',
  // Leaving from a height (屋上からドローンを飛ばす is not it).
  leapFrom: '柵に足をかけ 手すりに足をかけ フェンスに足をかけ 欄干に足をかけ から飛ぶ から飛ぼ から飛び から飛んで からとぶ からとび からとん から身を投げ 柵を越え 柵をこえ 柵を乗り越え フェンスを越え フェンスをこえ フェンスを乗り越え 手すりを越え 欄干を越え 欄干をこえ',
  // Relief sought in the water or a fall (海に入れば楽になれる).
  relief: '楽になれ 楽になる 楽になり らくになれ らくになる 終われる 終わりにでき',
  pulled: '吸い寄せられ 引き寄せられ 足が勝手に前 体が勝手に前 足が前に出そう 体が前に出そう 吸い込まれ 飛び降りたく 飛びおりたく 落ちたくな 落ちてしまいた 身を乗り出',
  intoWater: '海に入 海へ入 川に入 湖に入 海に沈 湖に沈 川に沈 海に飛び込 川に飛び込 海へ歩い 海に歩い',
  noReturn: '帰らな 戻らな 帰ってこな もどらな かえらな 二度と 沈んで',
  trainComing: '電車が来たら 電車がきたら 電車が来る瞬間 ホームの端 ホームの先',
  step: '一歩前 一歩踏み出 前に出 足を出 飛び込',
  debt: '借金 ローン 返済',
  onlyWay: 'しかな',
  // Needles pushed in again and again (a sewing prick is once).
  needle: '針 ピン 画びょう 画鋲',
  stabAgain: '刺し続け 刺すのがやめられ 刺すのをやめられ 刺すのが止められ 何度も刺',
  lifeInsurance: '生命保険 死亡保険 保険金で',
  leftBehind: '借金を返して 借金を返せ 借金を払って 借金がチャラ 家族に残せ 家族に残して 返してもらう',
  letter: '手紙 書き置き 置き手紙',
  leftIt: '置いた 置いて 残した 残して 書き残',
  // Someone said they would die (死ぬと言われた, a doctor's word, is not it).
  saidDying: '死ぬって言って 死ぬと言って 死ぬって言い出 死ぬってLINE 死ぬってライン 死ぬってメッセ 死ぬって連絡 死ぬってメール',
  // A cord and a neck named bare with a method's question (ロープ 首 何キロ).
  neckBare: '首',
  howStrong: '何キロ 何kg 耐荷重 何秒 何分で',
  hangPoint: '梁に 鴨居に 天井に',
  // Giving up on everything, then an end (宿題を全部終わらす is not said with もうええ).
  giveUp: 'なんもかんも もう無理 もうむり もうええ もういい もう疲れ 何もかも',
  endAll: 'おしまいにする おしまいにしよ 終わらす 終わらせる 終わりにする 終わりにしよ',
  // Needing a blade near to feel safe.
  needIt: '持つと落ち着 握ると落ち着 持ってると落ち着 触ると落ち着 持ってないと不安 ないと不安 ないと落ち着かな 持ってないと落ち着かな 手放せな',
  father: '父親 お父さん 父が 父に 実父 祖父 おじいちゃん',
  // Dwelling on one's own funeral (its planning, 終活, is not said so).
  ownFuneral: '自分の葬式 自分のお葬式',
  dwell: 'ばかり考え ことを考えてしま 想像してしま 毎日考え いつも考え',
  // A child not fed by the one who should.
  unfed: 'ご飯を食べさせていな ご飯を食べさせてな ごはんを食べさせていな ご飯をあげていな ご飯をあげてな ごはんをあげていな 食事を与えていな 食事をあげていな ご飯を作っていな ご飯を作ってな',
  // Bruises that keep coming on a child someone sees (a fall's bruise is once).
  witnessKid: '来る子 くる子 マンションの子 保育園の子 園の子 学童の子 園児 友達 友だち クラスの子 同級生 生徒 近所の子 隣の子 孫 姪 甥 あの子 その子',
  // The mark a burn leaves (by a cigarette, an iron) on a child's body.
  burnMark: '押し付けたような跡 押しつけたような跡 押し付けた跡 押しつけた跡 タバコの跡 煙草の跡 たばこの跡 火の跡 やけどの跡 火傷の跡 やけど跡 焼かれた跡 押し付けられた跡 根性焼きの跡',
  // Hunger a child tells or shows, said of the child someone sees.
  hungryKid: 'ガリガリに痩せ がりがりに痩せ お腹を空かせ おなかを空かせ お腹をすかせ おなかをすかせ 家に食べ物がな 家にご飯がな 家にごはんがな 何日も食べてな ご飯を食べてな',
  bruise: 'にあざ あざがある あざだらけ 痣がある 痣だらけ アザがある アザだらけ あざが絶えな 痣が絶えな アザが絶えな',
  always: 'いつも 毎日 また 絶えな よく',
  bathTogether: '一緒にお風呂に入ろうと 一緒に風呂に入ろうと 一緒にお風呂に入れ 一緒に風呂に入れ お風呂をのぞ',
  insist: 'しつこ 無理やり 無理矢理 嫌なのに いやなのに 断っても',
  // Drugged: a crime in itself, whatever followed.
  drugged: '薬を盛られ 睡眠薬を盛られ 何か盛られ なにか盛られ 飲み物に何か入れられ 飲み物に薬を入れられ 飲み物に何かを入れられ',
  // A child who swallowed what harms (their own medicine taken is not it).
  ingest: '飲んだ 飲み込ん 飲んじゃ 飲んでしま 食べた 食べちゃ 食べてしま 口に入れ なめた 舐め',
  poison: '洗剤 漂白剤 ボタン電池 タバコ たばこ 煙草 殺虫剤 灯油 除草剤 農薬 防虫剤 磁石 ホウ酸',
  // Affairs settled or things given away with an end in sight.
  settle: '身辺整理 身の回りを片付け 身の回りの整理 身の回りを整理 身の回りの物を 持ち物を処分 荷物を処分 全部処分',
  theEnd: '手紙 死ぬ前 遺書 遺言 思い残 この世',
} as const;

type WordClass = keyof typeof CLASSES;

/** Each rule: a kind, then the classes that together say it. */
const RULES = (
  'suicide means prepare,suicide means neck,suicide farewell everyone,suicide goodbye forGood,suicide belongings giveAway noNeed,harm head bang,harm head bump again,harm burner onSelf burn,harm blade onSelf burn,harm onSelf cut,' +
  'sexual force sexAct,ownChild child hitChild cannotStop,' +
  'violence partner forced,violence family forced,violence bodyPart dragged,violence partnerBy confined phoneOrDoor,' +
  'sexual overPerson intrude,sexual overPerson atNight roomVisit,suicide settle theEnd,suicide sayDie,suicide bereaved follow,abuse nextDoor childScream,' +
  'suicide height pulled,suicide height leapFrom,suicide intoWater relief,suicide height relief,suicide means neckBare howStrong,suicide intoWater noReturn,suicide trainComing step,suicide lifeInsurance leftBehind,suicide lifeInsurance debt onlyWay,harm needle stabAgain,abuse witnessKid hungryKid,abuse punished doneTo,suicide means carried leftHome,suicide height lookDown,suicide tracks wander,abuse family putOut,suicide livingDialect noPoint,violence partner rampage,suicide sealed charcoal,suicide tracks heading giveUp,suicide height heading giveUp,harm blade bloodied,violence carer strikeAny,abuse witnessKid unkept,violence nextDoor womanScream,sexual privatePlace peeped,abuse family throwAt,abuse witnessKid outside,suicide letter leftIt everyone,sexual drugged,swallowed child ingest poison,' +
  'suicide saidDying,suicide means hangPoint,abuse witnessKid bruise,abuse child burner burnMark,abuse witnessKid burner burnMark,abuse child bruise always,sexual family bathTogether insist,' +
  'suicide trainPlace pulled,suicide giveUp endAll,harm blade needIt,sexual father atNight intrude,suicide ownFuneral dwell,ownChild child unfed,harm sayHarm,harm sayOverdose,harm pillsNamed booze tookIt,harm boxes swallowedIt,harm pillsNamed allOfIt wentDown,harm pillsNamed allOfIt tookIt,harm pillsNamed wholeSupply,harm pillsNamed hoardIt,harm misused high,harm street tooMuch,harm onPurpose hurtWord,harm poisonous drinkIt,violence sayViolence,abuse sayAbuse,ownChild sayOwnChild,sexual saySexual'
)
  .split(',')
  .map((rule) => rule.split(' ') as [Kind, ...WordClass[]]);

/** Medicine taken in a large amount, heard in kana (大料の薬 is たいりようのくすり). */
const OVERDOSE = [/たいりよう/, /くすり|剤/, /のん|のみ|のむ|ふくよう/] as const;

/**
 * A pattern over the typed text written as people type (ブロン, 元カレ, いった): its katakana and
 * small kana folded as crisis.ts folds the text (ぶろん, 元かれ, いつた), so the two always meet.
 */
function typedPattern(source: string): RegExp {
  return new RegExp(source.replace(/[\u30a1-\u30f6ぁぃぅぇぉっゃゅょゎゕゖ]/gu, (char) => foldText(char)), 'u');
}

/**
 * Tens of pills of a medicine, in the folded text: swallowed, or said alone (睡眠導入剤を30錠). A
 * pack's size, a prescription or a daily dose (30錠入り, 30錠処方, 1日3錠) is not it.
 */
const PILLS = /[1-9]\d{1,2}(?:錠|粒|じょう|つぶ)(?!入|いり|分|処方|もら|ずつ|出)/;
const PILL_MEDICINE = typedPattern('薬|剤|眠剤|睡眠|ブロン|デパス|咳止め|痛み止め|ロキソニン|カロナール|バファリン|パブロン|メジコン');
const PILLS_TAKEN = typedPattern('飲|のん|のみ|のむ|いった|一気|いっき|全部|ぜんぶ|死|しぬ|しね');
const PILLS_SAID_ALONE = new RegExp(`${PILLS.source}$`);
/** Tens of pills already swallowed need no medicine named (30錠くらい飲んだ). */
const PILLS_SWALLOWED = typedPattern('飲んだ|のんだ|いった|飲んで|のんで|飲みました');
const pillsTaken = (sentence: string): boolean => PILLS.test(sentence) && ((PILL_MEDICINE.test(sentence) && (PILLS_TAKEN.test(sentence) || PILLS_SAID_ALONE.test(sentence))) || PILLS_SWALLOWED.test(sentence));

/** Afraid to go home because of a person: the person is the one feared (夫が怖くて…家に帰れない, 帰れない、彼氏が怖い), in the typed text. */
const FEARED = '(?:夫|おっと|旦那|だんな|妻|嫁|彼氏|かれし|彼|元カレ|元彼|元夫|元妻|パートナー|恋人|父|母|親|義父|継父)(?:さん)?が(?:怖|こわ|恐)';
const NOT_HOME = '(?:(?:家|うち|いえ)に)?(?:帰|戻|かえ|もど)(?:れな|りたくな)';
const FEARED_HOME = typedPattern(`${FEARED}(?:くて|いから|いので|いし)[^。]{0,8}${NOT_HOME}|${NOT_HOME}[^。]{0,6}${FEARED}`);

/**
 * Dying said as one's own intent, in the typed text: with a resolve (死ぬつもり, 死ぬ覚悟, 死ぬ勇気)
 * or an atonement (死んで償う, 責任とって死にます), or at the end after a time or a resolve (今日死ぬ,
 * もう死ぬ, 限界。死ぬ). Not another's death (猫が死ぬ: が, は, も), nor the hyperbole a 死ぬ at the
 * end mostly is (暑くて死ぬ, 課題で死ぬ, 笑い死ぬ).
 */
const INTENT_TO_DIE =
  /(?<![がはも])(?:死|し)(?:ぬ(?:つもり|覚悟|勇気|しかな|ことにし|って決め|つて決め)|にます|んで償|んでお詫び|んで詫び)|(?:^|[。、]|もう|今日|明日|今夜|今から|いまから|これから|本当に|本気で|ほんとに|きょう|あした|こんや)(?:死|し)ぬ(?:わ|よ)?[。!！…]*$/u;
/** Cutting said with a feeling or a habit and no object (ストレスで切っちゃう, また切った; 髪を切った has one), within a sentence. */
const CUT_FOR_FEELING = typedPattern('(?:ストレス|イライラ|いらいら|しんど|泣きながら|病み|我慢|むしゃくしゃ|今から|いまから|また|毎晩|毎日|寝る前に)[^。をがは]{0,6}切(?:っちゃ|りた|ろう|ろ|る|った|って)');

/** A child's voice: a parent feared or hurting (ママこわい, おとうさん こわい たすけて). */
const CHILD_AFRAID = /(?:ぱぱ|まま|おとうさん|おかあさん|お父さん|お母さん|とうちゃん|かあちゃん)が?\s*(?:こわい|怖い|いたい)(?=$|[\s。、!！?？…]|たすけ|助け|よ|です)/u;

/**
 * A query that is only this says it whole, in the folded text: dying (死ぬ, 殺して, 楽にして) and
 * violence (これってDV？, 刺された; DV alone names the desk, a name search). Inside a sentence
 * they are ordinary.
 */
const SAID_WHOLE: ReadonlyMap<string, Kind> = new Map([
  ...['切りたい', 'きりたい', '切ろうかな', '切ろかな', '切ろ', 'ぶろん', '金ぶろん', 'iwanttocut', 'iwannacut'].map((said) => [said, 'harm'] as const),
  ...['死ぬ', 'しぬ', '逝く', '殺して', 'ころして', '楽にして', 'らくにして', 'もう消える', 'もうきえる'].map((said) => [said, 'suicide'] as const),
  ...['これつてdv', '刺された', 'さされた', 'ineedashelter', 'けられた', '蹴られた', '閉じ込められてる', 'とじこめられてる'].map((said) => [said, 'violence'] as const),
  ...['おかされた', 'まわされた', 'おそわれた'].map((said) => [said, 'sexual'] as const),
]);
const ALONE_PUNCTUATION = /[\s。、!！?？…・w〜ー]+/gu;

/** Characters a combination may span in one sentence. */
const WINDOW = 30;

let sounds: ReadonlyMap<string, string> | undefined;
let soundStems: readonly { readonly kind: Kind; readonly stems: readonly string[] }[] | undefined;
let classes: Readonly<Record<WordClass, readonly Stem[]>> | undefined;
/** The classes also read out in kana, for a query typed in kana alone. */
let kanaClasses: Readonly<Record<WordClass, readonly Stem[]>> | undefined;

/** Each class's words as `words` folds them. */
const classTable = (words: (text: string) => Stem[]): Record<WordClass, Stem[]> =>
  Object.fromEntries((Object.keys(CLASSES) as WordClass[]).map((name) => [name, words(CLASSES[name])])) as Record<WordClass, Stem[]>;

/** Text in kana, and for each kana the character of the typed text it was read from. */
interface Sounded {
  readonly typed: string;
  readonly text: string;
  readonly origin: readonly number[];
}

const HAN = /\p{Script=Han}/u;
const isHan = (char: string | undefined): boolean => char !== undefined && HAN.test(char);

/** The typed text (crisis.ts's fold, kanji as typed) read in kana: SOUNDS first, reading.ts for the rest. */
function sound(typed: string): Sounded {
  sounds ??= new Map(
    SOUNDS.split(' ').flatMap((entry) => {
      const kana = entry.replace(/\p{Script=Han}+$/u, '');
      return [...entry.slice(kana.length)].map((kanji) => [kanji, foldText(kana)] as const);
    }),
  );
  let text = '';
  const origin: number[] = [];
  const add = (read: string, from: number): void => {
    text += read;
    for (let kana = 0; kana < read.length; kana += 1) origin.push(from);
  };
  for (let at = 0; at < typed.length; ) {
    const char = typed[at] ?? '';
    let end = at + 1;
    // A run of kanji SOUNDS does not know is read by reading.ts as one word (its origin: the run's first kanji).
    if (isHan(char) && !sounds.has(char)) while (isHan(typed[end]) && !sounds.has(typed[end] ?? '')) end += 1;
    add(sounds.get(char) ?? (isHan(char) ? toReading(typed.slice(at, end)) : char), at);
    at = end;
  }
  return { typed, text, origin };
}

/**
 * Whether `stem` is heard in `sounded` where a kanji starts: whole, or one kana short when
 * long. A short reading collides with ordinary words (私に大変 is しにたい…), so only its first
 * kanji may be misread: the rest must be typed in kana, and not be 〜に対して.
 */
function heard({ typed, text, origin }: Sounded, stem: string): boolean {
  const strong = stem.length >= STRONG_LENGTH;
  const at = (variant: string): boolean => {
    for (let place = text.indexOf(variant); place !== -1; place = text.indexOf(variant, place + 1)) {
      const from = origin[place] ?? 0;
      if (!isHan(typed[from]) || origin[place - 1] === from) continue;
      // A long reading must start a kanji word (予防力 holds ぼうりよく); a short one may follow a word (毎日氏にたい).
      if (strong) {
        if (isHan(typed[from - 1])) continue;
        return true;
      }
      const rest = origin.slice(place, place + variant.length).filter((char) => char !== from);
      const after = place + variant.length;
      if (rest.some((char) => isHan(typed[char])) || ['して', 'する', 'しま'].some((next) => text.startsWith(next, after))) continue;
      return true;
    }
    return false;
  };
  return at(stem) || (stem.length >= SLIP_LENGTH && [...stem].some((_, drop) => drop > 0 && at(stem.slice(0, drop) + stem.slice(drop + 1))));
}

/** Where any word of `words` starts in `sentence`, in order. */
function placesIn(sentence: string, words: readonly Stem[]): number[] {
  const places: number[] = [];
  for (const { text } of words) for (let at = sentence.indexOf(text); at !== -1; at = sentence.indexOf(text, at + 1)) places.push(at);
  return places.sort((a, b) => a - b);
}

/** Whether a place in sorted `places` is within WINDOW of `place` (binary search: a long paste holds many). */
function isNear(places: readonly number[], place: number): boolean {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((places[middle] ?? 0) < place - WINDOW) low = middle + 1;
    else high = middle;
  }
  return low < places.length && (places[low] ?? 0) <= place + WINDOW;
}

/** Whether one word of each class falls in one sentence within WINDOW characters of a word of the first. */
function together({ text, sentences, table }: Sentences, rule: readonly WordClass[]): boolean {
  // Most texts lack a class altogether: no need to look sentence by sentence (a paste may hold thousands).
  if (!rule.every((name) => table[name].some((word) => text.includes(word.text)))) return false;
  return sentences.some((places) => {
    const [first = [], ...others] = rule.map(places);
    return others.every((near) => near.length > 0) && first.some((place) => others.every((near) => isNear(near, place)));
  });
}

/** A sentence, giving where each class's words start in it (found once, asked by several rules). */
type Sentence = (name: WordClass) => readonly number[];

interface Sentences {
  readonly text: string;
  readonly table: Readonly<Record<WordClass, readonly Stem[]>>;
  readonly sentences: readonly Sentence[];
}

function sentencesOf(text: string, table: Readonly<Record<WordClass, readonly Stem[]>>): Sentences {
  const sentences = text.split('。').map((sentence): Sentence => {
    const found = new Map<WordClass, readonly number[]>();
    return (name) => {
      let places = found.get(name);
      if (places === undefined) {
        places = placesIn(sentence, table[name]);
        found.set(name, places);
      }
      return places;
    };
  });
  return { text, table, sentences };
}

/** The second stage's own lines for `query`, and whether they lead (the person's act before a misread 死にた). */
function meaning(query: string): { readonly lines: readonly CrisisLineId[]; readonly lead: boolean } {
  const folded = foldCry(query);
  if (folded.text === '') return { lines: [], lead: false };
  soundStems ??= (Object.keys(SOUND_STEMS) as Kind[]).map((kind) => ({ kind, stems: (SOUND_STEMS[kind] ?? '').split(' ').map(foldText) }));
  const table = HAN.test(folded.typed) ? (classes ??= classTable(stems)) : (kanaClasses ??= classTable((words) => kanaStems(words, toReading, KANA_STEM)));
  const sentences = sentencesOf(folded.text, table);
  const sounded = sound(folded.typed);
  const kinds = new Set<Kind>();
  for (const { kind, stems: kindStems } of soundStems) if (kindStems.some((stem) => heard(sounded, stem))) kinds.add(kind);
  const typedSentences = folded.typed.split('。');
  if (sounded.text.split('。').some((sentence) => OVERDOSE.every((words) => words.test(sentence))) || typedSentences.some(pillsTaken) || CUT_FOR_FEELING.test(folded.typed)) kinds.add('harm');
  if (FEARED_HOME.test(folded.typed)) kinds.add('violence');
  if (typedSentences.some((sentence) => INTENT_TO_DIE.test(sentence))) kinds.add('suicide');
  if (CHILD_AFRAID.test(folded.typed)) kinds.add('abuse');
  const whole = SAID_WHOLE.get(folded.typed.replace(ALONE_PUNCTUATION, ''));
  if (whole) kinds.add(whole);
  for (const [kind, ...rule] of RULES) if (!kinds.has(kind) && together(sentences, rule)) kinds.add(kind);
  // Whose act it is, where crisis.ts reads another: かれし|にたたかれる is not 死にた, 自分を殴る is not violence.
  const leading: Kind[] = [];
  if ((together(sentences, ['partnerShi', 'strike']) && /かれしにた/.test(folded.text)) || together(sentences, ['partner', 'meStruck'])) leading.push('violence');
  // Fists on a wall, or blows till blood, are one's own unless a partner or kin is named (彼が…壁を殴ってくる: violence).
  if (together(sentences, ['selfHit']) || (together(sentences, ['ownHead']) && !together(sentences, ['child'])) || (together(sentences, ['wallHit']) && !together(sentences, ['partner']) && !together(sentences, ['family']))) leading.push('harm');
  const order = [...leading, ...(Object.keys(KIND_LINES) as Kind[])];
  return { lines: [...new Set(order.filter((kind) => kinds.has(kind) || leading.includes(kind)).flatMap((kind) => KIND_LINES[kind]))], lead: leading.length > 0 };
}

/** The lines for each act the cry model hears (crisis-model.ts), as this stage's kinds give them. */
const MODEL_KIND_LINES: Readonly<Record<ActKind, readonly CrisisLineId[]>> = {
  suicide: KIND_LINES.suicide,
  'self-harm': KIND_LINES.harm,
  overdose: KIND_LINES.harm,
  violence: KIND_LINES.violence,
  'child-abuse': KIND_LINES.abuse,
  'sexual-violence': KIND_LINES.sexual,
};

/**
 * The crisis lines for `query` once the search is loaded: crisis.ts's lines, this stage's and the
 * cry model's (the acts both word lists missed), as one list. crisis.ts's come first, unless
 * this stage heard whose act it was (then that act's lines lead). Pure; the last query's answer
 * is remembered.
 */
export function crisisAnswerFor(query: string): CrisisLineId[] {
  return [...answerOf(query)];
}

const answerOf = lastAnswer((query: string): readonly CrisisLineId[] => {
  const calm = withoutFiguresOfSpeech(query.normalize('NFKC'));
  const first = [...crisisLinesFor(calm), ...crisisLinesInKana(calm, toReading)];
  const second = meaning(calm);
  const heard = hearCry(calm).acts.flatMap((kind) => MODEL_KIND_LINES[kind]);
  return [...new Set(second.lead ? [...second.lines, ...first, ...heard] : [...first, ...second.lines, ...heard])];
});
