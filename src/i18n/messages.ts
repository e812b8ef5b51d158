import type { Lang } from './lang.js';
import { EN_MESSAGES } from './messages-en.js';
import { JA_EASY_MESSAGES } from './messages-ja-easy.js';
import { JA_MESSAGES, type Messages } from './messages-ja.js';

export type { Messages } from './messages-ja.js';

/**
 * Every language's messages at once, for what may hold them all (tests, the studio, the build's
 * first screens, the npm package's export). The widget imports none of this: it has `ja` and
 * loads another language when used (load-messages.ts).
 */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { ja: JA_MESSAGES, 'ja-easy': JA_EASY_MESSAGES, en: EN_MESSAGES };
