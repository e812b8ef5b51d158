import { lazyModule, type LazyModule } from '../../data/lazy-module.js';
import type { Lang } from '../../i18n/lang.js';
import { loadMessages } from '../../i18n/load-messages.js';
import { JA_MESSAGES, type Messages } from '../../i18n/messages-ja.js';

type OtherLang = Exclude<Lang, 'ja'>;

/** Each other language's messages, a chunk fetched once per page when a widget first speaks it (`ja` is in the app chunk). */
const chunks: Readonly<Record<OtherLang, LazyModule<Messages>>> = {
  'ja-easy': lazyModule(() => loadMessages('ja-easy')),
  en: lazyModule(() => loadMessages('en')),
};
/** Languages whose messages could not be loaded: they read `ja` from then on (never a blank widget). */
const failed = new Set<Lang>();

/** The messages of `lang` if they are here, else Japanese. */
export function messagesOf(lang: Lang): Messages {
  return (lang !== 'ja' && chunks[lang].now()) || JA_MESSAGES;
}

/** Undefined when `lang`'s messages are here (or failed: `ja` then), else the promise that they (or `ja`, if they fail) are. */
export function messagesArrival(lang: Lang): Promise<void> | undefined {
  if (lang === 'ja' || failed.has(lang) || chunks[lang].now()) return undefined;
  return chunks[lang].load().then(
    () => undefined,
    (error: unknown) => {
      if (failed.has(lang)) return;
      failed.add(lang);
      console.error(`shien-navi: the "${lang}" messages could not be loaded; showing Japanese`, error);
    },
  );
}
