export * from './record.js';
export * from './errors.js';
export * from './decode.js';
export * from './headers.js';
export * from './normalize.js';
export * from './parse.js';
export * from './load.js';
export * from './cache.js';
