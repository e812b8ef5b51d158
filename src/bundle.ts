/**
 * Entry of the browser files dist/shien-navi.js and dist/shien-navi.iife.js: registers the
 * elements and exports their classes. The data, engine and search APIs are in the npm package
 * (`shien-navi/classes`); leaving them out here keeps the CSV reader and fuse.js in chunks of
 * their own that load only when needed, after the first question is on screen.
 */
export { defineShienNavi, ELEMENTS } from './define.js';
export * from './components/index.js';
