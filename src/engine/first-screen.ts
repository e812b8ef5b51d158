import { CRISIS_LINES, GENERAL_CRISIS_LINES } from '../flows/crisis-lines.js';
import { LANGS, localize, type Lang } from '../i18n/lang.js';
import type { Messages } from '../i18n/messages.js';
import type { Flow } from './flow.js';

/**
 * The first screen of the bundled flow in one language: everything `<shien-navi>` shows before
 * anything is chosen, as plain strings (`相談《そうだん》` readings kept). dist/shien-navi.js
 * paints it at once, before the rest of the widget has arrived (see components/shell).
 */
export interface FirstScreen {
  readonly heading: string;
  readonly greeting: string;
  readonly question: string;
  /** The top-level categories: `id` is what the `categories` attribute names. */
  readonly choices: readonly { readonly id: string; readonly label: string }[];
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly conversationLabel: string;
  readonly back: string;
  readonly restart: string;
  /** Said when the rest of the widget cannot be loaded, above the crisis lines. */
  readonly failed: string;
  readonly crisisHeading: string;
  readonly crisis: readonly { readonly name: string; readonly number: string }[];
}

export type FirstScreens = Readonly<Record<Lang, FirstScreen>>;


export function firstScreens(flow: Flow, messages: Readonly<Record<Lang, Messages>>): FirstScreens {
  const root = flow.nodes[flow.start];
  const screen = (lang: Lang): FirstScreen => {
    const text = messages[lang];
    return {
      heading: text.heading,
      greeting: text.greeting,
      question: root ? localize(root.text, lang) : '',
      choices: root?.kind === 'question' ? root.choices.map((choice) => ({ id: choice.next, label: localize(choice.label, lang) })) : [],
      searchLabel: text.searchLabel,
      searchPlaceholder: text.searchPlaceholder,
      conversationLabel: text.conversationLabel,
      back: text.back,
      restart: text.restart,
      failed: text.loadFailed,
      crisisHeading: text.crisisHeading,
      crisis: GENERAL_CRISIS_LINES.map((id) => ({ name: localize(CRISIS_LINES[id].name, lang), number: CRISIS_LINES[id].number })),
    };
  };
  return Object.fromEntries(LANGS.map((lang) => [lang, screen(lang)])) as Record<Lang, FirstScreen>;
}
