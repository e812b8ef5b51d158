export * from './normalize.js';
export * from './search-index.js';
