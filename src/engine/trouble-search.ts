/**
 * The lazily loaded part of the search (see load-trouble-search.ts): the index over the data's
 * names and words, the trouble matcher with the bundled flow's phrases and their readings, and
 * the combined answer. Nothing of it is needed before the first keystroke.
 */
// The chunk's bytes follow this order. gzip finds a repeat only within the last 32 KB, so the
// data that shares words sits together: the phrases, the lexicon that holds many of their words,
// the readings of their kanji and the lexicon's forms (2.4 KB less in gzip than where the imports
// below would put them; the cry model, which shares little, comes later with the answer).
import '../flows/hokkaido-phrases.js';
import '../search/lexicon.generated.js';
import '../search/readings.generated.js';
import '../search/lemmas.generated.js';
export { TroubleMatcher } from './troubles.js';
export { loadFuzzyMatcher, SearchIndex } from '../search/search-index.js';
export { answerQuery, answerRows } from './answer.js';
