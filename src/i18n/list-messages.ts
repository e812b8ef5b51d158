import type { Lang } from './lang.js';

/**
 * The words of the 支援員's list, the printed handout and sharing, per language: kept beside
 * messages.ts (whose `Messages` every other part reads) so that the list and the handout,
 * which load only when asked for, carry their own words (the link that opens the list is in
 * view-links.ts). `相談《そうだん》` gives a reading.
 */
export interface ListMessages {
  /** The list's heading: every service of `town` ('' for every area). */
  readonly listHeading: (town: string) => string;
  readonly listCount: (count: number) => string;
  readonly filterLabel: string;
  readonly filterNone: string;
  /** Above the groups' names and counts, which jump to each group. */
  readonly groupsLabel: string;
  readonly groupCount: (label: string, count: number) => string;
  readonly showMore: (remaining: number) => string;
  readonly linkCopied: string;
  readonly shareFailed: string;
  /** The QR code's accessible name: it must say "QR". */
  readonly qrLabel: string;
  readonly qrNote: string;
  readonly printedOn: (date: string) => string;
  readonly phone: string;
  readonly hours: string;
  readonly address: string;
  readonly url: string;
  readonly allAreas: string;
}

const ja: ListMessages = {
  listHeading: (town) => `${town || '全地域'}の支援一覧`,
  listCount: (count) => `${count}件`,
  filterLabel: '一覧を絞り込む',
  filterNone: '絞り込みに合う支援はありません。言葉を変えてみてください。',
  groupsLabel: '分類ごとの件数',
  groupCount: (label, count) => `${label}（${count}件）`,
  showMore: (remaining) => `さらに表示（残り${remaining}件）`,
  linkCopied: 'リンクをコピーしました',
  shareFailed: 'リンクを共有できませんでした',
  qrLabel: 'QRコード：この画面へのリンク',
  qrNote: 'QRコードを読み取ると、この画面をもう一度開けます。',
  printedOn: (date) => `印刷日 ${date}`,
  phone: '電話',
  hours: '受付時間',
  address: '住所',
  url: 'ホームページ',
  allAreas: '全地域',
};

const jaEasy: ListMessages = {
  listHeading: (town) => `${town || 'ぜんぶの ちいき'}の 支援《しえん》`,
  listCount: (count) => `${count}こ`,
  filterLabel: 'ことばで しぼる',
  filterNone: 'あう 支援《しえん》が ありません。ちがう ことばで ためして ください。',
  groupsLabel: 'しゅるいと かず',
  groupCount: (label, count) => `${label}（${count}こ）`,
  showMore: (remaining) => `もっと 見《み》る（あと ${remaining}こ）`,
  linkCopied: 'リンクを コピー しました',
  shareFailed: 'リンクを おくれませんでした',
  qrLabel: 'QRコード：この がめんへの リンク',
  qrNote: 'QRコードを よみとると、この がめんを もういちど ひらけます。',
  printedOn: (date) => `いんさつした 日《ひ》 ${date}`,
  phone: 'でんわ',
  hours: 'うけつけ じかん',
  address: 'じゅうしょ',
  url: 'ホームページ',
  allAreas: 'ぜんぶの ちいき',
};

const en: ListMessages = {
  listHeading: (town) => `Services in ${town || 'every area'}`,
  listCount: (count) => `${count} ${count === 1 ? 'service' : 'services'}`,
  filterLabel: 'Filter this list',
  filterNone: 'No service matches. Try other words.',
  groupsLabel: 'Kinds of service',
  groupCount: (label, count) => `${label} (${count})`,
  showMore: (remaining) => `Show more (${remaining} left)`,
  linkCopied: 'Link copied',
  shareFailed: 'The link could not be shared',
  qrLabel: 'QR code: a link back to this page',
  qrNote: 'Scan the QR code to open this page again.',
  printedOn: (date) => `Printed ${date}`,
  phone: 'Phone',
  hours: 'Hours',
  address: 'Address',
  url: 'Web',
  allAreas: 'every area',
};

export const LIST_MESSAGES: Readonly<Record<Lang, ListMessages>> = { ja, 'ja-easy': jaEasy, en };
