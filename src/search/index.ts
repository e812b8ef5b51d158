export * from './normalize.js';
export * from './search-index.js';
export * from './highlight.js';
