import type { Lang } from '../../i18n/lang.js';
import { LIST_MESSAGES } from '../../i18n/list-messages.js';
import { withoutRuby } from '../../i18n/ruby.js';

/**
 * Shares `url` with the device's own share sheet (Web Share API) where there is one, else
 * copies it. Returns what to say about it ('' when the share sheet took it, or the person
 * closed it).
 */
export async function shareLink(url: string, title: string, lang: Lang): Promise<string> {
  const words = LIST_MESSAGES[lang];
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ url, ...(title ? { title } : {}) });
      return '';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return '';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return withoutRuby(words.linkCopied);
  } catch {
    return withoutRuby(words.shareFailed);
  }
}
