import type { Lang } from './lang.js';
import type { Messages } from './messages-ja.js';

/**
 * Loads the messages of a language other than `ja` (which the app chunk holds): each is a lazy
 * chunk of its own, so a Japanese page fetches neither and an English one not the やさしい日本語.
 */
export function loadMessages(lang: Exclude<Lang, 'ja'>): Promise<Messages> {
  return lang === 'en' ? import('./messages-en.js').then((module) => module.EN_MESSAGES) : import('./messages-ja-easy.js').then((module) => module.JA_EASY_MESSAGES);
}
