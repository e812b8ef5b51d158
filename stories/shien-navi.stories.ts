import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Flow } from '../src/engine/flow.js';
import { choose, countShown, expectShown, ready, search } from './play.js';
import { stallRequestsTo } from './stall.js';
import { defineContrastReport } from './theme/contrast-report.js';
import { themeOf } from './theme/theme-of.js';

/**
 * Every state a person can meet, in Storybook. Each story is also rendered by the component
 * tests, which run axe on it and require zero violations, and run its `play` checks.
 *
 * The controls include every `--shien-navi-*` custom property of the manifest (the "theme"
 * group, added by .storybook/preview.ts); the "Theme (contrast check)" story shows what they do
 * to each colour pair's contrast.
 */
interface Args {
  src: string;
  start: string;
  municipality: string;
  categories: string;
  lang: 'ja' | 'ja-easy' | 'en';
  mode: 'inline' | 'launcher';
  open: boolean;
  scheme: 'auto' | 'light' | 'dark';
  view: 'conversation' | 'list';
  heading: string;
  flow: Flow | undefined;
  theme: string;
  /** `--shien-navi-*` values from the theme controls; unset ones keep the widget's defaults. */
  [customProperty: `--shien-navi-${string}`]: string | undefined;
}


defineContrastReport();

const SAMPLE = 'data/sample.csv';
const STALL = 'data/__loading__.csv';

/** The docs page's opening: what a site owner pastes (the rest of the page comes from custom-elements.json). */
const USAGE = `支援情報ナビ: 困りごとをいくつかの質問で選ぶと、合った相談窓口や支援制度を表示します。
Guides a person through a few questions to the support services that fit them.

    <script type="module" src="https://cdn.jsdelivr.net/npm/shien-navi@0.1.0/dist/shien-navi.js"></script>
    <shien-navi src="/opendata/seido.csv" municipality="札幌市"></shien-navi>

Below: every attribute and property with its default, the events and their \`detail\`, the parts for
\`::part()\`, and every \`--shien-navi-*\` custom property (the "theme" controls; see the story
"Theme (contrast check)" for the contrast of each colour pair).`;

const meta: Meta<Args> = {
  title: 'shien-navi',
  component: 'shien-navi',
  parameters: { docs: { description: { component: USAGE } } },
  args: {
    src: SAMPLE,
    start: '',
    municipality: '',
    categories: '',
    lang: 'ja',
    mode: 'inline',
    open: false,
    scheme: 'light',
    view: 'conversation',
    heading: '',
    flow: undefined,
    theme: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['ja', 'ja-easy', 'en'] },
    mode: { control: 'inline-radio', options: ['inline', 'launcher'] },
    scheme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    view: { control: 'inline-radio', options: ['conversation', 'list'] },
    flow: { control: false },
    theme: { control: false, table: { disable: true } },
  },
  render: (args) => {
    if (args.src.includes('__loading__')) stallRequestsTo('__loading__');
    return html`<div class="story ${args.theme}">
      <shien-navi
        id="navi"
        style=${styleMap(themeOf(args))}
        src=${args.src || nothing}
        start=${args.start || nothing}
        municipality=${args.municipality || nothing}
        categories=${args.categories || nothing}
        lang=${args.lang}
        mode=${args.mode}
        ?open=${args.open}
        scheme=${args.scheme}
        view=${args.view}
        heading=${args.heading || nothing}
        .flow=${args.flow}
      ></shien-navi>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Start: Story = {};

export const CategoryMoney: Story = { name: 'Category: お金のこと', args: { start: 'money' } };
export const CategoryWork: Story = { name: 'Category: 仕事のこと', args: { start: 'work' } };
export const CategoryEmergency: Story = { name: 'Category: 緊急の困りごと', args: { start: 'emergency' } };
export const CategoryHealth: Story = { name: 'Category: 心とからだの悩み', args: { start: 'health' } };
export const CategoryFamily: Story = { name: 'Category: 家族関係のこと', args: { start: 'family' } };

export const MidFlow: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await choose(canvasElement, '緊急の困りごと', '食べるものがない');
    await expectShown(canvasElement, '[part~="bubble-user"]', '食べるものがない');
    await expectShown(canvasElement, 'button[part~="choice"]', 'フードバンクを利用したい');
  },
};

export const GoalWithResults: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await choose(canvasElement, '緊急の困りごと', '食べるものがない', 'フードバンクを利用したい');
    await expectShown(canvasElement, '[part~="card"]', '【サンプル】フードバンク緊急食料支援');
  },
};

export const GoalWithNone: Story = {
  args: { municipality: '旭川市' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await choose(canvasElement, '心とからだの悩み', '病気や障がい', '障がいのこと');
    // Nothing found is never a dead end: a crisis line and a way on are there.
    await expectShown(canvasElement, 'shien-navi-crisis-lines >>> a[href^="tel:"]');
    if (countShown(canvasElement, '[part~="card"]') !== 0) throw new Error('a goal with no services shows no cards');
  },
};

export const SensitivePath: Story = {
  name: 'Sensitive path (quick exit)',
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await choose(canvasElement, '家族関係のこと', 'DV・虐待');
    await expectShown(canvasElement, 'shien-navi-quick-exit >>> button', 'すぐ閉じる');
  },
};

export const SearchHits: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await search(canvasElement, 'ふーどばんく');
    await expectShown(canvasElement, '[part~="card"] >>> mark', 'フードバンク');
  },
};

export const SearchNoHits: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await search(canvasElement, 'ぜんぜんないことば');
    // No match offers a line to a person, its number shown, and the categories.
    await expectShown(canvasElement, 'shien-navi-search-results >>> button[part~="choice"]', 'お金のこと');
    await expectShown(canvasElement, 'shien-navi-search-results >>> shien-navi-crisis-lines[tone="listening"] >>> .number', '0120-279-338');
  },
};

/** A trouble in plain words: the situation it describes as a shortcut into the questions, and its services. */
export const SearchTrouble: Story = {
  name: 'Search: a trouble in plain words',
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await search(canvasElement, 'やちんがはらえない');
    await expectShown(canvasElement, 'shien-navi-search-results >>> button.shortcut', '家賃が払えない');
    await expectShown(canvasElement, '[part~="card"] >>> h4', '住居確保給付金');
  },
};

/** A cry for help: the crisis lines before anything else, never "not found". */
export const SearchCrisis: Story = {
  name: 'Search: a cry for help',
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await search(canvasElement, 'しにたい');
    await expectShown(canvasElement, 'shien-navi-search-results >>> shien-navi-crisis-lines', 'いのちの電話');
  },
};

export const SearchCrisisEnglish: Story = {
  name: 'Search: a cry for help (English)',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await search(canvasElement, 'I want to die');
    await expectShown(canvasElement, 'shien-navi-search-results >>> shien-navi-crisis-lines', '0570-783-556');
  },
};

export const Loading: Story = { args: { src: STALL } };

export const ErrorNetwork: Story = { name: 'Error: network', args: { src: 'https://unreachable.invalid/seido.csv', start: 'emergency' } };
export const ErrorHttp: Story = { name: 'Error: http (404)', args: { src: 'data/missing.csv' } };
export const ErrorParse: Story = { name: 'Error: parse (an HTML page)', args: { src: 'fixtures/maintenance.html' } };
export const ErrorSchema: Story = { name: 'Error: schema (no 制度名 column)', args: { src: 'fixtures/no-name-column.csv' } };
export const ErrorFlow: Story = {
  name: 'Error: flow (falls back to the bundled flow)',
  args: { flow: { version: 1, id: 'broken', start: 'nowhere', nodes: {} } as unknown as Flow },
};

/** The 支援員's list: every service of the town, grouped by 行政サービス分類 with counts. */
export const SupportWorkerList: Story = {
  name: "支援員's list",
  args: { view: 'list', municipality: '札幌市' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expectShown(canvasElement, 'shien-navi-service-list >>> h3', '札幌市の支援一覧');
    await expectShown(canvasElement, 'shien-navi-service-list >>> .groups button', '相談');
    await expectShown(canvasElement, 'shien-navi-service-list >>> button', '印刷する');
  },
};

export const SupportWorkerListFiltered: Story = {
  name: "支援員's list: filtered",
  args: { view: 'list', municipality: '札幌市' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const input = await expectShown(canvasElement, 'shien-navi-service-list >>> input');
    (input as HTMLInputElement).value = 'フードバンク';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await expectShown(canvasElement, 'shien-navi-service-list >>> [part~="card"] >>> h4', 'フードバンク');
  },
};

export const SupportWorkerListEnglish: Story = {
  name: "支援員's list: English",
  args: { view: 'list', municipality: '旭川市', lang: 'en' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expectShown(canvasElement, 'shien-navi-service-list >>> h3', 'Services in 旭川市');
  },
};

export const LauncherClosed: Story = { args: { mode: 'launcher' } };
export const LauncherOpen: Story = { args: { mode: 'launcher', open: true } };

export const Japanese: Story = { args: { lang: 'ja', start: 'emergency' } };
export const EasyJapanese: Story = { name: 'やさしい日本語', args: { lang: 'ja-easy', start: 'emergency' } };
export const English: Story = { args: { lang: 'en', start: 'emergency' } };

export const Dark: Story = {
  args: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await choose(canvasElement, '緊急の困りごと', '食べるものがない', 'フードバンクを利用したい');
    await expectShown(canvasElement, '[part~="card"]', 'フードバンク');
  },
};

export const PartnerTheme: Story = {
  name: 'Partner theme',
  args: { theme: 'partner', heading: 'くらしの相談ナビ（〇〇市社会福祉協議会）' },
};

/**
 * For designers: set the `--shien-navi-*` controls (the "theme" group) and read the contrast of
 * every colour pair above the widget. It opens on a goal so that cards, links, the crisis
 * lines and the person's own answers are all on screen.
 */
export const Theme: Story = {
  name: 'Theme (contrast check)',
  args: { '--shien-navi-accent': '#7a2e8e', '--shien-navi-surface-alt': '#f6f0f8' },
  render: (args) => html`<shien-navi-contrast-report for="navi" .theme=${themeOf(args)} scheme=${args.scheme}></shien-navi-contrast-report>${
    (meta.render as (args: Args) => TemplateResult)(args)
  }`,
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await choose(canvasElement, '緊急の困りごと', '食べるものがない', 'フードバンクを利用したい');
    await expectShown(canvasElement, 'shien-navi-contrast-report >>> caption', '十分です');
  },
};
