import type { Lang } from './lang.js';

/**
 * The words of the links to the 支援員's list and to sharing, which the widget shows before
 * either has loaded (the rest of their words load with them: list-messages.ts).
 */
export const VIEW_LINKS: Readonly<Record<Lang, { readonly openList: string; readonly openConversation: string; readonly share: string }>> = {
  ja: { openList: '支援員向け：この地域の支援をすべて見る', openConversation: '質問に戻る', share: 'リンクを共有' },
  'ja-easy': { openList: '支援員《しえんいん》の 人《ひと》へ：ぜんぶの 支援《しえん》を 見《み》る', openConversation: 'しつもんに もどる', share: 'リンクを おくる' },
  en: { openList: 'For support workers: every service in this area', openConversation: 'Back to the questions', share: 'Share link' },
};
