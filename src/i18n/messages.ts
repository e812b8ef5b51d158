import type { Lang } from './lang.js';

/** Every piece of text the widget itself shows, per language. */
export interface Messages {
  readonly heading: string;
  readonly greeting: string;
  readonly back: string;
  readonly restart: string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly searchResults: (count: number) => string;
  readonly searchNone: string;
  readonly showMore: (count: number) => string;
  readonly searchTooShort: string;
  readonly searchNoneHint: string;
  readonly loading: string;
  readonly loadFailed: string;
  readonly goalCount: (count: number) => string;
  readonly goalNone: string;
  readonly choiceCount: (count: number) => string;
  readonly choiceNone: string;
  readonly crisisHeading: string;
  readonly call: (number: string) => string;
  readonly details: string;
  readonly map: string;
  readonly area: string;
  readonly wholePrefecture: string;
  readonly dataDate: (date: string) => string;
  readonly youChose: string;
  readonly conversationLabel: string;
  /** Shown when the data server is down and a copy saved earlier is used. */
  readonly usingSavedCopy: (date: string) => string;
}

const ja: Messages = {
  heading: '支援情報ナビ',
  greeting: 'こんにちは。困りごとに合った相談先や支援制度をご案内します。この画面でのやりとりは保存されません。',
  back: '戻る',
  restart: '最初から',
  searchLabel: '制度名や通称で探す',
  searchPlaceholder: '例：フードバンク、住居確保給付金',
  searchResults: (count) => `${count}件見つかりました`,
  searchNone: '見つかりませんでした。',
  showMore: (count) => `さらに ${count} 件を見る`,
  searchTooShort: 'もう少し入力してください（2文字から探します）。',
  searchNoneHint: '言葉を変えるか、下のボタンから困りごとを選んでください。',
  loading: '支援情報を読み込んでいます…',
  loadFailed: '支援情報の一部を読み込めませんでした。緊急の相談先はいつでも表示されます。',
  goalCount: (count) => `${count}件の相談先・制度があります`,
  goalNone: 'この地域で当てはまる情報が見つかりませんでした。下の相談先か、「戻る」から別の困りごとを選んでください。',
  choiceCount: (count) => `${count}件`,
  choiceNone: '情報なし',
  crisisHeading: 'すぐに相談できる電話',
  call: (number) => `電話する ${number}`,
  details: '詳しく見る',
  map: '地図',
  area: '地域',
  wholePrefecture: '全域',
  dataDate: (date) => `データ更新日 ${date}`,
  youChose: 'あなたの選択',
  conversationLabel: '会話',
  usingSavedCopy: (date) => `いまデータを読み込めないため、${date}に保存した情報を表示しています。最新でない場合があります。`,
};

const jaEasy: Messages = {
  ...ja,
  heading: 'しえん じょうほう ナビ',
  greeting: 'こんにちは。こまって いる ことに あう そうだんさきを さがします。ここで えらんだ ことは のこりません。',
  back: 'もどる',
  restart: 'はじめから',
  searchLabel: 'なまえで さがす',
  searchPlaceholder: 'れい：フードバンク',
  searchResults: (count) => `${count}こ みつかりました`,
  searchNone: 'みつかりませんでした。',
  showMore: (count) => `あと ${count}こ みる`,
  searchTooShort: 'もう すこし いれて ください。',
  searchNoneHint: 'ほかの ことばで さがすか、したの ボタンを おして ください。',
  loading: 'よみこんで います…',
  loadFailed: 'じょうほうを よみこめませんでした。きんきゅうの でんわばんごうは みられます。',
  goalCount: (count) => `${count}こ あります`,
  goalNone: 'この ちいきでは みつかりませんでした。したの でんわか、「もどる」を おして ください。',
  choiceCount: (count) => `${count}こ`,
  choiceNone: 'なし',
  crisisHeading: 'すぐに そうだん できる でんわ',
  call: (number) => `でんわ する ${number}`,
  details: 'くわしく みる',
  map: 'ちず',
  area: 'ちいき',
  wholePrefecture: 'ぜんぶの ちいき',
  dataDate: (date) => `じょうほうの ひづけ ${date}`,
  youChose: 'あなたが えらんだ こと',
  conversationLabel: 'かいわ',
  usingSavedCopy: (date) => `いま あたらしい じょうほうを よめません。${date}の じょうほうを みせています。`,
};

const en: Messages = {
  heading: 'Support Navigator',
  greeting: 'Hello. I can show you support services and places to ask for help. Nothing you choose here is saved.',
  back: 'Back',
  restart: 'Start over',
  searchLabel: 'Search by service name',
  searchPlaceholder: 'e.g. フードバンク (food bank)',
  searchResults: (count) => `${count} found`,
  searchNone: 'Nothing found.',
  showMore: (count) => `Show ${count} more`,
  searchTooShort: 'Keep typing: the search starts from two characters.',
  searchNoneHint: 'Try other words, or choose a topic below.',
  loading: 'Loading support information…',
  loadFailed: 'Some support information could not be loaded. Crisis lines are always available.',
  goalCount: (count) => `${count} services`,
  goalNone: 'No matching service for this area. Try the numbers below, or go back and choose another topic.',
  choiceCount: (count) => `${count}`,
  choiceNone: 'none',
  crisisHeading: 'Call now',
  call: (number) => `Call ${number}`,
  details: 'Details',
  map: 'Map',
  area: 'Area',
  wholePrefecture: 'Whole prefecture',
  dataDate: (date) => `Data as of ${date}`,
  youChose: 'You chose',
  conversationLabel: 'Conversation',
  usingSavedCopy: (date) => `The data cannot be loaded right now. Showing a copy saved on ${date}; it may be out of date.`,
};

export const MESSAGES: Readonly<Record<Lang, Messages>> = { ja, 'ja-easy': jaEasy, en };
