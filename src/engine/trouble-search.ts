/** The lazily loaded part of the search: the combined answer and the trouble matcher (see load-trouble-search.ts). */
export { answerQuery } from './answer.js';
export { TroubleMatcher } from './troubles.js';
