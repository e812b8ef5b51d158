import { createContext } from '@lit/context';
import type { Lang } from '../i18n/lang.js';
import type { Messages } from '../i18n/messages.js';

/** What every part of one widget shares. */
export interface NaviContext {
  readonly lang: Lang;
  readonly messages: Messages;
  /** Says something once through the widget's polite live region (e.g. "コピーしました"). */
  readonly announce: (text: string) => void;
}

export const naviContext = createContext<NaviContext>(Symbol('shien-navi-context'));
