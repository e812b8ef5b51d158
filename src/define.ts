/**
 * Registers `<shien-navi>` and its parts. This is the entry of the bundles and of
 * `import 'shien-navi'`; importing it twice, or next to another copy, is harmless.
 */
import {
  ShienNavi,
  ShienNaviBubble,
  ShienNaviChoiceList,
  ShienNaviContactActions,
  ShienNaviConversationLog,
  ShienNaviCrisisLines,
  ShienNaviLauncher,
  ShienNaviMunicipalityPicker,
  ShienNaviQuickExit,
  ShienNaviResultCard,
  ShienNaviResultList,
  ShienNaviSearchBox,
  ShienNaviSearchResults,
  ShienNaviStep,
} from './components/index.js';

export const ELEMENTS = {
  'shien-navi': ShienNavi,
  'shien-navi-launcher': ShienNaviLauncher,
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

export function defineShienNavi(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

defineShienNavi();

export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'shien-navi': ShienNavi;
    'shien-navi-launcher': ShienNaviLauncher;
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
