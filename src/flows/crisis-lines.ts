import type { LocalizedText } from '../i18n/lang.js';

export interface CrisisLine {
  readonly name: LocalizedText;
  /** As a person would dial it. */
  readonly number: string;
  readonly note: LocalizedText;
}

/**
 * The only phone numbers written into the widget itself (DESIGN.md). Every other contact
 * comes from the open data.
 */
export const CRISIS_LINES = {
  police: {
    name: { ja: '警察', 'ja-easy': 'けいさつ', en: 'Police' },
    number: '110',
    note: { ja: '事件・事故、いま危険なとき', 'ja-easy': 'あぶないとき', en: 'Crime, accidents, danger now' },
  },
  ambulance: {
    name: { ja: '救急・消防', 'ja-easy': 'きゅうきゅうしゃ', en: 'Ambulance / fire' },
    number: '119',
    note: { ja: 'けが・急病・火事', 'ja-easy': 'けが、びょうき、かじ', en: 'Injury, sudden illness, fire' },
  },
  'child-abuse': {
    name: { ja: '児童相談所 虐待対応ダイヤル', 'ja-easy': 'こどもの そうだん（じどうそうだんじょ）', en: 'Child guidance centre (abuse)' },
    number: '189',
    note: { ja: '子どもへの虐待の相談・通告', 'ja-easy': 'こどもが たたかれている など', en: 'Report or talk about child abuse' },
  },
  dv: {
    name: { ja: 'DV相談ナビ', 'ja-easy': 'DV（ぼうりょく）の そうだん', en: 'DV helpline navigator' },
    number: '#8008',
    note: { ja: '配偶者などからの暴力の相談（近くの窓口につながります）', 'ja-easy': 'ちかくの そうだんまどぐちに つながります', en: 'Domestic violence; connects to a local desk' },
  },
  yorisoi: {
    name: { ja: 'よりそいホットライン', 'ja-easy': 'よりそいホットライン', en: 'Yorisoi Hotline' },
    number: '0120-279-338',
    note: { ja: '24時間・無料。どんな悩みでも', 'ja-easy': 'いつでも、むりょう', en: '24 hours, free, any worry' },
  },
  inochi: {
    name: { ja: 'いのちの電話', 'ja-easy': 'いのちの でんわ', en: 'Inochi no Denwa (lifeline)' },
    number: '0570-783-556',
    note: { ja: '死にたいほどつらいとき', 'ja-easy': 'しにたいほど つらいとき', en: 'When you feel like dying' },
  },
} as const satisfies Readonly<Record<string, CrisisLine>>;

export type CrisisLineId = keyof typeof CRISIS_LINES;

/**
 * Lines for suicide, domestic and sexual violence and child abuse: a node that offers one is
 * about those, so it must be `sensitive` (the validator requires it), and which such node a
 * person reached never leaves the widget. 110, 119 and よりそい serve any trouble.
 */
export const SENSITIVE_LINES: readonly CrisisLineId[] = ['inochi', 'dv', 'child-abuse'];

export function isCrisisLineId(id: string): id is CrisisLineId {
  return Object.hasOwn(CRISIS_LINES, id);
}

/**
 * The lines for any worry, then for danger now: offered where nothing more specific is known
 * (a search that found nothing, a widget whose code could not be loaded).
 */
export const GENERAL_CRISIS_LINES: readonly CrisisLineId[] = ['yorisoi', 'inochi', 'police', 'ambulance'];

/**
 * A line to a person for any worry: shown with the results of distress without an act, and when a
 * search finds nothing (never a cold dead end).
 */
export const LISTENING_LINES: readonly CrisisLineId[] = ['yorisoi'];
