import { FINDING_LABELS } from '../../check/labels.js';
import type { CheckReport } from '../../check/report.js';
import { visibleControls } from '../../check/visible.js';
import { explainProblems } from '../../engine/flow-problems.js';

/**
 * The data check's findings as files a data owner can keep, send or open in a spreadsheet:
 * one CSV line per finding, or a Markdown page. Both from the same report the page shows
 * (src/check/report.ts, the checker's own).
 */

/** One finding: where it is and what to do, in the report's own words. */
export interface FindingRow {
  readonly kind: string;
  readonly source: string;
  /** Line in the file, or '' when the finding is not about one line. */
  readonly row: string;
  readonly column: string;
  readonly message: string;
}

const { kinds: KINDS, marks: MARKS, rules: RULES, cells: CELLS, flow: FLOW, findings: FINDINGS } = FINDING_LABELS.ja;

/** The findings of a file listed row by row, in the order the page lists them. */
const ROW_FINDINGS = ['skipped', 'irregular', 'quoteErrors', 'expiredRows', 'unknownAreas'] as const;

/** Every finding of the report, in the order the page lists them. */
export function findingRows(report: CheckReport): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const source of report.sources) {
    if (source.error) rows.push({ kind: FINDINGS.unreadableSource.name, source: source.source, row: '', column: '', message: source.error.message });
    if (source.savedCopy) rows.push({ kind: FINDINGS.savedCopy.name, source: source.source, row: '', column: '', message: source.savedCopy.message });
    for (const column of source.columns.filter((finding) => finding.status !== 'read')) {
      rows.push({ kind: FINDINGS.unusedColumn.name, source: source.source, row: '', column: column.header, message: column.message });
    }
    for (const kind of ROW_FINDINGS) {
      for (const finding of source[kind]) rows.push({ kind: FINDINGS[kind].name, source: source.source, row: String(finding.row), column: '', message: finding.message });
    }
    for (const cell of source.unreadable) {
      rows.push({ kind: CELLS[cell.kind].name, source: source.source, row: String(cell.row), column: cell.column, message: cell.message });
    }
    const more = source.unreadableCount - source.unreadable.length;
    if (more > 0) rows.push({ kind: FINDINGS.unreadableCells.name, source: source.source, row: '', column: '', message: `ほかに ${more} か所あります` });
    // The template's rules: kind and rule in the 種類 column, as the page and the CLI name them.
    for (const finding of source.template.findings) {
      rows.push({
        kind: `${FINDINGS.templateRules.name}（${KINDS[finding.kind]}）: ${RULES[finding.rule]}（${finding.rule}）`,
        source: source.source,
        row: String(finding.row),
        column: finding.header,
        message: finding.message,
      });
    }
  }
  for (const duplicate of report.duplicateIds) {
    rows.push({ kind: FINDINGS.duplicateIds.name, source: duplicate.shown.source, row: String(duplicate.shown.row), column: '制度番号', message: duplicate.message });
  }
  for (const lookalike of report.lookalikes) {
    rows.push({ kind: FINDINGS.lookalikes.name, source: lookalike.source, row: String(lookalike.row), column: '', message: lookalike.message });
  }
  for (const problem of explainProblems(report.flow.problems)) {
    rows.push({ kind: FLOW[problem.severity], source: report.flow.source ?? '標準の質問の流れ', row: '', column: problem.node ?? '', message: problem.explanation });
  }
  if (report.flow.error) rows.push({ kind: FLOW.error, source: report.flow.source ?? '', row: '', column: '', message: report.flow.error });
  for (const goal of report.flow.goalsWithoutPhrases) {
    rows.push({ kind: FINDINGS.goalsWithoutPhrases.name, source: report.flow.source ?? '標準の質問の流れ', row: '', column: '', message: goal });
  }
  for (const gap of report.coverage?.gaps ?? []) {
    for (const goal of gap.goals) rows.push({ kind: FINDINGS.coverageGaps.name, source: gap.municipality, row: '', column: '', message: goal });
  }
  return rows;
}

/**
 * A CSV cell: control characters as visible escapes, quoted, quotes doubled, and a leading
 * = + - @ (after any spaces) defused so a spreadsheet shows it as text, never runs it.
 */
function csvCell(value: string): string {
  const visible = visibleControls(value);
  const text = /^\s*[=+\-@＝＋－＠]/.test(visible) ? `'${visible}` : visible;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The findings as CSV (UTF-8 with BOM, so Excel reads the Japanese), one line each. */
export function reportCsv(report: CheckReport): string {
  const header = ['種類', 'ファイル・市町村', '行', '列・ノード', '内容'];
  const lines = [header, ...findingRows(report).map((row) => [row.kind, row.source, row.row, row.column, row.message])].map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Text in a Markdown table cell or line: no line breaks, control characters as visible escapes, pipes, entities and markup characters escaped. */
const md = (text: string): string =>
  visibleControls(text.replace(/\s+/g, ' ')).replace(/([\\`*_{}[\]<>()#+!|&~])/g, '\\$1');

/** The report as a Markdown page: a summary, then each file, the flow and the goals without a service. */
export function reportMarkdown(report: CheckReport, title = 'shien-navi データの点検'): string {
  const lines: string[] = [`# ${md(title)}`, '', report.ok ? '読めない誤りはありません。' : '**読めない誤りがあります。**', '', `表示できる制度: ${report.shown} 件`, ''];
  for (const source of report.sources) {
    lines.push(`## ${md(source.source)}`, '');
    if (source.error) lines.push(`- **${FINDINGS.unreadableSource.name}**: ${md(source.error.message)}`);
    if (source.encoding) lines.push(`- 文字コード: ${source.encoding} / 行数: ${source.rows} / 表示できる制度: ${source.shown} / 期限切れで非表示: ${source.expired}`);
    for (const row of findingRows({ ...report, sources: [source], duplicateIds: [], lookalikes: [], flow: { ...report.flow, problems: [] }, coverage: undefined }).filter((finding) => finding.kind !== FINDINGS.unreadableSource.name)) {
      lines.push(`- ${row.kind}: ${md(row.message)}`);
    }
    lines.push('');
  }
  if (report.duplicateIds.length > 0) {
    lines.push(`## ${FINDINGS.duplicateIds.name}`, '', ...report.duplicateIds.map((duplicate) => `- ${md(duplicate.message)}`), '');
  }
  if (report.lookalikes.length > 0) {
    lines.push(`## ${FINDINGS.lookalikes.name}`, '', ...report.lookalikes.map((row) => `- ${md(row.message)}`), '');
  }
  lines.push('## 質問の流れ', '', `- ${md(report.flow.source ?? '標準（北海道版）')}`);
  if (report.flow.error) lines.push(`- **${FINDINGS.unreadableSource.name}**: ${md(report.flow.error)}`);
  for (const problem of explainProblems(report.flow.problems)) lines.push(`- ${MARKS[problem.severity]} ${md(problem.explanation)}`);
  lines.push('');
  if (report.coverage) {
    const { columns, goals, counts } = report.coverage;
    lines.push('## ゴールごとの件数', '', `| ゴール | ${columns.map(md).join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`);
    goals.forEach((goal, index) => lines.push(`| ${md(goal)} | ${(counts[index] ?? []).join(' | ')} |`));
    lines.push('');
    if (report.coverage.gaps.length > 0) {
      lines.push(`## ${md(FINDINGS.coverageGaps.name)}`, '');
      for (const gap of report.coverage.gaps) lines.push(`- ${md(gap.municipality)}: ${gap.goals.map(md).join('、')}`);
      lines.push('');
    }
  }
  return `${lines.join('\n')}\n`;
}
