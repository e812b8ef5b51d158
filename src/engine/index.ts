export * from './flow.js';
export * from './query.js';
export * from './counts.js';
export * from './walker.js';
export * from './validate.js';
export * from './transcript.js';
export * from './coverage.js';
export * from './views.js';
