import type { CrisisLineId } from '../flows/crisis-lines.js';

/**
 * Cries for help in what a person typed, in two tiers, with no data, no flow and no lazily loaded
 * code (this is in the main bundle):
 * - an act or a wish (suicide and its euphemisms, self-harm, overdose, violence, abuse, fear of
 *   harming one's own child, sexual violence): the crisis lines for it, shown first;
 * - distress without an act (worn out, at the limit, no one to tell): a listening line, shown
 *   with the results.
 *
 * The text is folded (NFKC, katakana to hiragana, small kana, long-vowel marks, emoji, control
 * and bidi characters gone) and read two ways: stems that say a cry on their own (死にた matches
 * 死にたい / 死にたくて), and combinations of words that only together say one (彼氏 + 叩,
 * 子ども + 叩, 薬 + 全部 + 飲), which must fall in one sentence within a few words
 * (Intl.Segmenter's words where present, script runs where not). Ordinary words stay calm: no
 * stem is in 死亡届, 遺族年金, お腹が空いて死にそう, 首になった, 手首の骨折 or 薬局, and the
 * words that only together say a cry (薬, 全部, 夫, 叩く) say nothing alone. A service named for the
 * act (自殺対策, 性暴力被害者支援) does show the lines, which is what anyone typing it could need.
 */

/** Kinds of cry, most urgent first: the order their lines are shown in. */
const KIND_LINES = {
  suicide: ['inochi', 'yorisoi'],
  harm: ['inochi', 'yorisoi', 'ambulance'],
  ownChild: ['child-abuse'],
  abuse: ['child-abuse', 'police', 'dv'],
  parent: ['police', 'child-abuse', 'dv'],
  violence: ['police', 'dv'],
  sexual: ['police', 'yorisoi'],
} as const satisfies Record<string, readonly CrisisLineId[]>;

type Kind = keyof typeof KIND_LINES;

/**
 * Stems that say a cry on their own, written as typed (katakana and width are folded away).
 * Latin stems match at a word start, and short ones (od, kms) as whole words.
 */
const STEMS: Readonly<Record<Kind, string>> = {
  suicide:
    '死にた しにた 死んでしまいた しんでしまいた 死のう しのう 死ぬしか しぬしか 死なせて しなせて 死んだほうが 死んだ方が しんだほうが 死ねたら しねたら 死ねば楽 しねばらく 死ぬ方法 死に方 死ぬ準備 死に場所 しにばしよ 死ぬつもり 死ぬほどつら 死ぬほど辛 死ぬほど苦し 死ぬほどしんど ' +
    '消えたい きえたい 消えてしまいた きえてしまいた 消えてなくなりた 消えてしまえ きえてしまえ 消えられたら 消えれたら いなくなりた いなくなれたら いない方がいい いないほうがいい いない方がまし いないほうがまし ' +
    '自殺 じさつ 自死 命を絶 いのちをた 自ら命 一家心中 無理心中 むりしんじゆう 道連れ 遺書 いしよかい 練炭 樹海 致死量 ちしりよう ' +
    '生きていたくな いきていたくな 生きてたくな いきてたくな 生きてる意味 生きている意味 いきてるいみ 生きる意味がな いきるいみがな 生きるのがつら 生きるのが辛 いきるのがつら 生きるのに疲れ 生きるのつら 生きるのしんど いきるのしんど 生きるのをやめ 生きるのやめ いきるのやめ 生きていけな いきていけな 生きる価値 いきるかち ' +
    '生まれてこなければ 生まれてきたくな うまれてこなければ うまれてきたくな 生まれなければよか 目が覚めなければ めがさめなければ 目覚めなければ 目覚めたくな めざめたくな 起きなければいい 二度と目を覚ま 人生を終わら 人生終わらせ 人生を終わりに 人生終わりにした もう終わりにした もうおわりにした もう終わらせた もうおわらせた もうやめてしまいた ' +
    '首を吊 首吊 首つり くびつり 首をつる 首をつり くびをつる くびをつり 飛び降り とびおり 飛び込みた 楽になりた らくになりた 殺してほし 殺してくれ 殺されたい ころしてほし ころしてくれ ' +
    'suicid killmyself kill_myself kms wanttodie want_to_die wanna_die end_my_life end_it_all take_my_own_life unalive dont_want_to_live do_not_want_to_live no_reason_to_live better_off_dead better_off_without_me disappear_forever',
  harm:
    'リストカット リスカ アムカ レグカ 手首を切 手首切 てくびをき 腕を切 うでをき 自分を切 体を切 切り刻 自傷 じしよう 自分を傷つけ じぶんをきずつけ 体を傷つけ 根性焼 血を見ると ' +
    'オーバードーズ おーばーどーず 過量服薬 大量服薬 過剰摂取 過量内服 薬を大量 くすりをたいりよう 薬をためこ 薬を溜め パキる パキって パキった ' +
    'selfharm self_harm cutting_myself cut_myself hurt_myself hurting_myself overdose od took_all_my_pills',
  parent: '',
  ownChild: '叩いてしま たたいてしま 叩いちゃ たたいちゃ 手をあげてしま 手を上げてしま てをあげてしま 殴ってしま なぐつてしま',
  abuse: '虐待 ぎゃくたい ネグレクト 育児放棄 abuse neglect',
  violence:
    '殴られ 殴る 殴って 殴り なぐられ なぐる なぐつて 蹴られ 叩かれ たたかれ 暴力 ぼうりよく 首を絞 首をしめ くびをしめ 絞められ 殺され ころされ 殺すと言 殺すって言 襲われ おそわれ つきまと 付きまと ストーカー ' +
    'dvを受け dvうけ dvされ dv被害 dvにあ ドメスティックバイオレンス domesticviolence domestic_violence hits_me hit_me beats_me beat_me beaten abusive choked_me strangled kicks_me punched',
  sexual: 'レイプ 強姦 性暴力 性被害 性的暴行 性的虐待 痴漢 盗撮 リベンジポルノ 無理やりやられ 無理やりされ むりやりされ rape sexualassault sexual_assault sexually_assaulted molested groped',
};

/** Word families that say a cry only together; each rule names its families, all required. */
const WORDS = {
  partner:
    '彼氏 かれし 彼女 夫 おつと 旦那 だんな 主人 しゆじん 妻 嫁 恋人 こいびと パートナー 元彼 元カレ 元夫 元妻 同居 内縁 交際相手 婚約者 兄 あに 姉 弟 妹 家族 かぞく 息子 祖父 祖母 義兄 彼 boyfriend husband partner',
  parent: '親 おや 父 ちち 母 はは お父さん おとうさん お母さん おかあさん パパ ママ 義父 義母 継父 継母 ぎふ ぎぼ 養父 養母 father mother dad mom stepfather',
  strike:
    '叩 たたかれ たたい たたき たたく 怒鳴 どなら どなり どなる どなつ 蹴 にけら をけら にけり をけり 首を絞 首をしめ くびをしめ 突き飛ば つきとば 押し倒 おしたお 髪を引 髪をつか 引きず 物を投げ ものをなげ 投げつけ 脅さ 脅し 脅され おどさ おどし 暴れ あばれ 暴言 ぼうげん 手をあげ 手を上げ てをあげ 手が出 てがで 閉じ込め とじこめ 監禁 殺す ころす 死ね しね モラハラ dv hits hit kicks kicked threatens',
  child: '子ども 子供 こども 子 息子 むすこ 娘 むすめ 赤ちゃん あかちやん 赤ん坊 あかんぼう 乳児 幼児 我が子 わがこ 長男 長女 次男 次女 child kid baby son daughter',
  hurtChild:
    '叩いて 叩き 叩こ たたいて たたき たたこ 手をあげ 手を上げ てをあげ 手が出 てがで 殴 なぐつ なぐり なぐる なぐら 蹴 傷つけ きずつけ 殺して 殺し 殺そう ころして ころし 首を絞 首をしめ 虐待し 投げつけ たたきつけ 揺さぶ ゆさぶ 怒鳴つてしま どなつてしま 怒鳴りつけ 可愛いと思えな かわいいと思えな かわいいとおもえな 愛せな あいせな hurt hit shake',
  medicine:
    '薬 くすり ぐすり 錠 睡眠剤 眠剤 みんざい 安定剤 鎮痛剤 導入剤 抗うつ 向精神 ブロン パブロン デパス レキソタン マイスリー カフェイン 咳止め せきどめ 痛み止め いたみどめ pill pills meds medication tablets',
  amount:
    '大量 たいりよう 全部 ぜんぶ 一気 いつき たくさん いっぱい まとめて まとめ飲み 一箱 ひとはこ 一瓶 箱ごと 瓶ごと 一シート 何十 なんじゆう 数十 すうじゆう 何錠も ありったけ あるだけ 溜め ため込 all whole bottle handful bunch lot',
  swallow: '飲 のん のみ のむ のも 服用 服薬 摂取 口に took take taking swallow',
  life: '生き いきて いきる いきてる いきてい',
  heavy: 'つら 辛 しんど 苦し くるし 疲れ つかれ',
  futile: '仕方な しかたな しようがな 意味な 意味がな 意味無 いみな いみがな 価値がな かちがな 価値な かちな 無駄 むだ',
  all: '全部 ぜんぶ 全て すべて 何もかも なにもかも 人生 じんせい この世 このよ',
  stop: 'やめたい やめてしまいた 辞めたい 終わりにした おわりにした 終わらせた おわらせた 投げ出した なげだした',
  morning: '明日 あした あす 朝 あさ',
  notCome: '来なければ こなければ 来なきや こなきや 来ないでほし こないでほし 来てほしくな きてほしくな',
  sexualAct: '無理やり むりやり 無理矢理 襲わ 触られ さわられ 脱がさ ぬがさ 裸 はだか 性行為 セックス やられ',
  sexualWho: '上司 先輩 知らない人 しらないひと 男 おとこ 客 彼氏 かれし 夫 親 父 兄 義父 先生',
} as const;

type Family = keyof typeof WORDS;

const RULES: readonly { readonly kind: Kind; readonly families: readonly Family[] }[] = [
  { kind: 'suicide', families: ['life', 'futile'] },
  { kind: 'suicide', families: ['life', 'heavy'] },
  { kind: 'suicide', families: ['all', 'stop'] },
  { kind: 'suicide', families: ['morning', 'notCome'] },
  { kind: 'harm', families: ['medicine', 'amount', 'swallow'] },
  { kind: 'ownChild', families: ['child', 'hurtChild'] },
  { kind: 'parent', families: ['parent', 'strike'] },
  { kind: 'violence', families: ['partner', 'strike'] },
  { kind: 'sexual', families: ['sexualWho', 'sexualAct'] },
];

/** Distress without an act: a listening line goes with the results. */
const DISTRESS =
  '疲れた つかれた 疲れま つかれま 疲れ果 つかれは 疲れきつ 疲れ切 つかれきつ 疲れちや 疲れまし 疲れて何も 限界 げんかい もう無理 もうむり もうだめ もう駄目 耐えられな たえられな 耐えきれ 我慢できな がまんできな ' +
  '誰にも相談 だれにもそうだん 誰にも言え だれにもいえ 誰にも話せ だれにもはなせ 相談できる人がいな 相談相手がいな 相談する人がいな 話し相手 はなしあいて 話を聞いて はなしをきいて 聞いてほし きいてほし 頼れる人 たよれるひと 頼る人がいな 頼れない 味方がいな 居場所がな いばしよがな ' +
  'ひとりぼつち 独りぼつち 一人ぼつち 孤独 こどく 孤立 寂し さびし さみし 淋し 心細 こころぼそ ' +
  '眠れな ねむれな 寝れな ねれな 寝られな 眠れず ねむれず 寝付けな 不眠 毎晩泣 毎日泣 まいばんな まいにちな 泣いてばかり 泣いてしま ないてばかり 泣きたい なきたい 涙が止まらな 涙がとまらな なみだがとまらな 涙が出 ' +
  'つらい 辛い つらくて 辛くて しんどい しんどくて 苦しい くるしい 苦しくて 生きづら いきづら 絶望 ぜつぼう 希望がな 不安でたまらな 不安が止まらな 不安で眠 心が折れ こころがおれ 心が壊れ こころがこわれ 気が狂い 気がくるい 頭がおかしくなり 追い詰め おいつめ ' +
  '助けて たすけて 何もしたくな なにもしたくな 何もできな なにもできな 気力がな きりよくがな やる気が出な 動けな うごけな 起き上がれな おきあがれな くたくた ぼろぼろ へとへと 八方塞 行き詰ま いきづま 先が見えな さきがみえな 消耗 ' +
  'so_tired exhausted worn_out burned_out burnt_out at_my_limit overwhelmed hopeless no_one_to_talk nobody_to_talk lonely cant_sleep cannot_sleep crying_every_night cry_every_night struggling help_me cant_go_on';

/** Words a sentence may span and still be one combination (彼氏にまた叩かれた: 5 words). */
const WINDOW = 10;
/** Characters of a sentence split into words at once (see `together`). */
const PIECE = 160;
/** Stems in kana this long still match with one character added, left out or changed (typos are typed in kana, not converted). */
const TYPO_LENGTH = 6;

const SENTENCE_BREAK = '。';
const KATAKANA = /[\u30a1-\u30f6]/g;
const SMALL: Readonly<Record<string, string>> = { ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け' };
const LATIN = /[a-z0-9]/;

/**
 * The text as compared, in two steps. `shape`: NFKC, lower case, sentence ends as 。; letters and
 * digits kept, everything else (spaces inside Japanese, punctuation, emoji, control and bidi
 * characters, a long vowel mark after hiragana) dropped; one space between Latin words. `kana`: katakana as
 * hiragana, small kana full size, one character for one, so the shaped text's words still apply.
 */
function shape(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\n\r。！？!?]+|\.(?=\s|$)/g, SENTENCE_BREAK)
    .replace(/[’']/g, '')
    // A long vowel mark stretches hiragana (つらーい) but is part of a katakana word (ストーカー).
    .replace(/(?<=[\p{Script=Hiragana}\p{Script=Han}])ー+/gu, '')
    .replace(/[^\p{L}\p{N}。\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ (?![a-z0-9])|(?<![a-z0-9]) /g, '')
    .trim();
}

function kana(shaped: string): string {
  return shaped.replace(KATAKANA, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60)).replace(/[ぁぃぅぇぉっゃゅょゎゕゖ]/g, (char) => SMALL[char] ?? char);
}

/** What a person typed, folded as the stems are. */
export function foldCry(text: string): string {
  return kana(shape(text));
}

interface Stem {
  readonly text: string;
  /** Latin: the character before must not be a letter; short Latin words are matched whole. */
  readonly latin: boolean;
}

interface Tables {
  readonly stems: readonly { readonly kind: Kind; readonly stems: readonly Stem[] }[];
  readonly families: Readonly<Record<Family, readonly Stem[]>>;
  readonly distress: readonly Stem[];
}

let tables: Tables | undefined;

/** Stems separated by spaces; a Latin phrase is written with _ between its words. */
function stems(words: string): Stem[] {
  return words
    .split(' ')
    .map(foldCry)
    .filter((text) => text !== '')
    .map((text) => ({ text, latin: LATIN.test(text[0] ?? '') }));
}

function built(): Tables {
  tables ??= {
    stems: (Object.keys(STEMS) as Kind[]).map((kind) => ({ kind, stems: stems(STEMS[kind]) })),
    families: Object.fromEntries((Object.keys(WORDS) as Family[]).map((family) => [family, stems(WORDS[family])])) as Record<Family, Stem[]>,
    distress: stems(DISTRESS),
  };
  return tables;
}

/** Where `stem` starts in `text`, at its word edges when Latin. */
function* placesOf(text: string, stem: Stem): Generator<number> {
  for (let at = text.indexOf(stem.text); at !== -1; at = text.indexOf(stem.text, at + 1)) {
    if (stem.latin) {
      if (LATIN.test(text[at - 1] ?? '')) continue;
      if (stem.text.length <= 3 && LATIN.test(text[at + stem.text.length] ?? '')) continue;
    }
    yield at;
  }
}

const found = (text: string, stem: Stem): boolean => !placesOf(text, stem).next().done;

/** One character added, left out or changed: `stem` within one edit somewhere in `text` (Sellers). */
function nearly(text: string, pairs: ReadonlySet<string>, stem: string): boolean {
  let shared = 0;
  for (let at = 0; at + 1 < stem.length; at += 1) if (pairs.has(stem.slice(at, at + 2))) shared += 1;
  // One edit breaks at most two of the stem's character pairs.
  if (shared < stem.length - 3) return false;
  let previous = Array.from({ length: stem.length + 1 }, (_, at) => at);
  for (const char of text) {
    const row = [0];
    for (let at = 1; at <= stem.length; at += 1) {
      row.push(Math.min((previous[at] ?? 0) + 1, (row[at - 1] ?? 0) + 1, (previous[at - 1] ?? 0) + (stem[at - 1] === char ? 0 : 1)));
    }
    if ((row[stem.length] ?? 2) <= 1) return true;
    previous = row;
  }
  return false;
}

type Segmenter = { segment(text: string): Iterable<{ readonly index: number; readonly isWordLike?: boolean }> };
type SegmenterClass = new (locale: string, options: { granularity: 'word' }) => Segmenter;

let segmenter: Segmenter | null | undefined;

/** Where each word starts: Intl.Segmenter's words, or runs of one script where it is missing. */
function wordStarts(text: string): number[] {
  if (segmenter === undefined) {
    const Class = (Intl as unknown as { Segmenter?: SegmenterClass }).Segmenter;
    segmenter = Class ? new Class('ja', { granularity: 'word' }) : null;
  }
  if (segmenter) return Array.from(segmenter.segment(text)).flatMap((segment) => (segment.isWordLike === false ? [] : [segment.index]));
  return Array.from(text.matchAll(/[\p{Script=Han}々]+|[\p{Script=Hiragana}]+|[a-z0-9]+|./gu), (match) => match.index);
}

/**
 * Whether one word of each family falls in one sentence within WINDOW words. Sentences are read
 * in overlapping pieces of PIECE characters: Intl.Segmenter takes time growing faster than the
 * length of what it is given, and a combination spans far less than half a piece. Only pieces
 * holding a word of every family are split into words.
 */
function together(text: string, shaped: string, families: readonly (readonly Stem[])[]): boolean {
  const places = families.map((stems) => stems.flatMap((stem) => [...placesOf(text, stem)]).sort((a, b) => a - b));
  if (places.some((at) => at.length === 0)) return false;
  for (let start = 0; start < text.length; ) {
    const stop = text.indexOf(SENTENCE_BREAK, start);
    const end = stop === -1 ? text.length : stop;
    for (let from = start; from < end; from += PIECE / 2) {
      const to = Math.min(end, from + PIECE);
      if (within(shaped, places, from, to)) return true;
      if (to === end) break;
    }
    start = end + 1;
  }
  return false;
}

/** `together` in text[from, to): a sweep over the words where the families occur, in order. */
function within(shaped: string, places: readonly (readonly number[])[], from: number, to: number): boolean {
  const inPiece = places.map((at) => at.slice(firstFrom(at, from), firstFrom(at, to)));
  if (inPiece.some((at) => at.length === 0)) return false;
  const starts = wordStarts(shaped.slice(from, to));
  const events = inPiece.flatMap((at, family) => at.map((place) => ({ word: firstFrom(starts, place - from + 1) - 1, family }))).sort((a, b) => a.word - b.word);
  const counts = places.map(() => 0);
  let present = 0;
  let first = 0;
  for (const event of events) {
    for (let head = events[first]; head !== undefined && event.word - head.word > WINDOW; head = events[(first += 1)]) {
      if ((counts[head.family] = (counts[head.family] ?? 0) - 1) === 0) present -= 1;
    }
    if ((counts[event.family] = (counts[event.family] ?? 0) + 1) === 1) present += 1;
    if (present === places.length) return true;
  }
  return false;
}

/** The index of the first of `sorted` (ascending) that is at least `value`. */
function firstFrom(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What a cry for help needs: crisis lines, most needed first, and whether a listening line goes with the results. */
export interface CryReading {
  /** An act or a wish: these lines come before anything else. */
  readonly lines: readonly CrisisLineId[];
  /** Distress without an act (or an act whose lines hold no line for any worry): a listening line with the results. */
  readonly listening: boolean;
}

const CALM: CryReading = { lines: [], listening: false };
let last: { readonly query: string; readonly reading: CryReading } | undefined;

/** Reads what a person typed for a cry for help (see the top of this file). Pure; remembers the last query. */
export function readCry(query: string): CryReading {
  if (last?.query === query) return last.reading;
  const reading = read(query);
  last = { query, reading };
  return reading;
}

function read(query: string): CryReading {
  const shaped = shape(query);
  const text = kana(shaped);
  if (text === '') return CALM;
  const { stems: byKind, families, distress } = built();
  const kinds = new Set<Kind>();
  let pairs: Set<string> | undefined;
  for (const { kind, stems: kindStems } of byKind) {
    if (kindStems.some((stem) => found(text, stem))) kinds.add(kind);
    else {
      const long = kindStems.filter((stem) => stem.text.length >= TYPO_LENGTH && /^\p{Script=Hiragana}+$/u.test(stem.text));
      if (long.length === 0) continue;
      pairs ??= new Set(Array.from({ length: Math.max(0, text.length - 1) }, (_, at) => text.slice(at, at + 2)));
      const near = pairs;
      if (long.some((stem) => nearly(text, near, stem.text))) kinds.add(kind);
    }
  }
  for (const rule of RULES) {
    if (!kinds.has(rule.kind) && together(text, shaped, rule.families.map((family) => families[family]))) kinds.add(rule.kind);
  }
  const lines = [...new Set((Object.keys(KIND_LINES) as Kind[]).filter((kind) => kinds.has(kind)).flatMap((kind) => KIND_LINES[kind]))];
  const listening = !lines.includes('yorisoi') && distress.some((stem) => found(text, stem));
  return lines.length === 0 && !listening ? CALM : { lines, listening };
}

/**
 * The crisis lines to show first for what a person typed, most needed first; none for an
 * ordinary query or for distress without an act (see `readCry`).
 */
export function crisisLinesFor(query: string): CrisisLineId[] {
  return [...readCry(query).lines];
}
