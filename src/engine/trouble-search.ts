/**
 * The lazily loaded part of the search (see load-trouble-search.ts): the index over the data's
 * names and words, the trouble matcher with the bundled flow's phrases and their readings, and
 * the combined answer. Nothing of it is needed before the first keystroke.
 */
export { answerQuery, answerRows } from './answer.js';
export { TroubleMatcher } from './troubles.js';
export { loadFuzzyMatcher, SearchIndex } from '../search/search-index.js';
