import { FINDING_LABELS, labelText } from '../check/labels.js';
import { CELL_KINDS, type CellFinding, type CheckReport, type CoverageReport, type FlowReport, type RowFinding, type SourceReport } from '../check/report.js';
import { FINDING_KINDS, TEMPLATE_RULES, type TemplateResult, type TemplateRule } from '../check/template.js';
import { explainProblems } from '../engine/flow-problems.js';
import { displayWidth, formatTable } from './text-table.js';

/** Goal × municipality columns per table, so the table fits a terminal. */
const COLUMNS_PER_TABLE = 6;
/** Rows listed per kind of finding; the rest are counted. */
const LINES_PER_LIST = 20;

const { kinds: KINDS, marks: MARKS, rules: RULES, cells: CELLS, findings: FINDINGS } = FINDING_LABELS.ja;

/** A finding's heading line: its name, why it matters, and a colon. */
const heading = (indent: string, label: { name: string; why?: string }): string => `${indent}${labelText(label)}:`;

/** The check report as the lines `npx shien-navi check` prints (Japanese, for data owners). */
export function reportText(report: CheckReport): string[] {
  const lines: string[] = [];
  for (const source of report.sources) lines.push(...sourceText(source), '');
  if (report.duplicateIds.length > 0) {
    lines.push(heading('', FINDINGS.duplicateIds));
    lines.push(...listed(report.duplicateIds.map((duplicate) => duplicate.message), '  '), '');
  }
  if (report.lookalikes.length > 0) {
    lines.push(heading('', FINDINGS.lookalikes));
    lines.push(...listed(report.lookalikes.map((row) => `${MARKS.warning} ${row.message}`), '  '), '');
  }
  lines.push(...flowText(report.flow), '');
  if (report.coverage !== undefined) lines.push(...coverageText(report.coverage));
  else if (report.flow.ok) lines.push('表示できる制度がないため、ゴールごとの件数は出せません。');
  lines.push('', resultLine(report));
  return lines;
}

function resultLine(report: CheckReport): string {
  const { error, warning, notice } = report.kinds;
  const template = `${FINDINGS.templateRules.name}: ${KINDS.error} ${error} 件・${KINDS.warning} ${warning} 件・${KINDS.notice} ${notice} 件`;
  if (!report.ok) return `結果: 読み込めない誤りがあります（上の × を確認してください）。${template}。`;
  if (error > 0) return `結果: ひな形の決まりの誤りがあります（上の × を確認してください）。${template}。`;
  return `結果: 読み込めない誤りはありません。${template}。`;
}

/** The template's findings, rule by rule: its kind, name and id, then each line (the first LINES_PER_LIST). */
function templateText(template: TemplateResult): string[] {
  const lines: string[] = [];
  for (const rule of Object.keys(TEMPLATE_RULES) as TemplateRule[]) {
    const count = template.counts[rule] ?? 0;
    if (count === 0) continue;
    const kind = TEMPLATE_RULES[rule];
    const found = template.findings.filter((finding) => finding.rule === rule);
    lines.push(`  ${MARKS[kind]} ${KINDS[kind]}: ${RULES[rule]}（${rule}）`, ...listed(found.map((finding) => finding.message), '    ', count));
  }
  const legend = FINDING_KINDS.map((kind) => `${MARKS[kind]} ${KINDS[kind]}`).join('・');
  return lines.length === 0 ? [] : [heading('  ', { name: FINDINGS.templateRules.name, why: legend }), ...lines];
}

function sourceText(source: SourceReport): string[] {
  const lines = [`データ: ${source.source}`];
  if (source.error) lines.push(`  ${MARKS.error} ${FINDINGS.unreadableSource.name}（${source.error.kind}）: ${source.error.message}`);
  if (source.savedCopy) lines.push(`  ${MARKS.warning} ${source.savedCopy.message}`);
  if (source.encoding === undefined) return lines;
  lines.push(`  文字コード: ${source.encoding} / 行数: ${source.rows} / 表示できる制度: ${source.shown} / 期限切れで非表示: ${source.expired}`);
  if (source.headerRow > 1) lines.push(`  見出し: ${source.headerRow}行目（上の行は題名として読み飛ばしました）`);
  const skipped = heading('  ', FINDINGS.skipped);
  lines.push(source.skipped.length === 0 ? `${skipped} なし` : skipped, ...listed(messages(source.skipped), '    '));
  if (source.irregular.length > 0) lines.push(heading('  ', FINDINGS.irregular), ...listed(messages(source.irregular), '    '));
  if (source.quoteErrors.length > 0) lines.push(heading('  ', FINDINGS.quoteErrors), ...listed(messages(source.quoteErrors), '    '));
  lines.push(...columnText(source));
  if (source.expiredRows.length > 0) {
    lines.push(heading('  ', FINDINGS.expiredRows), ...listed(messages(source.expiredRows), '    ', source.expired));
  }
  lines.push(...cellText(source.unreadable, source.unreadableCount));
  if (source.unknownAreas.length > 0) {
    lines.push(heading('  ', FINDINGS.unknownAreas), ...listed(messages(source.unknownAreas), '    ', source.unknownAreaCount));
  }
  lines.push(...templateText(source.template));
  return lines;
}

/** Each column as `見出し → 使い方`, the arrows lined up. */
function columnText(source: SourceReport): string[] {
  if (source.columns.length === 0) return [];
  const width = Math.max(...source.columns.map((column) => displayWidth(column.header)));
  const lines = [heading('  ', FINDINGS.columns)];
  for (const column of source.columns) {
    lines.push(`    ${column.header}${' '.repeat(width - displayWidth(column.header))} → ${column.message}`);
  }
  return lines;
}

function cellText(cells: readonly CellFinding[], count: number): string[] {
  const lines: string[] = [];
  for (const kind of CELL_KINDS) {
    const found = cells.filter((cell) => cell.kind === kind);
    if (found.length > 0) lines.push(heading('  ', CELLS[kind]), ...listed(messages(found), '    '));
  }
  if (count > cells.length) lines.push(`    （ほかにも${FINDINGS.unreadableCells.name}が ${count - cells.length} 個あります）`);
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
  if (flow.error !== undefined) return [...lines, `  ${MARKS.error} ${FINDINGS.unreadableSource.name}: ${flow.error}`];
  // In Japanese for the person who edits the flow, with the validator's own words for a developer.
  for (const problem of explainProblems(flow.problems)) {
    lines.push(`  ${MARKS[problem.severity]} ${problem.explanation}`, `      （${problem.code}: ${problem.message}）`);
  }
  if (flow.source !== undefined && flow.problems.length === 0) lines.push('  問題なし');
  if (!flow.ok) return lines;
  if (flow.goalsWithoutPhrases.length === 0) lines.push('  どのゴールにも、困りごとの言葉（phrases）から案内できます。');
  else {
    lines.push(heading('  ', FINDINGS.goalsWithoutPhrases));
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
  lines.push(heading('', FINDINGS.coverageGaps));
  for (const gap of coverage.gaps) lines.push(`  ${gap.municipality}:`, ...gap.goals.map((goal) => `    - ${goal}`));
  return lines;
}
