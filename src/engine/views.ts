import type { ServiceRecord } from '../data/record.js';
import type { CrisisLineId } from '../flows/crisis-lines.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { Messages } from '../i18n/messages.js';
import { withoutRuby } from '../i18n/ruby.js';
import { crisisLinesFor } from '../search/crisis.js';
import type { MatchRanges } from '../search/ranges.js';
import type { Answer } from './answer.js';
import type { Flow } from './flow.js';
import type { SituationMatch } from './troubles.js';
import { transcript } from './transcript.js';
import type { StopNode, WalkState } from './walker.js';

/**
 * What the parts of the widget show, worked out from the walk, the counts and the language:
 * plain functions, so what a person sees can be tested without a browser.
 */

export interface BubbleView {
  readonly from: 'bot' | 'user';
  readonly text: string;
}

export interface ChoiceView {
  readonly label: string;
  /** Services behind the choice, e.g. "3件" or "情報なし"; '' while there is no data to count. */
  readonly countText: string;
  readonly empty: boolean;
}

/** How many services lie behind a node (see ServiceCounts). */
export interface ServiceTally {
  behind(nodeId: string): number;
  leadsSomewhere(nodeId: string): boolean;
}

/** The conversation so far: the greeting, then what was asked and what the person answered. */
export function bubbles(walk: WalkState, messages: Messages, lang: Lang): BubbleView[] {
  return [{ from: 'bot', text: messages.greeting }, ...transcript(walk).map((entry) => ({ from: entry.from, text: localize(entry.text, lang) }))];
}

/** A question's answers, with how many services lie behind each once they are counted. */
export function choiceViews(node: StopNode, tally: ServiceTally | undefined, messages: Messages, lang: Lang): ChoiceView[] {
  if (node.kind !== 'question') return [];
  return node.choices.map((choice) => {
    const behind = tally?.behind(choice.next);
    return {
      label: localize(choice.label, lang),
      countText: behind === undefined ? '' : withoutRuby(behind > 0 ? messages.choiceCount(behind) : messages.choiceNone),
      empty: tally !== undefined && !tally.leadsSomewhere(choice.next),
    };
  });
}

/** The top-level categories, offered when a search finds nothing. */
export function categoryViews(flow: Flow, lang: Lang): ChoiceView[] {
  const root = flow.nodes[flow.start];
  return (root?.kind === 'question' ? root.choices : []).map((choice) => ({ label: localize(choice.label, lang), countText: '', empty: false }));
}

/** What the live region says on reaching a step: its text, and at a goal how many services it shows. */
export function stepAnnouncement(node: StopNode, results: number, messages: Messages, lang: Lang): string {
  const text = withoutRuby(localize(node.text, lang));
  return node.kind === 'goal' && results > 0 ? `${text} ${withoutRuby(messages.goalCount(results))}` : text;
}

/** A way into the questions that a search offers: opens `node` as tapping its choice would. */
export interface ShortcutView {
  readonly node: string;
  /** The choice that opens it, in the widget's language ("家賃が払えない"). */
  readonly label: string;
  /** The choices before that one ("お金のこと"); none at the top. */
  readonly context: readonly string[];
}

/** A service a search found, with what matched in its 制度名 and 通称. */
export interface FoundService {
  readonly record: ServiceRecord;
  readonly ranges: MatchRanges;
}

/**
 * What the search shows for what was typed, in this order: crisis lines, shortcuts into the
 * questions, the services found (`total` in all); or, when there are no services and no
 * shortcuts, the closest situations as `suggestions` beside the categories.
 */
export interface SearchView {
  readonly crisis: readonly CrisisLineId[];
  /** A listening line to a person goes with the rest (see Answer.listening); also when the search cannot load. */
  readonly listening?: boolean;
  readonly shortcuts: readonly ShortcutView[];
  /** The first services found (a page or a few). */
  readonly services: readonly FoundService[];
  readonly total: number;
  readonly suggestions: readonly ShortcutView[];
  /** One kana or letter: only crisis words were looked for. */
  readonly tooShort?: boolean;
  /** The services cannot be searched yet: the data, or the search itself, is still loading. */
  readonly pending?: boolean;
  /** The search itself could not be loaded (its file did not arrive). */
  readonly unavailable?: boolean;
}

/** Not searching. */
export const NO_SEARCH: SearchView = { crisis: [], shortcuts: [], services: [], total: 0, suggestions: [] };

function shortcutView(match: SituationMatch): ShortcutView {
  return { node: match.node, label: match.label, context: match.path.slice(0, -1) };
}

/** The search that understands troubles answered (see engine/answer.ts). */
export function answerView(answer: Answer, pending = false): SearchView {
  return {
    crisis: answer.crisis,
    ...(answer.listening ? { listening: true } : {}),
    shortcuts: answer.situations.map(shortcutView),
    services: answer.services,
    total: answer.total,
    suggestions: answer.suggestions.map(shortcutView),
    ...(answer.tooShort ? { tooShort: true } : {}),
    ...(pending ? { pending } : {}),
  };
}

/**
 * Before the search has loaded (`pending`), or when it cannot be (`unavailable`): the crisis
 * lines for what was typed, which never wait for it; when the search cannot load, nothing can be
 * found, so a line to a person too.
 */
export function crisisView(query: string, unavailable: boolean): SearchView {
  const crisis = crisisLinesFor(query);
  return { ...NO_SEARCH, crisis, ...(unavailable ? { unavailable, ...(crisis.length === 0 ? { listening: true } : {}) } : { pending: true }) };
}

/**
 * What the live region says once typing pauses: that crisis lines are shown, then how many
 * services were found, or that a situation fits, or that nothing was found, then that a listening
 * line is shown; undefined when
 * there is nothing to say yet.
 */
export function searchAnnouncement(query: string, view: SearchView, messages: Messages): string | undefined {
  if (query.trim() === '') return undefined;
  const said: string[] = view.crisis.length > 0 ? [messages.crisisHeading] : [];
  if (view.total > 0) said.push(messages.searchResults(view.total));
  else if (view.shortcuts.length > 0) said.push(messages.shortcutsHeading);
  else if (view.unavailable) said.push(messages.loadFailed);
  else if (said.length === 0 && !view.tooShort && !view.pending) said.push(messages.searchNone);
  if (view.listening) said.push(messages.listeningHeading);
  return said.length > 0 ? withoutRuby(said.join(' ')) : undefined;
}

/** The municipalities named in the data (each of a 対象地域群), in the order they first appear. */
export function municipalityNames(records: readonly ServiceRecord[]): string[] {
  const names = new Set<string>();
  for (const record of records) for (const name of record.municipalities) names.add(name);
  return [...names];
}

/** The note above the conversation about the data: loading, a saved copy standing in, or a failure. */
export function dataNotice(
  data: { readonly loading: boolean; readonly staleSince: string; readonly failed: number },
  messages: Messages,
  lang: Lang,
): { readonly text: string; readonly error: boolean } | undefined {
  if (data.loading) return { text: messages.loading, error: false };
  if (data.staleSince) {
    const date = new Date(data.staleSince);
    const shown = Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(lang === 'en' ? 'en' : 'ja', { dateStyle: 'long' }).format(date);
    return { text: messages.usingSavedCopy(shown), error: true };
  }
  if (data.failed > 0) return { text: messages.loadFailed, error: true };
  return undefined;
}
