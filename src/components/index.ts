export { ShienNavi } from './shien-navi/shien-navi.js';
export { ShienNaviSearchBox } from './search-box/search-box.js';
export { ShienNaviMunicipalityPicker } from './municipality-picker/municipality-picker.js';
export { ShienNaviConversationLog, type BubbleView } from './conversation-log/conversation-log.js';
export { ShienNaviBubble } from './bubble/bubble.js';
export { ShienNaviStep } from './step/step.js';
export { ShienNaviChoiceList, type ChoiceView } from './choice-list/choice-list.js';
export { ShienNaviCrisisLines } from './crisis-lines/crisis-lines.js';
export { ShienNaviQuickExit, DEFAULT_EXIT_URL } from './quick-exit/quick-exit.js';
export { ShienNaviSearchResults } from './search-results/search-results.js';
export { ShienNaviResultList } from './result-list/result-list.js';
export { ShienNaviResultCard } from './result-card/result-card.js';
export { ShienNaviContactActions } from './contact-actions/contact-actions.js';
export { contactText } from './contact-actions/contact-text.js';
// The event types are the npm package's (src/index.ts); the browser files carry the one value.
export { SENSITIVE_GOAL } from './events.js';
