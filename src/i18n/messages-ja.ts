/**
 * Every piece of text the widget itself shows, per language: `ja` here, in the app chunk; the
 * other languages each in a module of their own (messages-ja-easy.ts, messages-en.ts), loaded
 * only when a widget is in that language. In `ja-easy` a reading can be
 * given over hard kanji as `相談《そうだん》` (see ruby.ts).
 */
export interface Messages {
  readonly heading: string;
  readonly greeting: string;
  readonly back: string;
  readonly restart: string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly searchResults: (count: number) => string;
  readonly searchNone: string;
  readonly searchNoneHint: string;
  readonly searchTooShort: string;
  /** Above the situations of the flow that a typed trouble describes (shortcuts into the questions). */
  readonly shortcutsHeading: string;
  /** Above the closest situations, when nothing else was found. */
  readonly suggestionsHeading: string;
  /** After crisis lines a search found with nothing else: the topics are still there. */
  readonly searchOtherHint: string;
  /** Above a line to a person, shown with the results of distress without an act and when nothing was found. */
  readonly listeningHeading: string;
  readonly showMore: (count: number) => string;
  /** Under a goal's cards: the next `count` of them, and how many are `left` (not yet shown). */
  readonly showMoreResults: (count: number, left: number) => string;
  readonly loading: string;
  readonly loadFailed: string;
  /** Shown when the data server is down and a copy saved earlier is used. */
  readonly usingSavedCopy: (date: string) => string;
  readonly goalCount: (count: number) => string;
  readonly goalNone: string;
  readonly choiceCount: (count: number) => string;
  readonly choiceNone: string;
  readonly crisisHeading: string;
  /** On the card of a data row named like a crisis line (or one digit off its number): it is not that line. */
  readonly notCrisisLine: (name: string, number: string) => string;
  readonly call: (number: string) => string;
  readonly details: string;
  readonly map: string;
  readonly area: string;
  readonly wholePrefecture: string;
  readonly dataDate: (date: string) => string;
  /** Heading of the results whose 支援分類 is missing or unreadable, when there are other groups. */
  readonly otherGroup: string;
  readonly updatedOn: (date: string) => string;
  /** 受付開始日 still to come: when applications open (the date already written out). */
  readonly opensOn: (date: string) => string;
  /** The link to 電子申請URL. */
  readonly applyOnline: string;
  readonly readMore: string;
  readonly readLess: string;
  readonly target: string;
  readonly contact: string;
  /** 支援内容: what a person gets. */
  readonly benefit: string;
  /** 利用・申請方法 / 手続き等 */
  readonly howToApply: string;
  /** 必要なもの */
  readonly documents: string;
  /** 受付可能日時 */
  readonly hours: string;
  /** 申請窓口 */
  readonly office: string;
  readonly youChose: string;
  readonly conversationLabel: string;
  readonly municipalityLabel: string;
  readonly municipalityAll: string;
  /** Around the places that fit what is typed into the municipality field. */
  readonly municipalitySuggestions: string;
  /** A goal with nothing for the town itself: what is shown instead (its 振興局's and the prefecture's). */
  readonly goalNoneInTown: (town: string) => string;
  /** Heading of the town's general consultation (生活困窮者自立支援) shown at a goal with nothing for it. */
  readonly generalConsultation: string;
  /** Widens the filter to every area. */
  readonly showAllAreas: string;
  /** The link to 相談申込URL: the agency's own form. */
  readonly requestConsultation: string;
  /** The same link on the food-bank goal. */
  readonly requestFood: string;
  /** Said beside that link: it opens the agency's page; the widget sends nothing. */
  readonly requestOpensAgency: string;
  /** 開催日時 / 開室日 */
  readonly schedule: string;
  /** 対象年齢 */
  readonly ageRange: string;
  readonly open: string;
  readonly close: string;
  readonly quickExit: string;
  readonly copyContacts: string;
  readonly printContacts: string;
  readonly copied: string;
  readonly copyFailed: string;
  /** First line of the copied list. */
  readonly copyHeading: string;
}

export const JA_MESSAGES: Messages = {
  heading: '支援情報ナビ',
  greeting: 'こんにちは。困りごとに合った相談先や支援制度をご案内します。この画面でのやりとりは保存されません。',
  back: '戻る',
  restart: '最初から',
  searchLabel: '困りごとや制度の名前で探す',
  searchPlaceholder: '例：家賃が払えない、フードバンク',
  searchResults: (count) => `${count}件見つかりました`,
  searchNone: '見つかりませんでした。',
  searchNoneHint: '言葉を変えるか、下のボタンから困りごとを選んでください。',
  searchTooShort: 'もう少し入力してください（2文字から探します）。',
  shortcutsHeading: 'あてはまりそうな困りごと',
  suggestionsHeading: 'もしかして、こちらの困りごとですか？',
  searchOtherHint: 'ほかの困りごとは、下のボタンから選べます。',
  listeningHeading: 'ひとりで抱えこまずに、話してみませんか',
  showMore: (count) => `さらに ${count} 件を見る`,
  showMoreResults: (count, left) => `さらに ${count} 件を見る（残り ${left.toLocaleString('en-US')} 件）`,
  loading: '支援情報を読み込んでいます…',
  loadFailed: '支援情報の一部を読み込めませんでした。緊急の相談先はいつでも表示されます。',
  usingSavedCopy: (date) => `いまデータを読み込めないため、${date}に保存した情報を表示しています。最新でない場合があります。`,
  goalCount: (count) => `${count.toLocaleString('en-US')}件の相談先・制度があります`,
  goalNone: 'この地域で当てはまる情報が見つかりませんでした。下の相談先か、「戻る」から別の困りごとを選んでください。',
  choiceCount: (count) => `${count}件`,
  choiceNone: '情報なし',
  crisisHeading: 'すぐに相談できる電話',
  notCrisisLine: (name, number) => `※ 緊急の電話「${name}」（${number}）とは別の窓口です。番号はデータに書かれたものです。`,
  call: (number) => `電話する ${number}`,
  details: '詳しく見る',
  map: '地図',
  area: '地域',
  wholePrefecture: '全域',
  dataDate: (date) => `データ更新日 ${date}`,
  otherGroup: 'その他',
  updatedOn: (date) => `更新日 ${date}`,
  opensOn: (date) => `受付は${date}からです`,
  applyOnline: 'オンラインで申請する',
  readMore: '続きを読む',
  readLess: '閉じる',
  target: '対象',
  contact: '問い合わせ',
  benefit: '受けられる支援',
  howToApply: '申し込み方法',
  documents: '必要なもの',
  hours: '受付日時',
  office: '申し込む窓口',
  youChose: 'あなたの選択',
  conversationLabel: '会話',
  municipalityLabel: 'お住まいの地域',
  municipalityAll: 'すべての地域',
  municipalitySuggestions: '地域の候補',
  goalNoneInTown: (town) => `${town}の窓口は見つかりませんでした。振興局や全道の相談先をご案内します。`,
  generalConsultation: '暮らしの困りごとを何でも相談できる窓口',
  showAllAreas: 'すべての地域で探す',
  requestConsultation: '相談を申し込む',
  requestFood: '食料の支援を申し込む',
  requestOpensAgency: '相談先のページが開きます',
  schedule: '開催日時',
  ageRange: '対象年齢',
  open: '支援情報ナビを開く',
  close: '閉じる',
  quickExit: 'この画面をすぐ閉じる',
  copyContacts: '連絡先をコピー',
  printContacts: '印刷する',
  copied: '連絡先をコピーしました。',
  copyFailed: 'コピーできませんでした。画面の連絡先を書き写してください。',
  copyHeading: '支援情報ナビで見つけた相談先',
};
