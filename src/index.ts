/** Classes and types of shien-navi, without registering any element (see define.ts). */
export * from './components/index.js';
// Loaded by the widget only in `mode="launcher"` (components/lazy-parts.ts).
export { ShienNaviLauncher } from './components/launcher/launcher.js';
export * from './data/index.js';
export * from './engine/index.js';
export * from './search/index.js';
export { HOKKAIDO_FLOW } from './flows/hokkaido.js';
export { HOKKAIDO_PHRASES, withHokkaidoPhrases } from './flows/hokkaido-phrases.js';
export { CRISIS_LINES, type CrisisLine, type CrisisLineId } from './flows/crisis-lines.js';
export * from './i18n/lang.js';
export { MESSAGES, type Messages } from './i18n/messages.js';
