/**
 * The widget in the browser files: dist/shien-navi-app-[hash].js, which dist/shien-navi.js
 * (src/boot.ts) loads, and the classic script dist/shien-navi.iife.js. Registers the elements and
 * exports their classes. The data, engine and search APIs are in the npm package
 * (`shien-navi/classes`); leaving them out here keeps the CSV reader and fuse.js in chunks of
 * their own that load only when needed, after the first question is on screen.
 */
export { defineShienNavi, ELEMENTS } from './define.js';
export * from './components/index.js';
