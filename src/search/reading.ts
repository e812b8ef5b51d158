import { foldText } from './normalize.js';
import { tradeText } from './kana-trade.js';
import { READINGS } from './readings.generated.js';

const KANJI_RUN = /[\p{Script=Han}々〆ヶ]+/gu;

let dictionary: { readonly readings: ReadonlyMap<string, string>; readonly longest: number } | undefined;

/** The generated readings, parsed on first use (not on import). */
function readingsDictionary(): { readonly readings: ReadonlyMap<string, string>; readonly longest: number } {
  if (dictionary === undefined) {
    const readings = new Map<string, string>();
    let longest = 0;
    for (const group of tradeText(READINGS).split(' ')) {
      // The group's first kanji, then each run's rest and reading (see readings.generated.ts).
      const [first = ''] = group;
      for (const piece of group.slice(first.length).split(',')) {
        const entry = `${first}${piece}`;
        const kana = entry.search(/[^\p{Script=Han}々〆ヶ]/u);
        if (kana <= 0) continue;
        readings.set(entry.slice(0, kana), foldText(entry.slice(kana)));
        longest = Math.max(longest, kana);
      }
    }
    dictionary = { readings, longest };
  }
  return dictionary;
}

/**
 * Folded text with its kanji words read out in hiragana, longest known word first
 * (家賃が払えない → やちんがはらえない, 障碍 → しようがい). A kanji the dictionary does not
 * know stays as it is, so a phrase and a query still share it.
 */
export function toReading(folded: string): string {
  const { readings, longest } = readingsDictionary();
  return folded.replace(KANJI_RUN, (run) => {
    let out = '';
    let at = 0;
    while (at < run.length) {
      let length = Math.min(longest, run.length - at);
      while (length > 0 && !readings.has(run.slice(at, at + length))) length -= 1;
      if (length === 0) {
        out += run[at];
        at += 1;
      } else {
        out += readings.get(run.slice(at, at + length));
        at += length;
      }
    }
    return out;
  });
}
