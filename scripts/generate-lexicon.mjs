// Writes the concept lexicon the trouble search understands words by:
//   src/search/lexicon.generated.ts: per goal of the bundled flow, words with weights, and the
//     combinations (a person plus an act) that say more together than apart;
//   src/search/lemmas.generated.ts: the forms a word is typed in (its stem, so every inflection
//     of a verb or adjective; its reading in kana) → its dictionary form.
// Sources: scripts/lexicon/concepts.txt (written from situations), kuromoji's IPA dictionary for
// dictionary forms, stems and readings, and sudachi-synonyms-dictionary (Apache-2.0) for
// synonyms of the seed words; only the synonyms that touch the widget's concepts are written.
// Both packages are devDependencies: nothing of them ships but the words written here.
// Nothing under test/ is read. Run: node scripts/generate-lexicon.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The synonyms package's folder (its JSON is not among its exports). */
const sudachiDir = join(root, 'node_modules/sudachi-synonyms-dictionary');
const require = createRequire(import.meta.url);

/** The widget's own folding (src/search/normalize.ts), repeated here so the script runs without a TypeScript loader. */
const SMALL_TO_FULL = { ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け' };
export function fold(text) {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60))
    .replace(/[ぁぃぅぇぉっゃゅょゎゕゖ]/g, (char) => SMALL_TO_FULL[char] ?? char)
    .replace(/[\s・･•·\-‐‑‒–—―−ー～〜_/／、。,.「」『』（）()【】[\]〔〕]/gu, '');
}

/** tradeText of src/search/kana-trade.ts (kana and ASCII trade places; twice gives the text back), repeated like fold. */
export function tradeText(text) {
  return text.replace(/[\u3042-\u3093\x2d-\x7e]/g, (char) => {
    const code = char.charCodeAt(0);
    return String.fromCharCode(code >= 0x3042 ? code - 0x3042 + 0x2d : code - 0x2d + 0x3042);
  });
}

/**
 * toReading of src/search/reading.ts over the readings file as it is, repeated here like fold: a
 * word's reading that this gives is written `*`, and the widget reads it out the same way.
 */
function readingOf() {
  const file = readFileSync(join(root, 'src/search/readings.generated.ts'), 'utf8');
  const readings = new Map();
  let longest = 0;
  for (const group of tradeText(JSON.parse(/READINGS: string = (".*");/.exec(file)[1])).split(' ')) {
    const [first] = group;
    for (const piece of group.slice(first.length).split(',')) {
      const entry = `${first}${piece}`;
      const kana = entry.search(/[^\p{Script=Han}々〆ヶ]/u);
      if (kana <= 0) continue;
      readings.set(entry.slice(0, kana), fold(entry.slice(kana)));
      longest = Math.max(longest, kana);
    }
  }
  return (folded) =>
    folded.replace(/[\p{Script=Han}々〆ヶ]+/gu, (run) => {
      let out = '';
      let at = 0;
      while (at < run.length) {
        let length = Math.min(longest, run.length - at);
        while (length > 0 && !readings.has(run.slice(at, at + length))) length -= 1;
        out += length === 0 ? run[at] : readings.get(run.slice(at, at + length));
        at += Math.max(length, 1);
      }
      return out;
    });
}

const KANA_ONLY = /^[\p{Script=Hiragana}]+$/u;
/** Synonym groups larger than this are loose associations, not synonyms. */
const MAX_GROUP = 12;
/** A synonym counts this share of the word it was found from. */
const SYNONYM_SHARE = 0.7;
/** Seed words weighted below this are too ambiguous to expand. */
const EXPAND_FROM = 0.6;

export function readSeeds(text = readFileSync(join(root, 'scripts/lexicon/concepts.txt'), 'utf8')) {
  const concepts = new Map();
  const combos = [];
  /** goal → words that never join it, however they are reached (a synonym, a misread seed) */
  const excluded = new Map();
  /** `goal word` of the words given without synonyms (a `goal=` line) */
  const unexpanded = new Set();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('-')) {
      const [, goal, words] = /^-\s*([a-z-]+):\s*(.+)$/.exec(line) ?? [];
      if (!goal) throw new Error(`scripts/lexicon/concepts.txt: cannot read "${line}"`);
      excluded.set(goal, new Set([...(excluded.get(goal) ?? []), ...words.split(/\s+/)]));
      continue;
    }
    if (line.startsWith('+')) {
      const [, goal, body] = /^\+\s*([a-z-]+):\s*(.+)$/.exec(line) ?? [];
      const [groups, bonus] = body.split(/\s+\/\s+/);
      combos.push({ goal, groups: groups.split(/\s+\+\s+/).map((group) => group.split('|')), bonus: Number(bonus) });
      continue;
    }
    const [, goal, mark, words] = /^([a-z-]+)([:=])\s*(.+)$/.exec(line) ?? [];
    if (!goal) throw new Error(`scripts/lexicon/concepts.txt: cannot read "${line}"`);
    const entries = concepts.get(goal) ?? new Map();
    for (const item of words.split(/\s+/)) {
      const [word, weight = '1'] = item.split('/');
      entries.set(word, Math.max(entries.get(word) ?? 0, Number(weight)));
      if (mark === '=') unexpanded.add(`${goal} ${word}`);
    }
    concepts.set(goal, entries);
  }
  return { concepts, combos, excluded, unexpanded };
}

export async function buildTokenizer() {
  const kuromoji = require('kuromoji');
  const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
  return new Promise((resolve, reject) => kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built))));
}

const toHiragana = (text) => text.replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));

/** What to cut from a dictionary form to leave the stem every inflection starts with. */
function ending(token) {
  const type = token.conjugated_type ?? '';
  if (type.startsWith('五段')) return 1;
  if (type === '一段' || type.startsWith('形容詞')) return 1;
  if (type.startsWith('サ変')) return 2;
  return 0;
}

/** Whether a token is the 〜たい of a wish. kuromoji reads 〜ていたく (て + いる + たい) as the adjective いたい (痛い): so is that. */
function isWish(token, before) {
  return (token.conjugated_type === '特殊・タイ' && before?.pos === '動詞') || (token.pos === '形容詞' && token.basic_form === 'いたい' && before?.surface_form === 'て');
}

/**
 * A word that ends in a wish (死にたい, いなくなりたい, 生きていたくない) as a word of its own, its
 * verb kept as typed: the verb's dictionary form would make いなくなる (猫がいなくなった) and
 * 消える (電気が消えた) mean what the wish means. Undefined when the word is no wish, or a wish
 * inside a longer expression (死にたい気持ち, which stays one word). Never the bare stem 消えた
 * (消える in the past) as a form.
 */
function analyseWish(tokens) {
  const at = tokens.findIndex((token, index) => index > 0 && isWish(token, tokens[index - 1]));
  if (at < 0) return undefined;
  const after = tokens.slice(at + 1);
  // What may follow: ない (a denied wish) and なる (消えたくなる: still a wish), nothing else.
  if (!after.every((token) => token.basic_form === 'ない' || token.basic_form === 'なる')) return undefined;
  const denied = after[0]?.basic_form === 'ない';
  const verbPart = tokens.slice(0, at);
  // The misread いたい holds the い of いる.
  const misread = tokens[at].conjugated_type !== '特殊・タイ';
  const stem = verbPart.map((token) => token.surface_form).join('') + (misread ? 'い' : '');
  const stemReading = verbPart.every((token) => token.reading && token.reading !== '*') ? toHiragana(verbPart.map((token) => token.reading).join('')) + (misread ? 'い' : '') : undefined;
  const ending = denied ? 'たくない' : 'たい';
  // Its other forms (消えたくなる, 消えたかった) are the widget's to make (understand.ts WISH_FORMS): no stem.
  return { lemma: fold(stem + ending), reading: stemReading && fold(stemReading + ending), stems: [], wish: true };
}

/** A verb after て that says where the act goes (出ていく: leave home; 出てくる), not how it goes on (てる, てしまう): the word ends with it. */
const DIRECTION = new Set(['いく', '行く', 'くる', '来る']);

/**
 * The dictionary form of a word as kuromoji reads it (its last verb or adjective in its
 * dictionary form), its reading, and the stems every inflection of it starts with; a wish keeps
 * its wish (see analyseWish), and its forms are the wish's.
 */
export function analyse(tokenizer, word) {
  const tokens = tokenizer.tokenize(word);
  const wish = analyseWish(tokens);
  if (wish) return wish;
  // The last verb or adjective that stands on its own; what follows it (てる, られる, ない) is inflection.
  let at = tokens.length - 1;
  while (at >= 0 && !((tokens[at].pos === '動詞' || tokens[at].pos === '形容詞') && (tokens[at].pos_detail_1 === '自立' || DIRECTION.has(tokens[at].basic_form)))) at -= 1;
  const trailing = tokens.slice(at + 1);
  // A noun after the verb (所 of 行く所, もの of 食べるもの) names a thing, not an inflection: the word stays whole.
  const inflects = at >= 0 && tokens[at].basic_form !== '*' && trailing.every((token) => token.pos === '助動詞' || token.pos === '助詞' || ((token.pos_detail_1 === '非自立' || token.pos_detail_1 === '接尾') && token.pos !== '名詞'));
  const head = inflects ? tokens.slice(0, at) : tokens;
  const last = inflects ? tokens[at] : undefined;
  const lemmaText = last ? head.map((token) => token.surface_form).join('') + last.basic_form : word;
  const readingOf = (list) => (list.every((token) => token.reading && token.reading !== '*') ? toHiragana(list.map((token) => token.reading).join('')) : undefined);
  let reading = readingOf(tokens);
  const stems = [];
  if (last) {
    const lastReading = tokenizer.tokenize(last.basic_form)[0]?.reading;
    const headReading = readingOf(head);
    const cut = ending(last);
    reading = lastReading && lastReading !== '*' && headReading !== undefined ? headReading + toHiragana(lastReading) : undefined;
    if (cut > 0) {
      stems.push(lemmaText.slice(0, lemmaText.length - cut));
      if (reading) stems.push(reading.slice(0, reading.length - cut));
    }
  }
  // A denied word (眠れない, やめられない, 保証人がいない) is a word of its own, its stems its verb's: the
  // widget counts it only where a denial follows (understand.ts), so やめた and 寝泊まり are not it.
  const denial = last !== undefined && trailing.some(isDenial) ? DENIED : '';
  return { lemma: fold(lemmaText) + denial, reading: reading && fold(reading) + denial, stems: stems.map(fold) };
}

/** The mark ending a denied word's lemma (a kana no one types), as understand.ts reads it. */
const DENIED = 'ゑ';

/** ない after a verb (眠れない) or an adjective's く (可愛くない), and ぬ (ず, ん). */
function isDenial(token) {
  return (token.basic_form === 'ない' && (token.pos === '助動詞' || token.pos_detail_1 === '非自立')) || (token.pos === '助動詞' && token.basic_form === 'ぬ');
}

/** Sudachi's synonym groups, by each folded headword: only what expansion needs. */
function synonymGroups() {
  const groups = JSON.parse(readFileSync(join(sudachiDir, 'sudachi-synonyms-dictionary.json'), 'utf8'));
  const byWord = new Map();
  for (const group of groups) {
    // Translations (money for お金) and Latin spellings would match English words and loanwords that mean something else.
    const items = group.items.filter((item) => item.expandControl !== 2 && item.gokeiSyubetsu !== '対訳' && !/\p{Script=Latin}/u.test(item.midashi)).map((item) => item.midashi);
    if (items.length < 2 || items.length > MAX_GROUP) continue;
    for (const item of group.items) {
      if (item.expandControl !== 0) continue;
      const key = fold(item.midashi);
      const list = byWord.get(key) ?? [];
      list.push(items);
      byWord.set(key, list);
    }
  }
  return byWord;
}

/** Whether a synonym is worth a lexicon entry: two or more characters (three in kana, where two are inside many words), not only digits. */
const usable = (word) => word.length >= 2 && word.length <= 12 && !(KANA_ONLY.test(word) && word.length < 3) && !/^\d+$/.test(word);

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

export async function generateLexicon(tokenizer) {
  tokenizer ??= await buildTokenizer();
  const { concepts, combos, excluded, unexpanded } = readSeeds();
  const synonyms = synonymGroups();
  /** goal → lemma → weight */
  const lexicon = new Map();
  /** form → lemmas */
  const forms = new Map();
  const addForm = (form, lemma) => {
    // A single kanji is a stem (殴 of 殴られた); a single kana is inside every word.
    if (form === lemma || form === '' || (form.length < 2 && !/\p{Script=Han}/u.test(form))) return;
    const lemmas = forms.get(form) ?? new Set();
    lemmas.add(lemma);
    forms.set(form, lemmas);
  };
  const seeded = new Set();
  /** Words that are wishes: the widget makes their forms (a `~` among them). */
  const wishes = new Set();
  const add = (goal, word, weight) => {
    const { lemma, reading, stems, wish } = analyse(tokenizer, word);
    if (lemma === '' || excluded.get(goal)?.has(lemma)) return undefined;
    if (wish) wishes.add(lemma);
    const entries = lexicon.get(goal) ?? new Map();
    entries.set(lemma, Math.max(entries.get(lemma) ?? 0, Math.round(weight * 100) / 100));
    lexicon.set(goal, entries);
    if (reading) addForm(reading, lemma);
    for (const stem of stems) addForm(stem, lemma);
    addForm(fold(word), lemma);
    return lemma;
  };
  for (const words of concepts.values()) for (const word of words.keys()) seeded.add(analyse(tokenizer, word).lemma);
  let synonymCount = 0;
  for (const [goal, words] of concepts) {
    for (const [word, weight] of words) {
      add(goal, word, weight);
      if (weight < EXPAND_FROM || unexpanded.has(`${goal} ${word}`)) continue;
      for (const group of synonyms.get(fold(word)) ?? []) {
        for (const synonym of group) {
          const folded = fold(synonym);
          if (!usable(folded) || seeded.has(folded) || lexicon.get(goal)?.has(folded)) continue;
          if (add(goal, synonym, weight * SYNONYM_SHARE)) synonymCount += 1;
        }
      }
    }
  }
  const comboLemmas = combos.map(({ goal, groups, bonus }) => ({
    goal,
    bonus,
    groups: groups.map((group) =>
      group.map((word) => {
        const { lemma, reading, stems, wish } = analyse(tokenizer, word);
        if (wish) wishes.add(lemma);
        if (reading) addForm(reading, lemma);
        for (const stem of stems) addForm(stem, lemma);
        addForm(fold(word), lemma);
        return lemma;
      }),
    ),
  }));

  const goals = [...lexicon.keys()];
  // A goal's words grouped by weight, surest first: a weight is written once, not after each word.
  const packedLexicon = goals
    .map((goal) => {
      const byWeight = new Map();
      for (const [lemma, weight] of [...lexicon.get(goal)].sort(([a], [b]) => compare(a, b))) {
        if (/[\t: ]/.test(lemma)) throw new Error(`a word the packing cannot hold: ${lemma}`);
        byWeight.set(weight, [...(byWeight.get(weight) ?? []), lemma]);
      }
      return [goal, ...[...byWeight].sort(([a], [b]) => b - a).map(([weight, lemmas]) => `${weight}:${lemmas.join(' ')}`)].join('\t');
    })
    .join('\n');
  const packedCombos = comboLemmas.map(({ goal, groups, bonus }) => `${goal}\t${bonus}\t${groups.map((group) => [...new Set(group)].join('|')).join(' ')}`).join('\n');
  // Packed per word, each form by what it shares with the word's beginning: a capital letter (A = 1
  // character … Z = 26; folded text holds none) then the rest. 叩く=A,Aいてしまう,Aかれる.
  const formsOf = new Map();
  for (const [form, lemmas] of forms) {
    if (/[A-Z*,~ ]/.test(form)) throw new Error(`a form the packing cannot hold: ${form}`);
    for (const lemma of lemmas) formsOf.set(lemma, [...(formsOf.get(lemma) ?? []), form]);
  }
  const sharedStart = (word, form) => {
    let length = 0;
    while (length < 26 && length < word.length && word[length] === form[length]) length += 1;
    return length;
  };
  // The forms go in the order the words first appear in CONCEPT_WORDS, then in CONCEPT_COMBINATIONS,
  // so the words need not be written again (half the gzipped bytes of this list).
  const toReading = readingOf();
  const wordOrder = [...new Set([...goals.flatMap((goal) => [...lexicon.get(goal).keys()].sort(compare)), ...comboLemmas.flatMap(({ groups }) => groups.flat())])];
  for (const lemma of formsOf.keys()) if (!wordOrder.includes(lemma)) throw new Error(`a form of a word in no list: ${lemma}`);
  const packedForms = wordOrder
    .map((lemma) => {
      if (/[*,~ ]/.test(lemma)) throw new Error(`a word the packing cannot hold: ${lemma}`);
      const reading = toReading(lemma);
      const packed = (formsOf.get(lemma) ?? []).sort(compare).map((form) => {
        if (form === reading) return '*';
        // The reading of the word's first characters (払 of 払う: はら): * and their count as a capital.
        for (let length = 1; length < Math.min(lemma.length, 27); length += 1) {
          if (toReading(lemma.slice(0, length)) === form && lemma.slice(0, length) !== form) return `*${String.fromCharCode(64 + length)}`;
        }
        const shared = sharedStart(lemma, form);
        return shared > 0 ? `${String.fromCharCode(64 + shared)}${form.slice(shared)}` : form;
      });
      return (wishes.has(lemma) ? [...packed, '~'] : packed).join(',');
    })
    .join(' ');
  const words = goals.reduce((sum, goal) => sum + lexicon.get(goal).size, 0);
  const { version } = JSON.parse(readFileSync(join(sudachiDir, 'package.json'), 'utf8'));
  const lexiconFile = `// Generated by scripts/generate-lexicon.mjs from scripts/lexicon/concepts.txt; do not edit.
// ${words} words over ${goals.length} goals (${synonymCount} of them synonyms), ${comboLemmas.length} combinations.
/*! Synonyms from sudachi-synonyms-dictionary ${version} (https://github.com/WorksApplications/SudachiDict),
 * Copyright (c) Works Applications Co., Ltd., licensed under the Apache License, Version 2.0
 * (http://www.apache.org/licenses/LICENSE-2.0). Only the synonyms of this widget's concept words are included. */

/** Per goal of the bundled flow, a line: the goal id, then per weight of its words (surest first) a tab, \`weight:\` and the words (folded dictionary forms). */
export const CONCEPT_WORDS: string = ${JSON.stringify(packedLexicon)};

/** Per combination, a line: goal, bonus, then groups of words separated by spaces (a group's words by |); a word of every group gives the bonus. */
export const CONCEPT_COMBINATIONS: string = ${JSON.stringify(packedCombos)};
`;
  const lemmasFile = `// Generated by scripts/generate-lexicon.mjs with kuromoji's IPA dictionary; do not edit.
// ${forms.size} forms: the stems every inflection of a lexicon word starts with, and the words' readings in kana.

/**
 * Written with kana and ASCII traded (kana-trade.ts): as read back, per word, in the order words
 * first appear in CONCEPT_WORDS then CONCEPT_COMBINATIONS, its forms
 * \`form,form\` (empty when none), separated by spaces, all folded: 払う's A,はら. A form starting with a
 * capital shares that many characters with the start of its word (A = 1 … Z = 26), then goes on;
 * \`*\` is the word's reading as toReading gives it (家賃's *: やちん), and \`*\` with a capital the
 * reading of that many of its first characters (払う's *A: はら). \`~\`: the word is a wish
 * (消えたい), and its forms ending in the wish go on as a wish does (消えたくなる, 消えたかった).
 */
export const WORD_FORMS: string = ${JSON.stringify(tradeText(packedForms))};
`;
  return { 'src/search/lexicon.generated.ts': lexiconFile, 'src/search/lemmas.generated.ts': lemmasFile, summary: `${words} words, ${synonymCount} synonyms, ${forms.size} forms` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await generateLexicon();
  for (const [path, content] of Object.entries(files)) if (path !== 'summary') writeFileSync(join(root, path), content);
  console.log(`wrote src/search/lexicon.generated.ts and src/search/lemmas.generated.ts: ${files.summary}`);
}
