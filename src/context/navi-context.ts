import { createContext } from '@lit/context';
import type { Lang } from '../i18n/lang.js';
import type { Messages } from '../i18n/messages.js';

/** What every part of one widget shares: its language and the texts for it. */
export interface NaviContext {
  readonly lang: Lang;
  readonly messages: Messages;
}

export const naviContext = createContext<NaviContext>(Symbol('shien-navi-context'));
