import type { Lang } from './lang.js';

/**
 * Every piece of text the widget itself shows, per language. In `ja-easy` a reading can be
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

const ja: Messages = {
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
  loading: '支援情報を読み込んでいます…',
  loadFailed: '支援情報の一部を読み込めませんでした。緊急の相談先はいつでも表示されます。',
  usingSavedCopy: (date) => `いまデータを読み込めないため、${date}に保存した情報を表示しています。最新でない場合があります。`,
  goalCount: (count) => `${count}件の相談先・制度があります`,
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
  open: '支援情報ナビを開く',
  close: '閉じる',
  quickExit: 'この画面をすぐ閉じる',
  copyContacts: '連絡先をコピー',
  printContacts: '印刷する',
  copied: '連絡先をコピーしました。',
  copyFailed: 'コピーできませんでした。画面の連絡先を書き写してください。',
  copyHeading: '支援情報ナビで見つけた相談先',
};

const jaEasy: Messages = {
  heading: '支援《しえん》じょうほう ナビ',
  greeting: 'こんにちは。困《こま》っていることに 合《あ》う 相談先《そうだんさき》を さがします。ここで 選《えら》んだことは のこりません。',
  back: 'もどる',
  restart: 'はじめから',
  searchLabel: '困《こま》っている ことを 書《か》いて さがす',
  searchPlaceholder: 'れい：やちんが はらえない',
  searchResults: (count) => `${count}こ みつかりました`,
  searchNone: 'みつかりませんでした。',
  searchNoneHint: 'ほかの ことばで さがすか、下《した》の ボタンを おして ください。',
  searchTooShort: 'もう すこし 入《い》れて ください。',
  shortcutsHeading: 'あてはまりそうな 困《こま》りごと',
  suggestionsHeading: 'これに ちかいですか？',
  searchOtherHint: 'ほかの ことは 下《した》の ボタンから えらべます。',
  listeningHeading: 'ひとりで なやまないで。はなしを きいて もらえます',
  showMore: (count) => `あと ${count}こ 見《み》る`,
  loading: 'よみこんで います…',
  loadFailed: 'じょうほうを よみこめませんでした。いそぎの 電話《でんわ》ばんごうは 見《み》られます。',
  usingSavedCopy: (date) => `いま あたらしい じょうほうを よめません。${date}の じょうほうを 見《み》せています。`,
  goalCount: (count) => `${count}こ あります`,
  goalNone: 'この ちいきでは 見《み》つかりませんでした。下《した》の 電話《でんわ》か、「もどる」を おして ください。',
  choiceCount: (count) => `${count}こ`,
  choiceNone: 'なし',
  crisisHeading: 'すぐに 相談《そうだん》できる 電話《でんわ》',
  notCrisisLine: (name, number) => `※ きんきゅうの 電話《でんわ》「${name}」（${number}）とは べつの ところです。`,
  call: (number) => `電話《でんわ》する ${number}`,
  details: 'くわしく 見《み》る',
  map: 'ちず',
  area: 'ちいき',
  wholePrefecture: 'ぜんぶの ちいき',
  dataDate: (date) => `じょうほうの 日《ひ》づけ ${date}`,
  otherGroup: 'そのほか',
  updatedOn: (date) => `${date} の じょうほう`,
  opensOn: (date) => `${date}から 申《もう》し込《こ》めます`,
  applyOnline: 'インターネットで 申《もう》し込《こ》む',
  readMore: 'つづきを 読《よ》む',
  readLess: 'とじる',
  target: 'だれが つかえる',
  contact: 'きく ところ',
  benefit: 'うけられる こと',
  howToApply: 'もうしこみかた',
  documents: 'もっていく もの',
  hours: 'いつ うけつけ しているか',
  office: 'もうしこむ ところ',
  youChose: 'あなたが 選《えら》んだ こと',
  conversationLabel: 'かいわ',
  municipalityLabel: 'すんでいる ところ',
  municipalityAll: 'ぜんぶの ちいき',
  open: '支援《しえん》じょうほう ナビを ひらく',
  close: 'とじる',
  quickExit: 'この 画面《がめん》を すぐ とじる',
  copyContacts: 'れんらくさきを コピー',
  printContacts: 'いんさつ する',
  copied: 'コピー しました。',
  copyFailed: 'コピー できませんでした。かみに 書《か》いて ください。',
  copyHeading: '支援《しえん》じょうほう ナビで 見《み》つけた 相談先《そうだんさき》',
};

const en: Messages = {
  heading: 'Support Navigator',
  greeting: 'Hello. I can show you support services and places to ask for help. Nothing you choose here is saved.',
  back: 'Back',
  restart: 'Start over',
  searchLabel: 'Describe your problem, or search a service',
  searchPlaceholder: 'e.g. cannot pay rent',
  searchResults: (count) => `${count} found`,
  searchNone: 'Nothing found.',
  searchNoneHint: 'Try other words, or choose a topic below.',
  searchTooShort: 'Keep typing: the search starts from two characters.',
  shortcutsHeading: 'Situations that may fit',
  suggestionsHeading: 'Is it one of these?',
  searchOtherHint: 'For anything else, choose a topic below.',
  listeningHeading: 'You are not alone. Someone will listen:',
  showMore: (count) => `Show ${count} more`,
  loading: 'Loading support information…',
  loadFailed: 'Some support information could not be loaded. Crisis lines are always available.',
  usingSavedCopy: (date) => `The data cannot be loaded right now. Showing a copy saved on ${date}; it may be out of date.`,
  goalCount: (count) => `${count} services`,
  goalNone: 'No matching service for this area. Try the numbers below, or go back and choose another topic.',
  choiceCount: (count) => `${count}`,
  choiceNone: 'none',
  crisisHeading: 'Call now',
  notCrisisLine: (name, number) => `Not the crisis line "${name}" (${number}): a separate service, its number from the data.`,
  call: (number) => `Call ${number}`,
  details: 'Details',
  map: 'Map',
  area: 'Area',
  wholePrefecture: ' (whole prefecture)',
  dataDate: (date) => `Data as of ${date}`,
  otherGroup: 'Other',
  updatedOn: (date) => `updated ${date}`,
  opensOn: (date) => `Applications open on ${date}`,
  applyOnline: 'Apply online',
  readMore: 'Read more',
  readLess: 'Show less',
  target: 'For',
  contact: 'Contact',
  benefit: 'What you get',
  howToApply: 'How to apply',
  documents: 'What to bring',
  hours: 'When to apply',
  office: 'Where to apply',
  youChose: 'You chose',
  conversationLabel: 'Conversation',
  municipalityLabel: 'Where you live',
  municipalityAll: 'All areas',
  open: 'Open the support navigator',
  close: 'Close',
  quickExit: 'Leave this page now',
  copyContacts: 'Copy contacts',
  printContacts: 'Print',
  copied: 'Contacts copied.',
  copyFailed: 'Could not copy. Please write the contacts down.',
  copyHeading: 'Places to ask for help (Support Navigator)',
};

export const MESSAGES: Readonly<Record<Lang, Messages>> = { ja, 'ja-easy': jaEasy, en };
