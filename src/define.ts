/**
 * Registers `<shien-navi>` and its parts. This is the entry of the bundles and of
 * `import 'shien-navi'`; importing it twice, next to another copy, or on a server is harmless.
 */
import { ANOTHER_COPY_FIRST } from './copies.js';
import {
  ShienNavi,
  ShienNaviBubble,
  ShienNaviChoiceList,
  ShienNaviContactActions,
  ShienNaviConversationLog,
  ShienNaviCrisisLines,
  ShienNaviMunicipalityPicker,
  ShienNaviQuickExit,
  ShienNaviResultCard,
  ShienNaviResultList,
  ShienNaviSearchBox,
  ShienNaviSearchResults,
  ShienNaviStep,
} from './components/index.js';
import { paintedMessagesArrival } from './components/shell/take-over.js';

export const ELEMENTS = {
  'shien-navi': ShienNavi,
  'shien-navi-search-box': ShienNaviSearchBox,
  'shien-navi-municipality-picker': ShienNaviMunicipalityPicker,
  'shien-navi-conversation-log': ShienNaviConversationLog,
  'shien-navi-bubble': ShienNaviBubble,
  'shien-navi-step': ShienNaviStep,
  'shien-navi-choice-list': ShienNaviChoiceList,
  'shien-navi-crisis-lines': ShienNaviCrisisLines,
  'shien-navi-quick-exit': ShienNaviQuickExit,
  'shien-navi-search-results': ShienNaviSearchResults,
  'shien-navi-result-list': ShienNaviResultList,
  'shien-navi-result-card': ShienNaviResultCard,
  'shien-navi-contact-actions': ShienNaviContactActions,
} as const;

/**
 * Registers the elements not registered yet. When another copy of shien-navi (another version,
 * or the classic script beside the module) registered `<shien-navi>` first, the page uses that
 * copy with its own parts: this one stays out of the way and says so in the console.
 */
export function defineShienNavi(registry: CustomElementRegistry = customElements): void {
  const first = registry.get('shien-navi');
  if (first && first !== ShienNavi) {
    console.info(ANOTHER_COPY_FIRST);
    return;
  }
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

// A server without a DOM shim has no registry: the elements register when this runs in the browser.
if (typeof customElements !== 'undefined') {
  const waiting = paintedMessagesArrival();
  if (waiting) void waiting.then(() => defineShienNavi());
  else defineShienNavi();
}

export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'shien-navi': ShienNavi;
    'shien-navi-search-box': ShienNaviSearchBox;
    'shien-navi-municipality-picker': ShienNaviMunicipalityPicker;
    'shien-navi-conversation-log': ShienNaviConversationLog;
    'shien-navi-bubble': ShienNaviBubble;
    'shien-navi-step': ShienNaviStep;
    'shien-navi-choice-list': ShienNaviChoiceList;
    'shien-navi-crisis-lines': ShienNaviCrisisLines;
    'shien-navi-quick-exit': ShienNaviQuickExit;
    'shien-navi-search-results': ShienNaviSearchResults;
    'shien-navi-result-list': ShienNaviResultList;
    'shien-navi-result-card': ShienNaviResultCard;
    'shien-navi-contact-actions': ShienNaviContactActions;
  }
}
