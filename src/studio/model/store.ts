import type { CheckReport } from '../../check/report.js';
import type { ServiceRecord } from '../../data/record.js';
import type { Flow } from '../../engine/flow.js';
import { withHokkaidoPhrases } from '../../flows/hokkaido-phrases.js';
import { HOKKAIDO_FLOW } from '../../flows/hokkaido.js';
import { DEFAULT_SETTINGS, type WidgetSettings } from './settings.js';
import type { RowEdit, Sheet } from './sheet.js';
import type { DataSource } from './sources.js';

/** Everything the editor made: kept in this browser (see draft.ts) so nothing is lost. */
export interface Workspace {
  readonly sources: readonly DataSource[];
  readonly settings: WidgetSettings;
  /** The edited flow, or undefined while the bundled one is used as it is. */
  readonly flow: Flow | undefined;
  /** The node open in the question editor. */
  readonly selectedNode: string;
  /** The file the row form writes (「4. データを書く」), and the row open in it with what was typed. */
  readonly sheet?: Sheet | undefined;
  readonly rowEdit?: RowEdit | undefined;
}

/** What one source gave when it was read, in the loader's own words. */
export interface SourceStatus {
  readonly id: string;
  readonly ok: boolean;
  /** Why it could not be used (for the site owner, Japanese). */
  readonly error?: string;
  readonly records: number;
}

/** The data as read by the workbench: derived from the sources, never stored. */
export interface StudioData {
  readonly status: 'empty' | 'loading' | 'ready';
  readonly records: readonly ServiceRecord[];
  readonly sources: readonly SourceStatus[];
  /** The checker's findings for the sources and the flow (src/check/report.ts). */
  readonly report: CheckReport | undefined;
}

export interface StudioState extends Workspace {
  readonly data: StudioData;
  /** A note for the editor that is not a finding (a refused import, a restored draft). */
  readonly notice: { readonly text: string; readonly error: boolean } | undefined;
  /** Whether the workspace is kept in this browser yet. */
  readonly draft: DraftStatus;
}

export interface DraftStatus {
  readonly status: 'none' | 'saving' | 'saved' | 'failed';
  /** ISO 8601 of the last save, or ''. */
  readonly savedAt: string;
}

/**
 * The bundled flow as the widget runs it: with the phrases people type for each goal (kept apart
 * from HOKKAIDO_FLOW in the widget). An edited copy carries them, since the widget adds them
 * only to the bundled flow's own nodes.
 */
const BUNDLED_FLOW: Flow = withHokkaidoPhrases(HOKKAIDO_FLOW);

export const EMPTY_WORKSPACE: Workspace = { sources: [], settings: DEFAULT_SETTINGS, flow: undefined, selectedNode: '', sheet: undefined, rowEdit: undefined };
export const NO_DATA: StudioData = { status: 'empty', records: [], sources: [], report: undefined };

/**
 * The workbench's one state, shared by its elements through context. Every change makes a new
 * state object; listeners hear `change` after each.
 */
export class StudioStore extends EventTarget {
  #state: StudioState;

  /** The flow the widget and the editor use: the edited one, else the bundled one with its phrases. */
  get flow(): Flow {
    return this.#state.flow ?? BUNDLED_FLOW;
  }

  constructor(workspace: Workspace = EMPTY_WORKSPACE) {
    super();
    this.#state = { ...workspace, data: NO_DATA, notice: undefined, draft: { status: 'none', savedAt: '' } };
  }

  get state(): StudioState {
    return this.#state;
  }

  update(change: Partial<StudioState> | ((state: StudioState) => Partial<StudioState>)): void {
    const patch = typeof change === 'function' ? change(this.#state) : change;
    this.#state = { ...this.#state, ...patch };
    this.dispatchEvent(new Event('change'));
  }

  updateSettings(patch: Partial<WidgetSettings>): void {
    this.update((state) => ({ settings: { ...state.settings, ...patch } }));
  }

  /** Changes the edited flow (the bundled one is copied on the first edit). */
  editFlow(edit: (flow: Flow) => Flow): void {
    this.update((state) => ({ flow: edit(state.flow ?? structuredClone(BUNDLED_FLOW)) }));
  }
}
