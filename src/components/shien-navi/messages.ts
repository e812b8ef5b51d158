import type { Lang } from '../../i18n/lang.js';
import { loadMessages } from '../../i18n/load-messages.js';
import { JA_MESSAGES, type Messages } from '../../i18n/messages-ja.js';

/** Each language's messages once here (`ja` always is); a language that could not be loaded reads `ja`. */
const loaded: Partial<Record<Lang, Messages>> = { ja: JA_MESSAGES };
const arrivals = new Map<Lang, Promise<void>>();

/** The messages of `lang` if they are here, else Japanese. */
export function messagesOf(lang: Lang): Messages {
  return loaded[lang] ?? JA_MESSAGES;
}

/** Undefined when `lang`'s messages are here, else the promise that they (or `ja`, if they fail) are. */
export function messagesArrival(lang: Lang): Promise<void> | undefined {
  if (lang === 'ja' || loaded[lang]) return undefined;
  let arrival = arrivals.get(lang);
  if (!arrival) {
    arrival = loadMessages(lang).then(
      (messages) => void (loaded[lang] = messages),
      (error: unknown) => {
        console.error(`shien-navi: the "${lang}" messages could not be loaded; showing Japanese`, error);
        loaded[lang] = JA_MESSAGES;
      },
    );
    arrivals.set(lang, arrival);
  }
  return arrival;
}
