import { editableFlow } from './flow-import.js';
import { isHttpUrl, readSettings } from './settings.js';
import { readRowEdit, readSheetDraft } from './sheet-draft.js';
import { MAX_FILE_BYTES, type DataSource } from './sources.js';
import type { Workspace } from './store.js';

/**
 * The workspace as kept in this browser between visits (IndexedDB, see the app's draft keeper):
 * written as it is, and read back with every field checked, since storage can hold anything
 * (an older version, another tab's half-written copy, a hand edit).
 */
export const DRAFT_VERSION = 1;

export interface Draft extends Workspace {
  readonly version: typeof DRAFT_VERSION;
  /** ISO 8601. */
  readonly savedAt: string;
}

export function toDraft(workspace: Workspace, savedAt: Date): Draft {
  const { sources, settings, flow, selectedNode, sheet, rowEdit } = workspace;
  return { version: DRAFT_VERSION, savedAt: savedAt.toISOString(), sources, settings, flow, selectedNode, sheet, rowEdit };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readSource(value: unknown): DataSource | undefined {
  if (!isObject(value) || typeof value['id'] !== 'string') return undefined;
  const id = value['id'];
  // A data URL was refused when typed unless http(s); one read back is held to the same rule. (A
  // file's publish URL may be mid-edit and is flagged where it is shown, so it is kept as it is.)
  if (value['kind'] === 'url') return typeof value['url'] === 'string' && isHttpUrl(value['url']) ? { kind: 'url', id, url: value['url'].trim() } : undefined;
  const { name, bytes, publishUrl } = value;
  if (value['kind'] !== 'file' || typeof name !== 'string' || typeof publishUrl !== 'string' || !(bytes instanceof Uint8Array) || bytes.length > MAX_FILE_BYTES) return undefined;
  return { kind: 'file', id, name, bytes, publishUrl };
}

/** A stored draft read back: what is sound is kept, the rest dropped; undefined when nothing is usable. */
export function readDraft(value: unknown): (Workspace & { readonly savedAt: string }) | undefined {
  if (!isObject(value) || value['version'] !== DRAFT_VERSION) return undefined;
  const sources = Array.isArray(value['sources']) ? value['sources'].map(readSource).filter((source) => source !== undefined) : [];
  const imported = value['flow'] === undefined ? undefined : editableFlow(value['flow']);
  return {
    savedAt: typeof value['savedAt'] === 'string' ? value['savedAt'] : '',
    sources,
    settings: readSettings(value['settings']),
    flow: imported !== undefined && 'flow' in imported ? imported.flow : undefined,
    selectedNode: typeof value['selectedNode'] === 'string' ? value['selectedNode'] : '',
    sheet: readSheetDraft(value['sheet']),
    rowEdit: readRowEdit(value['rowEdit']),
  };
}
