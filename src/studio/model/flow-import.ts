import type { Flow } from '../../engine/flow.js';
import { FLOW_PROBLEM_CODES, knownFlowFields, validateFlow, type FlowProblem } from '../../engine/validate.js';
import { explainProblems } from '../../engine/flow-problems.js';

/** A flow file is a few hundred kilobytes at most; anything far bigger is not one. */
export const MAX_FLOW_BYTES = 5 * 1024 * 1024;
/** More nodes than a person could ever walk through: refused before the editor lists them. */
export const MAX_NODES = 5000;

export type FlowImport = { readonly flow: Flow; readonly problems: readonly FlowProblem[] } | { readonly error: string };

/** Problems that leave nothing the editor could show as forms. */
const UNREADABLE: readonly string[] = [FLOW_PROBLEM_CODES.notAFlow, FLOW_PROBLEM_CODES.tooDeep, FLOW_PROBLEM_CODES.version, FLOW_PROBLEM_CODES.badNode, FLOW_PROBLEM_CODES.badQuery];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): boolean => typeof value === 'string' || (isObject(value) && Object.values(value).every((item) => typeof item === 'string'));
const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Phrases the editor can list: none, a list of strings, or such lists by language. */
const isPhrases = (value: unknown): boolean => value === undefined || isStrings(value) || (isObject(value) && Object.values(value).every(isStrings));

/** Why a node cannot be shown as a form, or '' (fields' meaning is the validator's business, not this). */
function shapeProblem(id: string, node: Record<string, unknown>): string {
  if (!isText(node['text'])) return `「${id}」の文（text）が文字ではありません。`;
  if (node['contacts'] !== undefined && !isStrings(node['contacts'])) return `「${id}」の電話番号（contacts）が文字の一覧ではありません。`;
  if (node['sensitive'] !== undefined && typeof node['sensitive'] !== 'boolean') return `「${id}」の sensitive が true / false ではありません。`;
  if (!isPhrases(node['phrases'])) return `「${id}」の言葉（phrases）が、文字の一覧（か言語ごとの一覧）ではありません。`;
  if (node['kind'] === 'message' && typeof node['next'] !== 'string') return `お知らせ「${id}」の行き先（next）が文字ではありません。`;
  if (node['kind'] === 'question') {
    const choices = node['choices'];
    if (!Array.isArray(choices)) return `質問「${id}」の選択肢（choices）が一覧ではありません。`;
    const bad = choices.findIndex((choice) => !isObject(choice) || !isText(choice['label']) || typeof choice['next'] !== 'string' || !isPhrases(choice['phrases']));
    if (bad >= 0) return `質問「${id}」の ${bad + 1} 番目の選択肢に、文字（label）か行き先（next）がないか、言葉（phrases）が一覧ではありません。`;
  }
  return '';
}

/**
 * Reads a flow file for the editor. Refuses (with a plain message, changing nothing) what is
 * not JSON, not a flow, nested too deep, or not editable as forms; accepts a flow the validator
 * finds problems in (a loop, a missing target, a reserved id), so they can be fixed here, and
 * returns those problems. The flow is cut to the fields the widget reads.
 */
export function importFlow(bytes: Uint8Array): FlowImport {
  if (bytes.length > MAX_FLOW_BYTES) return { error: `ファイルが大きすぎます（${Math.round(bytes.length / 1024 / 1024)} MB）。フローの JSON は 5 MB までです。` };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    const detail = error instanceof SyntaxError ? `（${error.message}）` : '';
    return { error: `JSON として読めません${detail}。フローの .json ファイルを選んでください。` };
  }
  return editableFlow(json);
}

/** A parsed flow (from a file, or kept from the last visit) the editor can show; see importFlow. */
export function editableFlow(json: unknown): FlowImport {
  const { problems } = validateFlow(json);
  const fatal = problems.filter((problem) => UNREADABLE.includes(problem.code));
  if (fatal.length > 0) return { error: `フローとして読めません: ${explainProblems(fatal).map((problem) => problem.explanation).join(' ')}` };
  const flow = json as Record<string, unknown> & { nodes: Record<string, Record<string, unknown>> };
  const ids = Object.keys(flow.nodes);
  if (ids.length > MAX_NODES) return { error: `ノードが多すぎます（${ids.length} 個）。${MAX_NODES} 個までです。` };
  for (const id of ids) {
    const problem = shapeProblem(id, flow.nodes[id] as Record<string, unknown>);
    if (problem !== '') return { error: `フローとして読めません: ${problem}` };
  }
  return { flow: knownFlowFields(json as Record<string, unknown>), problems };
}
