// The workbench page's entry (studio/index.html): defines its elements. Built by
// vite.studio.config.ts into dist/studio/, apart from the widget's own bundle.
import { ShienNaviResultCard } from '../components/result-card/result-card.js';
import { StudioApp } from './app/app.js';
import { StudioDataCheck } from './data-check/data-check.js';
import { StudioDataSources } from './data-sources/data-sources.js';
import { StudioDataWriter } from './data-writer/data-writer.js';
import { StudioFlowEditor } from './flow-editor/flow-editor.js';
import { StudioFlowTree } from './flow-tree/flow-tree.js';
import { StudioLocalizedText } from './localized-text/localized-text.js';
import { StudioNodeForm } from './node-form/node-form.js';
import { StudioPreview } from './preview/preview.js';
import { StudioSnippetBox } from './snippet-box/snippet-box.js';
import { StudioWidgetSetup } from './widget-setup/widget-setup.js';
import { StudioWordList } from './word-list/word-list.js';

export const STUDIO_ELEMENTS = {
  'shien-navi-studio': StudioApp,
  'shien-navi-studio-data-check': StudioDataCheck,
  'shien-navi-studio-data-sources': StudioDataSources,
  'shien-navi-studio-data-writer': StudioDataWriter,
  'shien-navi-studio-flow-editor': StudioFlowEditor,
  'shien-navi-studio-flow-tree': StudioFlowTree,
  'shien-navi-studio-localized-text': StudioLocalizedText,
  'shien-navi-studio-node-form': StudioNodeForm,
  'shien-navi-studio-preview': StudioPreview,
  'shien-navi-studio-snippet-box': StudioSnippetBox,
  'shien-navi-studio-widget-setup': StudioWidgetSetup,
  'shien-navi-studio-word-list': StudioWordList,
  // The row form's preview: the widget's own card, drawn as the widget draws it.
  'shien-navi-result-card': ShienNaviResultCard,
} as const;

for (const [tag, element] of Object.entries(STUDIO_ELEMENTS)) if (!customElements.get(tag)) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'shien-navi-studio': StudioApp;
    'shien-navi-studio-data-check': StudioDataCheck;
    'shien-navi-studio-data-sources': StudioDataSources;
    'shien-navi-studio-data-writer': StudioDataWriter;
    'shien-navi-studio-flow-editor': StudioFlowEditor;
    'shien-navi-studio-flow-tree': StudioFlowTree;
    'shien-navi-studio-localized-text': StudioLocalizedText;
    'shien-navi-studio-node-form': StudioNodeForm;
    'shien-navi-studio-preview': StudioPreview;
    'shien-navi-studio-snippet-box': StudioSnippetBox;
    'shien-navi-studio-widget-setup': StudioWidgetSetup;
    'shien-navi-studio-word-list': StudioWordList;
  }
}
