/**
 * What a typed trouble means, word by word. The whole path of a keystroke:
 *
 *   normalise     `normalizeQuery`: NFKC (half-width kana, full-width letters), control and bidi
 *                 characters dropped, at most MAX_QUERY characters
 *   segment       words are read where they are used, not split once for all: the lexicon scan
 *                 below finds the longest known form at each position, and relevance
 *                 (search-index.ts `queryFeatures`) drops the pairs joining a particle to a word.
 *                 (`segmentWords`, Intl.Segmenter or script runs, is kept for callers; ICU splits
 *                 払えない into 払|え|ない, so neither step reads its words.)
 *   concepts      `understandQuery`: lexicon words found in the folded text and in its reading
 *                 (longest first; every inflection of a verb or adjective found by its stem, see
 *                 lemmas.generated.ts; a wish, 消えたい, is a word of its own, not its verb),
 *                 weighted per goal of the bundled flow
 *                 (lexicon.generated.ts), plus combinations (a person and an act)
 *   situations    engine/troubles.ts: the flow's phrases (phrase-match.ts) and these concepts,
 *                 linked to any flow's goals through the words of its goals
 *   records       search-index.ts: names (exact, then near misses) and the data's own words
 *                 ranked by BM25 over character pairs and kanji, the query read as words and
 *                 widened by its concepts' words
 *   rank          engine/answer.ts: crisis lines, situations, then services in that order
 *
 * Nothing here touches the DOM or keeps what was typed.
 */
import { CONCEPT_COMBINATIONS, CONCEPT_WORDS } from './lexicon.generated.js';
import { WORD_FORMS } from './lemmas.generated.js';
import { withoutCalmWords } from './crisis.js';
import { withoutFiguresOfSpeech } from './figures-of-speech.js';
import { tradeText } from './kana-trade.js';
import { foldText, foldWithOrigins } from './normalize.js';
import { toReading } from './reading.js';

/** Longer input is cut here: nobody describes a trouble in more, and every step stays linear in it. */
export const MAX_QUERY = 2000;

/** Control, format (bidi overrides, zero-width) and private-use characters: never part of a word. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;

/** The query as the rest of the pipeline reads it. */
export function normalizeQuery(text: string): string {
  return text.slice(0, MAX_QUERY).normalize('NFKC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

interface Segmenter {
  segment(text: string): Iterable<{ readonly segment: string; readonly index: number; readonly isWordLike?: boolean }>;
}

let segmenter: Segmenter | null | undefined;

function wordSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const Constructor = (Intl as unknown as { Segmenter?: new (locale: string, options: { granularity: 'word' }) => Segmenter }).Segmenter;
    segmenter = Constructor ? new Constructor('ja', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Runs of one script: where Intl.Segmenter is missing, the best split without a dictionary. */
const SCRIPT_RUN = /[\p{Script=Han}々〆ヶ]+|[\p{Script=Katakana}ー]+|\p{Script=Hiragana}+|[\p{L}\p{N}]+/gu;

/** The words of a normalised query, folded, in order. */
export function segmentWords(text: string, useSegmenter = true): string[] {
  const words: string[] = [];
  const native = useSegmenter ? wordSegmenter() : null;
  if (native) {
    for (const { segment, isWordLike } of native.segment(text)) if (isWordLike !== false) words.push(foldText(segment));
  } else {
    for (const match of text.matchAll(SCRIPT_RUN)) words.push(foldText(match[0]));
  }
  return words.filter((word) => word !== '');
}

interface Lexicon {
  /** Any form people type (a stem, a reading, the word itself) → the lexicon words it is. */
  readonly forms: ReadonlyMap<string, readonly string[]>;
  /** Every beginning of a form: a scan stops extending where no form goes on. */
  readonly prefixes: ReadonlySet<string>;
  /** word → the goals it speaks of, with weights. */
  readonly goalsOf: ReadonlyMap<string, readonly (readonly [string, number])[]>;
  /** goal → word → weight */
  readonly wordsOf: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly combinations: readonly { readonly goal: string; readonly bonus: number; readonly groups: readonly (readonly string[])[] }[];
  /** A bare stem (払 or はら of 払う) → its words → how many of each word's characters it is (see `goesOn`). */
  readonly stems: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

let lexicon: Lexicon | undefined;

/**
 * How a wish goes on (folded: っ is つ), each a form of its own: 消えたくなる, 消えたくて,
 * 消えたかった, 消えたければ, 消えたがる. Never the bare stem 消えた (消える in the past: 電気が
 * 消えた), nor 消えたく alone, which goes on to 消えたくない.
 */
const WISH_FORMS = ['たくなる', 'たくなつ', 'たくなり', 'たくて', 'たかつ', 'たけれ', 'たがる', 'たがつ'];
/** How a denied wish goes on: 生きていたくなかった, 生きていたくなくて. */
const DENIED_WISH_FORMS = ['たくなかつ', 'たくなく'];
const WISH = 'たい';
const DENIED_WISH = 'たくない';

/** The forms a wish's form (消えたい, its reading きえたい) goes on to. */
function wishForms(form: string): string[] {
  if (form.endsWith(DENIED_WISH)) return DENIED_WISH_FORMS.map((ending) => `${form.slice(0, -DENIED_WISH.length)}${ending}`);
  if (form.endsWith(WISH)) return WISH_FORMS.map((ending) => `${form.slice(0, -WISH.length)}${ending}`);
  return [];
}

/** The generated lexicon, parsed on first use (not on import). */
function conceptLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const forms = new Map<string, string[]>();
  const goalsOf = new Map<string, [string, number][]>();
  const wordsOf = new Map<string, Map<string, number>>();
  const prefixes = new Set<string>();
  const stems = new Map<string, Map<string, number>>();
  const addForm = (form: string, word: string): void => {
    const list = forms.get(form);
    if (list === undefined) forms.set(form, [word]);
    else if (!list.includes(word)) list.push(word);
    for (let length = 1; length < form.length; length += 1) prefixes.add(form.slice(0, length));
  };
  for (const line of CONCEPT_WORDS.split('\n')) {
    const [goal = '', ...groups] = line.split('\t');
    const words = new Map<string, number>();
    // Grouped by weight in the file; read in the words' sorted order, as the rest of this expects.
    const entries = groups.flatMap((group) => {
      const [weight = '1', list = ''] = group.split(':');
      return list.split(' ').map((word) => [word, Number(weight)] as const);
    });
    for (const [word, weight] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (word === '') continue;
      words.set(word, weight);
      addForm(word, word);
      const goals = goalsOf.get(word);
      if (goals) goals.push([goal, weight]);
      else goalsOf.set(word, [[goal, weight]]);
    }
    wordsOf.set(goal, words);
  }
  const combinations = CONCEPT_COMBINATIONS.split('\n').map((line) => {
    const [goal = '', bonus = '0', groups = ''] = line.split('\t');
    return { goal, bonus: Number(bonus), groups: groups.split(' ').map((group) => group.split('|')) };
  });
  // WORD_FORMS lists forms per word in the order words first appear above; they are added in the
  // words' sorted order, so a form of several words lists them as it always has.
  const formWords = [...new Set([...goalsOf.keys(), ...combinations.flatMap(({ groups }) => groups.flat())])];
  const packedForms = tradeText(WORD_FORMS).split(' ');
  const formsOfWords = formWords.map((word, index) => [word, packedForms[index] ?? ''] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [word, packed] of formsOfWords) {
    const pieces = packed.split(',');
    const wishes: string[] = pieces.includes('~') ? [word] : [];
    for (const piece of pieces) {
      if (piece === '~') continue;
      // A capital says how many characters the form shares with the start of the word (A = 1);
      // `*` is the word's reading, and `*` with a capital the reading of that many of its first characters.
      const shared = piece.charCodeAt(piece.startsWith('*') ? 1 : 0) - 64;
      const start = shared >= 1 && shared <= 26 ? word.slice(0, shared) : word;
      const form = piece.startsWith('*') ? toReading(start) : shared >= 1 && shared <= 26 ? `${start}${piece.slice(1)}` : piece;
      if (word !== '' && form !== '') addForm(form, word);
      if (wishes.length > 0) wishes.push(form);
      // A bare stem (`A`, `*A`): the rest of the word is its inflection.
      if (STEM_PIECE.test(piece) && form !== '') {
        const words = stems.get(form) ?? new Map<string, number>();
        words.set(word, shared);
        stems.set(form, words);
      }
    }
    for (const form of wishes.flatMap(wishForms)) addForm(form, word);
  }
  for (const { groups } of combinations) for (const word of groups.flat()) addForm(word, word);
  lexicon = { forms, prefixes, goalsOf, wordsOf, combinations, stems };
  return lexicon;
}

/** Hiragana: a short form in kana (なぐ of なぐられた) counts only where a word can start. */
const HIRAGANA = /\p{Script=Hiragana}/u;
const KANA_ONLY = /^\p{Script=Hiragana}+$/u;
const LATIN = /[a-z]/;
/** Particles and prefixes a word in kana may follow (かねがない, おかね, はらえない). */
const WORD_START_AFTER = new Set(['が', 'を', 'に', 'は', 'で', 'も', 'と', 'て', 'お', 'ご', 'の', 'へ', 'や']);
/** Kana forms this short are inside many longer words (とめ in まとめて, いしよ of 遺書 in どないしよ). */
const SHORT_KANA = 3;
/**
 * A denied word of the lexicon (眠れない, やめられない, 保証人がいない) ends in this mark
 * (scripts/generate-lexicon.mjs): its stems are its verb's, and it counts only where a denial
 * follows them (やめた, 止められた and 寝泊まり are not it; 寝れんかった is).
 */
const DENIED = 'ゑ';
const DENIAL = /な[いくかけ]|ず|ません|へん|ひん|ねえ|ん(?![だで])/;
const KANA_RUN = /^[ぁ-ゖ]{0,6}/;

/** Whether a denial ends the form matched at `at` (its last characters: the seed 眠れない itself) or the kana after it (眠れ|なくて). */
function deniedAt(folded: string, at: number, matched: number): boolean {
  const end = at + matched;
  return DENIAL.test(folded.slice(Math.max(at + 1, end - 3), end) + (KANA_RUN.exec(folded.slice(end))?.[0] ?? ''));
}
/** A packed form that is a bare stem: that many characters of the word (`A`), or their reading (`*A`). */
const STEM_PIECE = /^\*?[A-Z]$/;
/** What a godan verb's stem goes on with, by the kana its dictionary form ends in (with て and た: 行っ, 読ん, 書い). */
const VERB_ROWS: Readonly<Record<string, string>> = {
  く: 'かきくけこいつ',
  ぐ: 'がぎぐげごい',
  す: 'さしすせそ',
  つ: 'たちつてとつ',
  ぬ: 'なにぬねのん',
  ぶ: 'ばびぶべぼん',
  む: 'まみむめもん',
  う: 'わいうえおつ',
};
/** Particles no verb's or adjective's inflection starts with (る and い ending words go on in too many ways to list). */
const NOUN_PARTICLES = 'のはをがへやもで';

/**
 * Whether a text going on with `next` after a bare stem of `word` (its first `shared` characters,
 * or their reading) is that word inflected: 空いた and 空かない are 空く, but the 空 of 星空の or
 * 空気 is not, nor the 食 of 月食は, nor すま of スマホ. A godan verb's stem goes on in its row
 * only; a stem ending in a kanji (見, 高) goes on in kana, not as a particle; one ending in kana
 * (食べ of 食べ物) is a word already. A text may end on a stem.
 */
function goesOn(word: string, shared: number | undefined, next: string | undefined): boolean {
  if (shared === undefined || next === undefined) return true;
  const ending = word.slice(shared);
  const row = VERB_ROWS[(ending.endsWith(DENIED) ? ending.slice(0, -DENIED.length) : ending).at(-1) ?? ''];
  if (row !== undefined) return row.includes(next);
  return !HAN_CHAR.test(word[shared - 1] ?? '') || (HIRAGANA.test(next) && !NOUN_PARTICLES.includes(next));
}

/** After a kanji, が and を are particles: a short form starting with one is not there (がす of 感がすごい, お腹がすいた). */
const PARTICLE_AFTER_KANJI = /^[がを]/;
const HAN_CHAR = /\p{Script=Han}/u;

/** Where the words of a folded text start, as the segmenter read the text before folding, and which of its characters were katakana. */
export interface WordBounds {
  /** Per folded position (and its end): 1 where a word starts. */
  readonly starts: Uint8Array;
  /** Per folded position: 1 for a character written in katakana. */
  readonly katakana: Uint8Array;
}

const KATAKANA = /[\p{Script=Katakana}ー]/u;
const KANJI_OR_HIRAGANA = /[\p{Script=Han}\p{Script=Hiragana}]/u;

/**
 * The word bounds of a normalised text and its folding (`foldText`), or undefined without
 * Intl.Segmenter. Read before folding: katakana words (パンダ, トマト) stay words, and a verb's
 * okurigana stays with its kanji (買い|たい, 夕焼け|が).
 */
function wordBounds(text: string): { readonly folded: string; readonly bounds?: WordBounds } {
  const native = wordSegmenter();
  const { text: folded, starts: origins } = foldWithOrigins(text);
  if (!native) return { folded };
  const segmentStarts = new Set<number>();
  for (const { index } of native.segment(text)) segmentStarts.add(index);
  const starts = new Uint8Array(folded.length + 1);
  const katakana = new Uint8Array(folded.length);
  // Katakana is a loanword's script only beside kanji or hiragana: a text all in katakana (ｼﾆﾀｲﾖ) is kana typed, its words unmarked.
  const mixed = KANJI_OR_HIRAGANA.test(text);
  starts[folded.length] = 1;
  for (let at = 0; at < folded.length; at += 1) {
    const origin = origins[at] as number;
    if (segmentStarts.has(origin) && (at === 0 || origins[at - 1] !== origin)) starts[at] = 1;
    if (mixed && KATAKANA.test(text[origin] ?? '')) katakana[at] = 1;
  }
  return { folded, bounds: { starts, katakana } };
}

/**
 * Whether a form of kana found at `at` to `end` is a word of the text as segmented: not the
 * okurigana of a kanji before it (いたい of 買いたい, けが of 夕焼けが, しめる of 楽しめる), nor a
 * piece of a katakana word (ぱん of パンダ, にと of 庭にトマト).
 */
function standsAlone(folded: string, at: number, end: number, bounds: WordBounds): boolean {
  if (at > 0 && HAN_CHAR.test(folded[at - 1] ?? '') && !bounds.starts[at]) return false;
  if (bounds.katakana[at] && !bounds.starts[at]) return false;
  return !(bounds.katakana[end - 1] && !bounds.starts[end]);
}

/**
 * The lexicon's words in a folded text, longest first at each position: 家賃が払えなくて finds
 * 家賃 and 払う (by its stem 払); やちんがはらえない finds them by their readings. With `bounds`
 * (see `wordBounds`), a form of kana counts only where it stands alone (see `standsAlone`).
 */
export function lexiconWords(folded: string, bounds?: WordBounds, homophones?: (words: readonly string[]) => void): Set<string> {
  const { forms, prefixes, stems } = conceptLexicon();
  const found = new Set<string>();
  let at = 0;
  while (at < folded.length) {
    const before = folded[at - 1];
    // An English word is found at the start of a word only (rent, not cuRRENT); any ending may follow (evict → evicted).
    if (before !== undefined && LATIN.test(before) && LATIN.test(folded[at] ?? '')) {
      at += 1;
      continue;
    }
    const wordCanStart = before === undefined || !HIRAGANA.test(before) || WORD_START_AFTER.has(before);
    const particle = before !== undefined && HAN_CHAR.test(before) && PARTICLE_AFTER_KANJI.test(folded[at] ?? '');
    // The longest form starting here, extending one character at a time while some form goes on.
    let words: readonly string[] | undefined;
    let matched = 0;
    for (let length = 1; at + length <= folded.length; length += 1) {
      const piece = folded.slice(at, at + length);
      const stemOf = stems.get(piece);
      // A bare stem is its word only where the text goes on inflecting it.
      const known = stemOf ? forms.get(piece)?.filter((word) => goesOn(word, stemOf.get(word), folded[at + length])) : forms.get(piece);
      const kana = KANA_ONLY.test(piece);
      const short = length <= SHORT_KANA && kana;
      const alone = bounds === undefined || !kana || standsAlone(folded, at, at + length, bounds);
      if (known !== undefined && known.length > 0 && (!short || (wordCanStart && !particle)) && alone) {
        words = known;
        matched = length;
      }
      if (!prefixes.has(piece)) break;
    }
    if (words) {
      const denied = deniedAt(folded, at, matched);
      const read = words.filter((word) => denied || !word.endsWith(DENIED));
      for (const word of read) found.add(word);
      if (read.length > 1) homophones?.(read);
      at += matched;
    } else {
      at += 1;
    }
  }
  return found;
}

export interface Understanding {
  /** Lexicon words found in it, dictionary forms. */
  readonly lexiconWords: ReadonlySet<string>;
  /** Goals of the bundled flow the words speak of, with the summed weight of their words (above 0). */
  readonly concepts: ReadonlyMap<string, number>;
}

/** What a typed trouble speaks of (see the top of this file); `without`: lexicon words to act as if unknown (to measure what the rest understands). */
export function understandQuery(query: string, { without }: { readonly without?: ReadonlySet<string> } = {}): Understanding {
  const normalized = withoutFiguresOfSpeech(withoutCalmWords(normalizeQuery(query)));
  // Folded a space-separated piece at a time: folding drops spaces, and English words need them.
  const found = new Set<string>();
  const homophones: (readonly string[])[] = [];
  for (const piece of normalized.split(' ')) {
    const { folded, bounds } = wordBounds(piece);
    for (const word of lexiconWords(folded, bounds, (words) => homophones.push(words))) found.add(word);
  }
  for (const word of without ?? []) found.delete(word);
  const { goalsOf, combinations } = conceptLexicon();
  // One form read as several words (とまる: 止まる, 泊まる) is the one the rest of the query speaks of:
  // 電気がとまった is the bill, not a night's stay. With no word beside it to tell, it stays all of them.
  const ambiguous = new Set(homophones.flat());
  const context = new Set([...found].filter((word) => !ambiguous.has(word)).flatMap((word) => (goalsOf.get(word) ?? []).map(([goal]) => goal)));
  for (const words of homophones) {
    const meant = words.filter((word) => (goalsOf.get(word) ?? []).some(([goal]) => context.has(goal)));
    if (meant.length > 0) for (const word of words) if (!meant.includes(word)) found.delete(word);
  }
  // A word and its denial (食べる, 食べてない) found together count once per goal, the surer of the two.
  const byGoal = new Map<string, Map<string, number>>();
  for (const word of found) {
    const base = word.endsWith(DENIED) ? word.slice(0, -DENIED.length) : word;
    for (const [goal, weight] of goalsOf.get(word) ?? []) {
      const words = byGoal.get(goal) ?? new Map<string, number>();
      words.set(base, Math.max(words.get(base) ?? 0, weight));
      byGoal.set(goal, words);
    }
  }
  const concepts = new Map<string, number>();
  for (const [goal, words] of byGoal) concepts.set(goal, [...words.values()].reduce((sum, weight) => sum + weight, 0));
  for (const { goal, bonus, groups } of combinations) {
    if (groups.every((group) => group.some((word) => found.has(word)))) concepts.set(goal, (concepts.get(goal) ?? 0) + bonus);
  }
  return { lexiconWords: found, concepts };
}

/** Whether the lexicon reads `word` by a stem one character shorter (死ぬ by 死, 消える by 消え): a verb or adjective that inflects. */
export function inflects(word: string): boolean {
  return conceptLexicon().forms.get(word.slice(0, -1))?.includes(word) === true;
}

/** The goals of the bundled flow the lexicon knows. */
export function lexiconGoals(): string[] {
  return [...conceptLexicon().wordsOf.keys()];
}

/** A goal's lexicon words and their weights (empty for a goal the lexicon does not know). */
export function goalWords(goal: string): ReadonlyMap<string, number> {
  return conceptLexicon().wordsOf.get(goal) ?? new Map();
}

/** Words a relevance search looks for on behalf of a concept: the goal's surest nouns (a service's own words: 住居確保給付金, ふどばんく). */
const EXPANSION_WORDS = 10;
/** All kanji, or all kana (folded katakana) of three or more: a noun. Kanji with kana (就職が決まらない) is a trouble said, not a service's word. */
const NOUN = /^[\p{Script=Han}々]+$|^[\p{Script=Hiragana}ー]{3,}$/u;

/** Terms to widen a record search with: the surest words of the concepts, weighted by how surely the query speaks of each. */
export function expansionTerms(concepts: ReadonlyMap<string, number>, limit = 3): { readonly text: string; readonly weight: number }[] {
  const ranked = [...concepts].sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[1] ?? 0;
  const terms: { text: string; weight: number }[] = [];
  for (const [goal, score] of ranked.slice(0, limit)) {
    if (score < best * 0.5 || score < 0.5) break;
    const share = Math.min(1, score / 2);
    const words = [...goalWords(goal)]
      .filter(([word, weight]) => weight >= 0.8 && word.length >= 2 && NOUN.test(word))
      // Surest first, then longest (a service's name: 住居確保給付金 before 家賃).
      .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
      .slice(0, EXPANSION_WORDS);
    for (const [word, weight] of words) terms.push({ text: word, weight: 0.5 * share * weight });
  }
  return terms;
}
