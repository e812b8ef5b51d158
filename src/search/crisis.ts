import type { CrisisLineId } from '../flows/crisis-lines.js';
import { foldText } from './normalize.js';

/**
 * Words of a cry for help, and the crisis lines each kind of cry needs, first line first.
 * Stems, so every ending matches (死にた → 死にたい / 死にたくて / 死にたかった), written in
 * kanji and in kana, since a person may type either (katakana, width and small kana are folded
 * away, as in the query). Stems are chosen so ordinary words do not contain them: くびをつ
 * would fire on クビを告げられた, so it is 首をつる / くびをつり. Only words that say the act or the wish: 死にそう (お腹がすいて死にそう) and DV alone
 * (DV相談, the 通称 of a service) are left out; a service named for the act (自殺対策, 性暴力
 * 被害者支援) does show the lines, which is what anyone typing it could need.
 * Small on purpose: this is in the main bundle, so it works before any chunk or data loads.
 */
const CRIES: readonly { readonly lines: readonly CrisisLineId[]; readonly words: string }[] = [
  {
    lines: ['inochi', 'yorisoi'],
    words:
      '死にた しにた 死んでしまいた しんでしまいた 死のう 死ぬしか しぬしか 死なせて 死んだほうが 死んだ方が 消えたい きえたい 消えてしまいた きえてしまいた 消えてなくなりた ' +
      '自殺 じさつ 自死 生きていたくな いきていたくな 生きてる意味 生きている意味 生きる意味がな いきるいみがな 生きるのがつら 生きるのが辛 いきるのがつら 生きるのに疲れ ' +
      '生きていけな いきていけな いなくなりた 首を吊 首吊 首をつる 首をつり くびをつる くびをつり 飛び降り とびおり 楽になりた らくになりた ' +
      'suicid killmyself wanttodie wannadie endmylife takemyownlife dontwanttolive donotwanttolive wanttodisappear',
  },
  {
    lines: ['inochi', 'yorisoi', 'ambulance'],
    words: 'リストカット リスカ 手首を切 手首切 てくびをき 自傷 自分を傷つけ じぶんをきずつけ 体を傷つけ オーバードーズ 薬を大量 selfharm cuttingmyself hurtmyself overdose',
  },
  {
    lines: ['police', 'dv'],
    words:
      '殴 なぐられ なぐる なぐって 蹴られ 蹴る 叩かれ たたかれ 暴力 ぼうりょく 首を絞 首をしめ くびをしめ 絞められ dvを受け dvうけ dvされ dv被害 dvにあ ' +
      'ドメスティックバイオレンス domesticviolence hitsme hitme beatsme beatme beaten abusive',
  },
  {
    lines: ['child-abuse', 'police', 'dv'],
    words: '虐待 ぎゃくたい ネグレクト 育児放棄 abuse neglect',
  },
  {
    lines: ['child-abuse'],
    words: '叩いてしま たたいてしま 叩いちゃ たたいちゃ 手をあげてしま 手を上げてしま てをあげてしま 殴ってしま なぐってしま',
  },
  {
    lines: ['police', 'yorisoi'],
    words: 'レイプ 強姦 性暴力 性被害 性的暴行 rape sexualassault',
  },
];

let folded: readonly { readonly lines: readonly CrisisLineId[]; readonly words: readonly string[] }[] | undefined;

/**
 * The crisis lines to show first for what a person typed, most needed first; none for an
 * ordinary query. Works on its own: no data, no flow, no lazily loaded code.
 */
export function crisisLinesFor(query: string): CrisisLineId[] {
  folded ??= CRIES.map(({ lines, words }) => ({ lines, words: words.split(' ').map(foldText) }));
  const text = foldText(query);
  if (text === '') return [];
  const lines = new Set<CrisisLineId>();
  for (const cry of folded) if (cry.words.some((word) => text.includes(word))) for (const line of cry.lines) lines.add(line);
  return [...lines];
}
