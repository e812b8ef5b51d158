export { ShienNavi } from './shien-navi/shien-navi.js';
export { ShienNaviSearchBox } from './search-box/search-box.js';
export { ShienNaviConversationLog, type BubbleView } from './conversation-log/conversation-log.js';
export { ShienNaviChoiceList, type ChoiceView } from './choice-list/choice-list.js';
export { ShienNaviCrisisLines } from './crisis-lines/crisis-lines.js';
export { ShienNaviResultList } from './result-list/result-list.js';
export { ShienNaviResultCard } from './result-card/result-card.js';
export * from './events.js';
