import type { FlowProblem } from '../engine/validate.js';
import type { CellKind, ReportFinding } from './report.js';
import type { FindingKind, TemplateRule } from './template.js';

/**
 * What each kind of finding is called, in every language the checker is shown in: one table for
 * `npx shien-navi check`, the workbench's data check and the reports it saves, so a finding has
 * the same name wherever a data owner meets it. The findings' own messages (where, what, how to
 * fix) are written where they are found (report.ts, template.ts).
 */

/** A finding's name, and why it matters when the name alone does not say (shown in brackets after it). */
export interface FindingLabel {
  readonly name: string;
  readonly why?: string;
}

export interface FindingLabels {
  /** The template's kinds, in words (a colour alone never tells them apart). */
  readonly kinds: Readonly<Record<FindingKind, string>>;
  /** The mark before a finding of each kind (a flow problem's severity uses the same). */
  readonly marks: Readonly<Record<FindingKind, string>>;
  /** Each of the template's rules (template.ts). */
  readonly rules: Readonly<Record<TemplateRule, string>>;
  /** Each kind of cell that could not be read, and what the widget then leaves out. */
  readonly cells: Readonly<Record<CellKind, FindingLabel>>;
  /** The flow's problems, by severity. */
  readonly flow: Readonly<Record<FlowProblem['severity'], string>>;
  /** The report's other findings. */
  readonly findings: Readonly<Record<ReportFinding, FindingLabel>>;
}

/** The languages the checker is shown in. */
export const CHECK_LANGUAGES = ['ja'] as const;
export type CheckLanguage = (typeof CHECK_LANGUAGES)[number];

export const FINDING_LABELS: Readonly<Record<CheckLanguage, FindingLabels>> = {
  ja: {
    kinds: { error: '誤り', warning: '注意', notice: 'お知らせ' },
    marks: { error: '×', warning: '△', notice: '※' },
    rules: {
      'required-column': '必須の列がありません',
      'code-form': '全国地方公共団体コードが 6 桁の数字ではありません',
      'code-check-digit': '全国地方公共団体コードの検査数字が合いません',
      'code-prefecture': '全国地方公共団体コードと都道府県名が合いません',
      'code-name': '全国地方公共団体コードと市区町村名が合いません',
      'service-type': 'サービス種別が表にない値です',
      classification: '行政サービス分類が表にない値です',
      'name-length': '40 文字を超えています',
      'line-break': '改行があります',
      'half-width-kana': '半角カナがあります',
      'no-contact': '連絡先がありません',
      stale: '情報が古いかもしれません',
    },
    cells: {
      date: { name: '日付として読めないもの', why: '期限に使えません' },
      phone: { name: '電話番号として読めないもの', why: '電話のボタンが出ません' },
      url: { name: 'URL として読めないもの', why: '「詳しく見る」が出ません' },
      https: { name: 'https の URL でない相談申込URL', why: '「相談を申し込む」のリンクが出ません' },
    },
    flow: { error: '質問の流れの誤り', warning: '質問の流れの注意' },
    findings: {
      unreadableSource: { name: '読み込めません' },
      savedCopy: { name: '保存した写しを使用' },
      columns: { name: '列の読み方', why: '見出し → 使い方' },
      unusedColumn: { name: '使わない列' },
      skipped: { name: '読み飛ばした行' },
      irregular: { name: '列の数が見出しと合わない行' },
      quoteErrors: { name: '引用符（"）の誤りで、いくつかの行が 1 行に読まれた行' },
      expiredRows: { name: '期限切れで表示しない行' },
      unreadableCells: { name: '読めないセル' },
      unknownAreas: { name: '市町村名でも振興局名でもない地域', why: 'そのまま表示し、絞り込みでは見つかりません' },
      templateRules: { name: 'ひな形の決まり' },
      duplicateIds: { name: '同じ制度番号の行', why: '先に読んだ行だけを表示します' },
      lookalikes: { name: '緊急の電話に似た行', why: '名前か番号を確かめてください' },
      goalsWithoutPhrases: { name: '困りごとの言葉（phrases）が 1 つもないゴール', why: '検索欄に書かれた困りごとからは、直接案内されません' },
      coverageGaps: { name: '該当する制度が 1 件もないゴール', why: '緊急の電話番号とやさしい案内だけが表示されます' },
    },
  },
};

/** A label as a heading: its name, and why in brackets when it has one. */
export function labelText(label: FindingLabel): string {
  return label.why === undefined ? label.name : `${label.name}（${label.why}）`;
}
