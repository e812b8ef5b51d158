import { FLOW_PROBLEM_CODES, MAX_FLOW_DEPTH, type FlowProblem, type FlowProblemCode } from './validate.js';

/**
 * The validator's findings (engine/validate.ts, the widget's own) in plain Japanese for the
 * people who edit the questions (the workbench) and check their files (`npx shien-navi check`):
 * what is wrong, where, and what to do.
 */
const EXPLAIN: Readonly<Record<FlowProblemCode, (node: string) => string>> = {
  [FLOW_PROBLEM_CODES.notAFlow]: () => '質問の流れ（フロー）の形になっていません。',
  [FLOW_PROBLEM_CODES.version]: () => 'フローの版（version）が 1 ではありません。',
  [FLOW_PROBLEM_CODES.badNode]: (node) => `「${node}」の種類が、質問・お知らせ・ゴールのどれでもありません。`,
  [FLOW_PROBLEM_CODES.unknownStart]: () => '最初の質問に指定したノードがありません。最初の質問を選び直してください。',
  [FLOW_PROBLEM_CODES.unknownTarget]: (node) => `「${node}」の行き先が、ないノードになっています。行き先を選び直してください。`,
  [FLOW_PROBLEM_CODES.emptyChoices]: (node) => `質問「${node}」に選択肢がありません。選択肢を足してください。`,
  [FLOW_PROBLEM_CODES.emptyLabel]: (node) => `「${node}」に、文字のない選択肢があります。`,
  [FLOW_PROBLEM_CODES.emptyText]: (node) => `「${node}」の文（日本語）が空です。`,
  [FLOW_PROBLEM_CODES.unknownContact]: (node) => `「${node}」に、使えない電話番号があります。緊急の電話番号の一覧から選んでください。`,
  [FLOW_PROBLEM_CODES.notSensitive]: (node) =>
    `「${node}」は、いのちの電話・DV相談ナビ・児童相談所の電話を出すので、「つらい話題（sensitive）」にしてください。sensitive の画面には「この画面をすぐ閉じる」が出て、どの画面に来たかをページのほかのスクリプト（アクセス解析など）に知らせません。`,
  [FLOW_PROBLEM_CODES.reservedId]: (node) => `「${node}」は id に使えない名前です（__proto__、constructor、prototype は使えません）。別の id にしてください。`,
  [FLOW_PROBLEM_CODES.tooDeep]: () =>
    `フローの入れ子が深すぎます（${MAX_FLOW_DEPTH} 段まで）。質問の流れのファイルではないか、壊れています。書き出したフローのファイルを選び直してください。`,
  [FLOW_PROBLEM_CODES.emptyQuery]: (node) => `ゴール「${node}」に、表示する制度の条件がありません。探す言葉か分類を入れてください。`,
  [FLOW_PROBLEM_CODES.badPhrases]: (node) => `「${node}」の、人が入力しそうな言葉（phrases）に、空のものや 100 文字を超えるものがあります。短い言い方にしてください。`,
  [FLOW_PROBLEM_CODES.badQuery]: (node) => `ゴール「${node}」の条件に、読めない項目があります。`,
  [FLOW_PROBLEM_CODES.neverMatches]: (node) => `ゴール「${node}」の条件に、コード表にない分類があります。これでは 1 件も表示されません。`,
  [FLOW_PROBLEM_CODES.cycle]: (node) => `「${node}」から先へ進むと、また「${node}」に戻ってしまいます（ループ）。選択肢の行き先を変えてください。`,
  [FLOW_PROBLEM_CODES.unreachable]: (node) => `「${node}」へは、最初の質問からたどり着けません。どこかの選択肢の行き先にするか、削除してください。`,
};

export interface ExplainedProblem extends FlowProblem {
  /** What a person editing the questions reads. */
  readonly explanation: string;
}

export function explainProblems(problems: readonly FlowProblem[]): ExplainedProblem[] {
  return problems.map((problem) => ({
    ...problem,
    explanation: (EXPLAIN[problem.code] as ((node: string) => string) | undefined)?.(problem.node ?? '') ?? problem.message,
  }));
}
