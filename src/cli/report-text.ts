import type { CellFinding, CheckReport, CoverageReport, FlowReport, RowFinding, SourceReport } from '../check/report.js';
import { FINDING_KIND_LABELS, TEMPLATE_RULES, type TemplateResult, type TemplateRule } from '../check/template.js';
import { explainProblems } from '../engine/flow-problems.js';
import { displayWidth, formatTable } from './text-table.js';

/** Goal × municipality columns per table, so the table fits a terminal. */
const COLUMNS_PER_TABLE = 6;
/** Rows listed per kind of finding; the rest are counted. */
const LINES_PER_LIST = 20;

/** The check report as the lines `npx shien-navi check` prints (Japanese, for data owners). */
export function reportText(report: CheckReport): string[] {
  const lines: string[] = [];
  for (const source of report.sources) lines.push(...sourceText(source), '');
  if (report.duplicateIds.length > 0) {
    lines.push('同じ制度番号の行（先に読んだ行だけを表示します）:');
    lines.push(...listed(report.duplicateIds.map((duplicate) => duplicate.message), '  '), '');
  }
  if (report.lookalikes.length > 0) {
    lines.push('緊急の電話に似た行（名前か番号を確かめてください）:');
    lines.push(...listed(report.lookalikes.map((row) => `△ ${row.message}`), '  '), '');
  }
  lines.push(...flowText(report.flow), '');
  if (report.coverage !== undefined) lines.push(...coverageText(report.coverage));
  else if (report.flow.ok) lines.push('表示できる制度がないため、ゴールごとの件数は出せません。');
  lines.push('', resultLine(report));
  return lines;
}

function resultLine(report: CheckReport): string {
  const { error, warning, notice } = report.kinds;
  const template = `ひな形の決まり: 誤り ${error} 件・注意 ${warning} 件・お知らせ ${notice} 件`;
  if (!report.ok) return `結果: 読み込めない誤りがあります（上の × を確認してください）。${template}。`;
  if (error > 0) return `結果: ひな形の決まりの誤りがあります（上の × を確認してください）。${template}。`;
  return `結果: 読み込めない誤りはありません。${template}。`;
}

const KIND_MARKS = { error: '×', warning: '△', notice: '※' } as const;

/** The template's findings, rule by rule: its kind, name and id, then each line (the first LINES_PER_LIST). */
function templateText(template: TemplateResult): string[] {
  const lines: string[] = [];
  for (const rule of Object.keys(TEMPLATE_RULES) as TemplateRule[]) {
    const count = template.counts[rule] ?? 0;
    if (count === 0) continue;
    const { kind, title } = TEMPLATE_RULES[rule];
    const found = template.findings.filter((finding) => finding.rule === rule);
    lines.push(`  ${KIND_MARKS[kind]} ${FINDING_KIND_LABELS[kind]}: ${title}（${rule}）`, ...listed(found.map((finding) => finding.message), '    ', count));
  }
  return lines.length === 0 ? [] : ['  ひな形の決まり（× 誤り・△ 注意・※ お知らせ）:', ...lines];
}

function sourceText(source: SourceReport): string[] {
  const lines = [`データ: ${source.source}`];
  if (source.error) lines.push(`  × 読み込めません（${source.error.kind}）: ${source.error.message}`);
  if (source.savedCopy) lines.push(`  △ ${source.savedCopy.message}`);
  if (source.encoding === undefined) return lines;
  lines.push(`  文字コード: ${source.encoding} / 行数: ${source.rows} / 表示できる制度: ${source.shown} / 期限切れで非表示: ${source.expired}`);
  if (source.headerRow > 1) lines.push(`  見出し: ${source.headerRow}行目（上の行は題名として読み飛ばしました）`);
  lines.push(source.skipped.length === 0 ? '  読み飛ばした行: なし' : '  読み飛ばした行:', ...listed(messages(source.skipped), '    '));
  if (source.irregular.length > 0) lines.push('  列の数が見出しと合わない行:', ...listed(messages(source.irregular), '    '));
  if (source.quoteErrors.length > 0) lines.push('  引用符（"）の誤りで、いくつかの行が 1 行に読まれた行:', ...listed(messages(source.quoteErrors), '    '));
  lines.push(...columnText(source));
  if (source.expiredRows.length > 0) {
    lines.push('  期限切れで表示しない行:', ...listed(messages(source.expiredRows), '    ', source.expired));
  }
  lines.push(...cellText(source.unreadable, source.unreadableCount));
  lines.push(...templateText(source.template));
  return lines;
}

/** Each column as `見出し → 使い方`, the arrows lined up. */
function columnText(source: SourceReport): string[] {
  if (source.columns.length === 0) return [];
  const width = Math.max(...source.columns.map((column) => displayWidth(column.header)));
  const lines = ['  列の読み方（見出し → 使い方）:'];
  for (const column of source.columns) {
    lines.push(`    ${column.header}${' '.repeat(width - displayWidth(column.header))} → ${column.message}`);
  }
  return lines;
}

const CELL_HEADINGS: Readonly<Record<CellFinding['kind'], string>> = {
  date: '  日付として読めないもの（期限に使えません）:',
  phone: '  電話番号として読めないもの（電話のボタンが出ません）:',
  url: '  URL として読めないもの（「詳しく見る」が出ません）:',
};

function cellText(cells: readonly CellFinding[], count: number): string[] {
  const lines: string[] = [];
  for (const kind of ['date', 'phone', 'url'] as const) {
    const found = cells.filter((cell) => cell.kind === kind);
    if (found.length > 0) lines.push(CELL_HEADINGS[kind], ...listed(messages(found), '    '));
  }
  if (count > cells.length) lines.push(`    （ほかにも読めないセルが ${count - cells.length} 個あります）`);
  return lines;
}

const messages = (findings: readonly RowFinding[]): string[] => findings.map((finding) => finding.message);

/** The first LINES_PER_LIST messages, then how many more (`total` when more exist than were listed). */
function listed(items: readonly string[], indent: string, total = items.length): string[] {
  const shown = items.slice(0, LINES_PER_LIST).map((item) => `${indent}${item}`);
  const more = total - shown.length;
  return more > 0 ? [...shown, `${indent}…ほか ${more} 件`] : shown;
}

function flowText(flow: FlowReport): string[] {
  const lines = [flow.source === undefined ? `フロー: 標準（${flow.id ?? ''}）` : `フロー: ${flow.source}`];
  if (flow.error !== undefined) return [...lines, `  × 読み込めません: ${flow.error}`];
  // In Japanese for the person who edits the flow, with the validator's own words for a developer.
  for (const problem of explainProblems(flow.problems)) {
    lines.push(`  ${problem.severity === 'error' ? '×' : '△'} ${problem.explanation}`, `      （${problem.code}: ${problem.message}）`);
  }
  if (flow.source !== undefined && flow.problems.length === 0) lines.push('  問題なし');
  if (!flow.ok) return lines;
  if (flow.goalsWithoutPhrases.length === 0) lines.push('  どのゴールにも、困りごとの言葉（phrases）から案内できます。');
  else {
    lines.push('  困りごとの言葉（phrases）が 1 つもないゴール（検索欄に書かれた困りごとからは、直接案内されません）:');
    for (const goal of flow.goalsWithoutPhrases) lines.push(`    - ${goal}`);
  }
  return lines;
}

function coverageText(coverage: CoverageReport): string[] {
  const lines = ['ゴールごとの件数（その市町村で絞り込んだときに表示される件数。「その他の市町村」は市町村名が空の行だけ）'];
  for (let start = 0; start < coverage.columns.length; start += COLUMNS_PER_TABLE) {
    const columns = coverage.columns.slice(start, start + COLUMNS_PER_TABLE);
    const rows = coverage.goals.map((goal, index) => [goal, ...(coverage.counts[index] ?? []).slice(start, start + COLUMNS_PER_TABLE).map(String)]);
    lines.push('', formatTable(['ゴール', ...columns], rows));
  }
  lines.push('');
  if (coverage.gaps.length === 0) return [...lines, 'どの市町村でも、すべてのゴールに 1 件以上の制度があります。'];
  lines.push('該当する制度が 1 件もないゴール（緊急の電話番号とやさしい案内だけが表示されます）:');
  for (const gap of coverage.gaps) lines.push(`  ${gap.municipality}:`, ...gap.goals.map((goal) => `    - ${goal}`));
  return lines;
}
