/**
 * The public API of shien-navi, by name: what `shien-navi` and `shien-navi/classes` export, without
 * registering any element (see define.ts). Everything else in src/ is internal and may change in
 * any release; add a name here only when the README or custom-elements.json documents it.
 */

// The elements (custom-elements.json), and the types of their properties.
export {
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
  DEFAULT_EXIT_URL,
  type BubbleView,
  type ChoiceView,
} from './components/index.js';
// Loaded by the widget only in `mode="launcher"` (components/lazy-parts.ts).
export { ShienNaviLauncher } from './components/launcher/launcher.js';

// The events (README "Events"; HTMLElementEventMap) and their details.
export {
  SENSITIVE_GOAL,
  type ShienNaviErrorDetail,
  type ShienNaviEventMap,
  type ShienNaviEventName,
  type ShienNaviExitDetail,
  type ShienNaviGoalDetail,
  type ShienNaviGoalEventDetail,
  type ShienNaviPanelDetail,
  type ShienNaviReadyDetail,
  type ShienNaviSearchDetail,
  type ShienNaviSensitiveGoalDetail,
  type ShienNaviStepDetail,
} from './components/events.js';
export { ERROR_KINDS, ShienNaviError, type ErrorKind, type FlowProblemReport } from './data/errors.js';

// Attribute values: `lang`, `encoding`.
export { LANGS, type Lang, type LocalizedText } from './i18n/lang.js';
export { ENCODINGS, type Encoding } from './data/encodings.js';

// The data: records, the code tables, and reading a CSV (in the browser or in Node).
export type { PhoneNumber, ServiceRecord } from './data/record.js';
export { CLASSIFICATIONS, SERVICE_TYPES, type ClassificationCode } from './data/codes.js';
export {
  parseCsv,
  type ExpiredRow,
  type ParsedCsv,
  type ParseOptions,
  type ParseReport,
  type QuoteErrorRow,
  type RowObserver,
  type SkippedRow,
  type UnreadableCell,
} from './data/parse.js';
export { loadSources, readCsvBytes, type LoadedData, type LoadOptions, type SourceResult } from './data/load.js';

// The flow (README "Changing the questions"; schema/flow.schema.json).
export {
  FLOW_VERSION,
  type Choice,
  type Flow,
  type FlowNode,
  type GoalNode,
  type GoalQuery,
  type MessageNode,
  type Phrases,
  type QuestionNode,
} from './engine/flow.js';
export { validateFlow, type FlowProblem, type FlowProblemCode, type FlowValidation } from './engine/validate.js';
export { HOKKAIDO_FLOW } from './flows/hokkaido.js';
export { withHokkaidoPhrases } from './flows/hokkaido-phrases.js';
export { CRISIS_LINES, type CrisisLine, type CrisisLineId } from './flows/crisis-lines.js';

// Troubles in plain words (README "Search": the library API).
export { crisisLinesFor } from './search/crisis.js';
export { loadTroubleSearch, type TroubleSearch } from './engine/load-trouble-search.js';
export type { Answer, AnswerContext, AnswerService } from './engine/answer.js';
