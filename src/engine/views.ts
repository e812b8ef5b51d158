import type { ServiceRecord } from '../data/record.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { Messages } from '../i18n/messages.js';
import { withoutRuby } from '../i18n/ruby.js';
import type { Flow } from './flow.js';
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

/** What the live region says once typing pauses; undefined when there is nothing to say yet. */
export function searchAnnouncement(query: string, result: { readonly total: number; readonly tooShort?: boolean }, messages: Messages): string | undefined {
  if (query.trim() === '' || result.tooShort) return undefined;
  return withoutRuby(result.total > 0 ? messages.searchResults(result.total) : messages.searchNone);
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
