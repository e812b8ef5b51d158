import type { CrisisLineId } from '../flows/crisis-lines.js';
import { foldText } from './normalize.js';

/**
 * Cries for help in what a person typed: an act or a wish (suicide and its euphemisms, self-harm,
 * overdose, violence, abuse, fear of harming one's own child, sexual violence) and the crisis
 * lines it needs, shown first. With no data, no flow and no lazily loaded code: this is in the
 * main bundle. Distress without an act (worn out, no one to tell) is read by distress.ts, which
 * comes with the search, since its listening line goes with the results.
 *
 * The text is folded (NFKC, katakana to hiragana, small kana, a few kanji read as kana; emoji,
 * control and bidi characters gone) and read two ways: stems that say a cry on their own (死にた
 * matches 死にたい / しにたくて), and combinations of words that only together say one (彼氏 +
 * 叩, 子ども + 叩, 薬 + 全部 + 飲), which must fall in one sentence within a few words
 * (Intl.Segmenter's words where present, script runs where not). Ordinary words stay calm: no
 * stem is in 死亡届, 遺族年金, お腹が空いて死にそう, 首になった, 手首の骨折 or 薬局, and the words
 * that only together say a cry (薬, 全部, 夫, 叩く) say nothing alone. A service named for the act
 * (自殺対策, 性暴力被害者支援) does show the lines, which is what anyone typing it could need.
 */

/** Kinds of cry, most urgent first: the order their lines are shown in. */
const KIND_LINES = {
  suicide: ['inochi', 'yorisoi'],
  harm: ['inochi', 'yorisoi', 'ambulance'],
  ownChild: ['child-abuse'],
  abuse: ['police', 'child-abuse', 'dv'],
  violence: ['police', 'dv'],
  sexual: ['police', 'yorisoi'],
} as const satisfies Record<string, readonly CrisisLineId[]>;

type Kind = keyof typeof KIND_LINES;

/**
 * Kanji read as kana, in the text and in the words below alike, so that one spelling of a word
 * matches both (死にたい, しにたい, 死ニタイ). Only kanji read one way in these words; 蹴 (け) and
 * 飲 (の) would make a kana that is in everything.
 */
const READINGS =
  '死し タヒし 殺ころ 殴なぐ 叩たた 消き 生い 疲つか 辛つら 苦くる 首くび 傷きず 薬くすり 楽らく 子こ 手て 切き 自殺じさつ 虐待ぎゃくたい 暴力ぼうりょく 無理むり 全部ぜんぶ 大量たいりょう';

/**
 * Stems that say a cry on their own, written once (kanji above and katakana are read as kana,
 * width is folded away). Latin stems match at a word start, and short ones (od, kms) as whole
 * words; a Latin phrase is written with _ between its words.
 */
const STEMS: Readonly<Record<Kind, string>> = {
  suicide:
    '死にた 死ぬほど辛 死ぬほど苦し 死ぬほどしんど 死にて 死ににい 死にに行 死ににき 死にに来 死んでもいいや 死んでもいいと思 死んでもええ 死んでもかまわな 死んでしまいた 死んじゃいた 死んでま 死のう 死ぬしか 死ぬには 死んだほうが 死んだ方が 死ねたら 死ねる 死ぬ方法 逝きた 逝こう 消えたい 消えてしまいた 消えてなくな いなくなりた いない方が いないほうが ' +
    '生まれてこなければ 生まれてきたくな 自殺 自死 命を絶 一家心中 無理心中 遺書 練炭 樹海 生きていたくな 生きてたくな 生きたくな 生きていけな 目が覚めなければ 目覚めたくな 来なければいい こなければいい もう終わりにした ' +
    '首を吊 首吊 首つり 首をつる 飛び降り 飛び込みた 楽になりた 殺してほし suicid sucid kill_myself kms want_to_die wanna_die end_my_life end_it_all not_want_to_live dont_want_to_live',
  harm:
    'リストカット リスカ アムカ 手首を切 手首切 腕を切っ 腕を切り 腕切っ 切り刻 自傷 自分を傷つけ 血を見 オーバードーズ おーばーどーず 過量服薬 大量服薬 過剰摂取 パキる パキって まとめ飲み self_harm cut_myself cutting_myself hurt_myself overdose od all_my_pills too_many_pil whole_bottle',
  ownChild: '叩いてしま 叩いちゃ 手をあげてしま 殴ってしま hurt_my_baby hurt_my_child',
  abuse: '虐待 ネグレクト 育児放棄 置き去り abuse neglect',
  violence: '殴られ 殴る 殴って 蹴られ 叩かれ どつかれ 暴力 首を絞 くびをしめ 殺され 殺すと 襲われ つきまと ストーカー dvを受け dvされ dv被害 domestic_violence hits_me beats_me beaten abusive choked',
  sexual: 'レイプ 強姦 強漢 ホテルに連れ込 性暴力 性被害 性的暴行 痴漢 盗撮 とうさつ 無理やりされ 無理やりやられ むりやりされ 触られ 脱がされ 裸の 性的なこと rape sexual_assault sexually',
};

/** Word families that say a cry only together; each rule names its families, all required. */
const WORDS = {
  partner: '彼氏 かれし 彼女 夫 おっと 旦那 だんな 主人 妻 嫁 恋人 パートナー 元カレ 同居 家族 彼 husband',
  parent: '親 父 母 お父さん おとうさん お母さん おかあさん パパ ママ 義父 継父',
  strike: '叩か 叩い 叩き 叩く 殴ら 殴り 殴る 殴っ 蹴 にけら 怒鳴 どなら どなる 突き飛ば 物を投げ 投げつけ 脅 暴れ 暴言 手をあげ 手が出 閉じ込め 殺す 死ね モラハラ 包丁 刃物 ナイフ どつ dv',
  child: '子ども 子供 子を 息子 娘 赤ちゃん 赤ん坊 我が子',
  hurtChild: '叩い 叩き 叩こ しばい しばか 手をあげ 手が出 殴っ 殴り 蹴 傷つけ 殺し 殺そう 首を絞 虐待し 投げつけ 揺さぶ 口をふさ 口を塞 鼻と口を 死ねと言っ 死ねって言っ 怒鳴って 可愛いと思えな かわいいと思えな 愛せな',
  medicine: '薬 ぐすり すいみんやく 錠 眠剤 安定剤 ブロン デパス 咳止め 痛み止め',
  amount: '大量 全部 一気 いっき たくさん いっぱい ぎょうさん ようけ 山ほど 飲みすぎ 飲み過ぎ のみすぎ まとめて 一箱 一瓶 ひと箱 ひと瓶 箱ごと 瓶ごと 何十 数十 ありったけ',
  swallow: '飲 のん のみ のむ 服用 服薬 一気 いっき がぶ',
  hoard: 'ためこ ため込 溜め 集め',
  life: '生きて 生きる',
  heavy: '辛 しんど 苦し 疲れ',
  futile: '仕方な しょうがな 意味な 意味がな 価値がな 価値な 無駄',
  all: '全部 全て すべて 何もかも 人生',
  stop: 'やめた やめて 終わりに おわりに おしまいに 終わらせ 投げ出し',
} as const;

type Family = keyof typeof WORDS;

/** Each rule: a kind, then the families that together say it. */
const RULES = 'suicide life futile,suicide life heavy,suicide all stop,suicide life stop,harm medicine amount swallow,harm medicine hoard,ownChild child hurtChild,abuse parent strike,violence partner strike'
  .split(',')
  .map((rule) => rule.split(' ') as [Kind, ...Family[]]);

/** Words a sentence may span and still be one combination (彼氏にまた叩かれた: 5 words). */
const WINDOW = 10;
/** Characters of a sentence split into words at once (see `together`). */
const PIECE = 160;
/** Stems in kana this long still match with one character left out. */
const TYPO_LENGTH = 6;

const SENTENCE_BREAK = '。';
/**
 * Everyday compounds a cry's word is part of: a football own goal, organised crime, a camping gas
 * can and a pharmacy's orally disintegrating tablet, a depopulated village, sale slang, tired
 * eyes, ODA. Figures of speech: 死ぬほど (very; but
 * 死ぬほどつらい is heard), 陰口を叩く (to badmouth), a deadline, sleepiness, the weather, an
 * animal or a game's enemy that "kills" or "attacks". Laws named for what they prevent
 * (児童虐待防止法, ストーカー規制法, 自殺対策基本法), animal cruelty, a wrestler's choke hold, and
 * guards against a fall or a hidden camera (飛び降り防止の柵). Every stage reads them as
 * nothing (`withoutCalmWords`). A compound that can itself be a cry (殺虫剤, 切腹) never goes here.
 */
const CALM_WORDS = new RegExp(
  [
    '自殺点|暴力団|od(?:缶|錠)|\\boda\\b|限界(?:集落|突破)|疲れ目',
    '死ぬほど(?!つら|辛|苦し|くるし|しんど)|陰口を?(?:叩|たた)',
    '(?:締め?切り?|〆切|課題|レポート|宿題|仕事量|テスト|試験|睡魔|眠気|暑さ|寒さ|台風|熊|クマ|蜂|ハチ|カラス|イノシシ|犬|ボス|敵|ゾンビ|モンスター|魔王|npc)に(?:殺|ころ|襲|おそ)',
    '[\\p{Script=Han}\\p{Script=Katakana}ーa-z]{0,10}(?:防止|規制|対策基本|基本)法',
    '動物虐待|首を?(?:絞|締|しめ)める技|(?:絞|締)め技|(?:飛び降り|盗撮|痴漢)(?:防止|対策)',
  ].join('|'),
  'giu',
);

/** `text` (NFKC) with the everyday compounds above taken out, so no stage hears a cry in them. */
export function withoutCalmWords(text: string): string {
  return text.replace(CALM_WORDS, ' ');
}
const LATIN = /[a-z0-9]/;

/**
 * The text as compared, in three steps. `shape`: NFKC, lower case, sentence ends as 。; letters
 * and digits kept, everything else (spaces inside Japanese, punctuation, emoji, control and bidi
 * characters, a long vowel mark after hiragana) dropped; one space between Latin words.
 * `readKanji`: the kanji of READINGS as kana. `kana`: katakana as hiragana, small kana full size.
 */
function shape(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(CALM_WORDS, ' ')
    .replace(/[\n\r。！？!?]+|\.(?=\s|$)/g, SENTENCE_BREAK)
    // A long vowel mark stretches hiragana (つらーい) but is part of a katakana word (ストーカー).
    .replace(/[’']/g, '')
    .replace(/(?<=[\p{Script=Hiragana}\p{Script=Han}])ー+/gu, '')
    .replace(/[^\p{L}\p{N}。\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ (?![a-z0-9])|(?<![a-z0-9]) /g, '')
    .trim();
}

/** One character for one, as the search folds them. */
const kana = (shaped: string): string => shaped.replace(/[\u30a1-\u30f6ぁぃぅぇぉっゃゅょゎゕゖ]/g, foldText);

let readings: ReadonlyMap<string, string> | undefined;

/** `shaped` with the kanji of READINGS read as kana, and where each character of it came from in `shaped`. */
function readKanji(shaped: string): { readonly text: string; readonly origin: readonly number[] } {
  readings ??= new Map(READINGS.split(' ').map((entry) => [entry.replace(/\p{Script=Hiragana}+$/u, ''), entry.replace(/^\P{Script=Hiragana}+/u, '')]));
  let text = '';
  const origin: number[] = [];
  for (let at = 0; at < shaped.length; ) {
    const pair = readings.get(shaped.slice(at, at + 2));
    const read = pair ?? readings.get(shaped[at] ?? '') ?? shaped[at] ?? '';
    for (let char = 0; char < read.length; char += 1) origin.push(at);
    text += read;
    at += pair === undefined ? 1 : 2;
  }
  return { text, origin };
}

/** A word folded as the text is; `read` (the search's reader) reads the kanji READINGS leaves. */
const fold = (word: string, read: (text: string) => string = (text) => text): string => kana(read(readKanji(shape(word)).text));

export interface Stem {
  readonly text: string;
  /** Latin: the character before must not be a letter; short Latin words are matched whole. */
  readonly latin: boolean;
}

interface Tables {
  readonly stems: readonly { readonly kind: Kind; readonly stems: readonly Stem[] }[];
  readonly families: Readonly<Record<Family, readonly Stem[]>>;
}

let tables: Tables | undefined;
let kanaTables: Tables | undefined;

/** Stems separated by spaces, folded as the text is; a Latin phrase is written with _ between its words. */
export function stems(words: string): Stem[] {
  return words
    .split(' ')
    .map((word) => fold(word))
    .filter((text) => text !== '')
    .map((text) => ({ text, latin: LATIN.test(text[0] ?? '') }));
}

/** Kana this long at least make a stem read out whole (遺書 is いしよ, in いしよう too); a family's word says nothing alone, so it may be shorter. */
export const KANA_STEM = 4;
const KANA_WORD = 3;

/** The words, and as kana alone where `read` reads them out and they stay long enough to say something. */
export function kanaStems(words: string, read: (text: string) => string, least: number): Stem[] {
  return stems(words).concat(
    words.split(' ').flatMap((word) => {
      const text = fold(word, read);
      return text.length >= least && !/\p{Script=Han}/u.test(text) && text !== fold(word) ? [{ text, latin: false }] : [];
    }),
  );
}

function built(read?: (text: string) => string): Tables {
  const of = (words: string, least: number): Stem[] => (read ? kanaStems(words, read, least) : stems(words));
  const table = (): Tables => ({
    stems: (Object.keys(STEMS) as Kind[]).map((kind) => ({ kind, stems: of(STEMS[kind], KANA_STEM) })),
    families: Object.fromEntries((Object.keys(WORDS) as Family[]).map((family) => [family, of(WORDS[family], KANA_WORD)])) as Record<Family, Stem[]>,
  });
  if (read) return (kanaTables ??= table());
  return (tables ??= table());
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

/** Whether `text` (folded) says `stem`. */
export const found = (text: string, stem: Stem): boolean => !placesOf(text, stem).next().done;

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
  return Array.from(text.matchAll(/[\p{Script=Han}々]+|\p{Script=Hiragana}+|[a-z0-9]+|./gu), (match) => match.index);
}

/**
 * Whether one word of each family falls in one sentence within WINDOW words. Sentences are read
 * in overlapping pieces of PIECE characters: Intl.Segmenter takes time growing faster than the
 * length of what it is given, and a combination spans far less than half a piece. Only pieces
 * holding a word of every family are split into words (those of the text as typed: kanji read as
 * kana split differently).
 */
function together({ text, shaped, origin }: Folded, families: readonly (readonly Stem[])[]): boolean {
  const places = families.map((stems) => stems.flatMap((stem) => [...placesOf(text, stem)]));
  if (places.some((at) => at.length === 0)) return false;
  for (let start = 0; start < text.length; ) {
    const stop = text.indexOf(SENTENCE_BREAK, start);
    const end = stop === -1 ? text.length : stop;
    for (let from = start; from < end; from += PIECE / 2) {
      const to = Math.min(end, from + PIECE);
      const inPiece = places.map((at) => at.filter((place) => place >= from && place < to));
      if (inPiece.every((at) => at.length > 0)) {
        const base = origin[from] ?? 0;
        const starts = wordStarts(shaped.slice(base, (origin[to - 1] ?? base) + 1));
        const words = inPiece.map((at) => at.map((place) => starts.filter((word) => word <= (origin[place] ?? 0) - base).length));
        if (words.some((at) => at.some((first) => words.every((other) => other.some((word) => word >= first && word - first <= WINDOW))))) return true;
      }
      if (to === end) break;
    }
    start = end + 1;
  }
  return false;
}

/** What a person typed as compared: `text` (kanji read, see `shape`), `typed` (kanji as typed), and where `text` came from in `shaped`. */
export interface Folded {
  readonly shaped: string;
  readonly text: string;
  readonly typed: string;
  readonly origin: readonly number[];
}

let last: { readonly query: string; readonly folded: Folded; readonly lines: readonly CrisisLineId[] } | undefined;

/** What a person typed, folded as the stems are (the last query is remembered: every keystroke reads it twice). */
export function foldCry(query: string): Folded {
  if (last?.query === query) return last.folded;
  const shaped = shape(query);
  const { text, origin } = readKanji(shaped);
  return { shaped, text: kana(text), typed: kana(shaped), origin };
}

function linesFor(folded: Folded, { stems: byKind, families }: Tables): CrisisLineId[] {
  const { text, typed } = folded;
  if (text === '') return [];
  const kinds = new Set<Kind>();
  for (const { kind, stems: kindStems } of byKind) {
    // A character left out typing a long word in kana (not in kanji an IME converted): compared with the text as typed.
    const slip = (stem: string): boolean => stem.length >= TYPO_LENGTH && /^\p{Script=Hiragana}+$/u.test(stem) && [...stem].some((_, at) => typed.includes(stem.slice(0, at) + stem.slice(at + 1)));
    if (kindStems.some((stem) => found(text, stem) || slip(stem.text))) kinds.add(kind);
  }
  for (const [kind, ...rule] of RULES) if (!kinds.has(kind) && together(folded, rule.map((family) => families[family]))) kinds.add(kind);
  return [...new Set((Object.keys(KIND_LINES) as Kind[]).filter((kind) => kinds.has(kind)).flatMap((kind) => KIND_LINES[kind]))];
}

/**
 * The crisis lines to show first for what a person typed, most needed first; none for an
 * ordinary query. Pure; the last query's answer is remembered.
 */
export function crisisLinesFor(query: string): CrisisLineId[] {
  if (last?.query !== query) {
    const folded = foldCry(query);
    last = { query, folded, lines: linesFor(folded, built()) };
  }
  return [...last.lines];
}

/**
 * The crisis lines for a query typed in kana alone (いきてるいみない), its words' kanji read out
 * by `read` (the search's reader, too large for this bundle): none for a query with kanji.
 */
export function crisisLinesInKana(query: string, read: (text: string) => string): CrisisLineId[] {
  const folded = foldCry(query);
  return /\p{Script=Han}/u.test(folded.typed) ? [] : linesFor(folded, built(read));
}
