import { isServer } from 'lit';
import { toLang } from '../../i18n/lang.js';
import { messagesArrival } from '../shien-navi/messages.js';
import { CHOSEN, deepQueryAll, PAINTED } from './painted.js';

/** What the person did on the first screen before the widget took it over. */
export interface ShellState {
  /** The answer tapped, by its position among those shown. */
  readonly choice: number | undefined;
  /** What was typed into the search field. */
  readonly query: string;
  /** Where the keyboard focus was: the search field, or an answer by position. */
  readonly focus: 'search' | number | undefined;
}

/** Clears the first screen dist/shien-navi.js painted (paint.ts) out of `root`, returning what the person did on it (undefined if there was none). */
export function takeOverShell(root: ShadowRoot): ShellState | undefined {
  const painted = root.querySelector(`[${PAINTED}]`);
  if (!painted) return undefined;
  const input = deepQueryAll(painted, 'input[part~="search"]')[0];
  const choices = deepQueryAll(painted, 'button[part~="choice"]');
  // The focus is on an element inside the shadow roots of the parts.
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const chosen = painted.getAttribute(CHOSEN);
  const state: ShellState = {
    choice: chosen === null ? undefined : Number(chosen),
    query: input instanceof HTMLInputElement ? input.value : '',
    focus: active && active === input ? 'search' : active && choices.includes(active) ? choices.indexOf(active) : undefined,
  };
  painted.remove();
  return state;
}

/**
 * What registering the widget waits for: the messages of each painted widget's language (a
 * widget in another language than ja holds only a mark until they bring its painted screen,
 * paint.ts). Registered at once, a widget in English would take its painted screen (or the mark)
 * over and show nothing until they are here; registered once they are, the painted screen is
 * there until then, and an answer tapped on it is answered. Undefined when nothing is waited for
 * (a server, `ja`).
 */
export function paintedMessagesArrival(): Promise<unknown> | undefined {
  if (isServer) return undefined;
  const waits = [...document.querySelectorAll('shien-navi')].filter((host) => host.shadowRoot?.querySelector(`[${PAINTED}]`)).map((host) => messagesArrival(toLang(host.getAttribute('lang'))));
  return waits.some(Boolean) ? Promise.all(waits) : undefined;
}
