import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ServiceRecord } from '../../src/data/record.js';
import { foldText } from '../../src/search/normalize.js';
import type { MatchRanges } from '../../src/search/search-index.js';
import { expectShown } from '../play.js';
import { FRAME_ARG_TYPES, framed, type FrameArgs } from './frame.js';
import { SAMPLE } from './sample-records.js';

/**
 * One service as a card, with the data publishers really write: a 40-character 制度名, no
 * phone, three numbers in the phone cell, no web page, a long 概要, only a name.
 */
interface Args extends FrameArgs {
  record: ServiceRecord;
  ranges: MatchRanges | undefined;
}

/** Where `term` matches `text`, as the search reports it (positions in the folded text). */
function matchOf(text: string, term: string): MatchRanges['name'] {
  const at = foldText(text).indexOf(foldText(term));
  return at < 0 ? [] : [[at, at + foldText(term).length]];
}

const meta: Meta<Args> = {
  title: 'Parts/Result card',
  component: 'shien-navi-result-card',
  args: { lang: 'ja', scheme: 'light', record: SAMPLE.longName, ranges: undefined },
  argTypes: { ...FRAME_ARG_TYPES, record: { control: 'object' }, ranges: { control: false } },
  render: (args) => framed(args, html`<shien-navi-result-card part="card" .record=${args.record} .ranges=${args.ranges}></shien-navi-result-card>`),
};
export default meta;
type Story = StoryObj<Args>;

export const LongName: Story = { name: '制度名 40 文字' };
export const NoPhone: Story = { name: '電話番号なし', args: { record: SAMPLE.noPhone } };
export const ThreePhones: Story = { name: '電話番号 3 つ', args: { record: SAMPLE.threePhones } };
export const NoUrl: Story = { name: 'URL・住所なし', args: { record: SAMPLE.noUrl } };
export const NameOnly: Story = { name: '制度名だけ', args: { record: SAMPLE.nameOnly } };
export const LongSummaryOpened: Story = {
  name: '長い概要（続きを読む）',
  args: { record: SAMPLE.longSummary },
  play: async ({ canvasElement }) => {
    const toggle = await expectShown(canvasElement, 'shien-navi-result-card >>> button.toggle', '続きを読む');
    toggle.click();
    await expectShown(canvasElement, 'shien-navi-result-card >>> .more', '家主へ直接支払われます');
    if (toggle.getAttribute('aria-expanded') !== 'true') throw new Error('the toggle says it is open');
  },
};
export const SearchMatch: Story = {
  name: '検索で当たった部分',
  args: { record: SAMPLE.longSummary, ranges: { name: matchOf(SAMPLE.longSummary.name, '住居確保'), alias: matchOf(SAMPLE.longSummary.alias, '家賃') } },
  play: async ({ canvasElement }) => {
    await expectShown(canvasElement, 'shien-navi-result-card >>> h4 mark', '住居確保');
  },
};
export const EveryField: Story = {
  name: '項目すべて（受付開始前・電子申請あり）',
  args: { record: SAMPLE.everyField },
  play: async ({ canvasElement }) => {
    await expectShown(canvasElement, 'shien-navi-result-card >>> .opens', '2097年12月1日');
    await expectShown(canvasElement, 'shien-navi-result-card >>> .actions a', 'オンラインで申請する');
    await expectShown(canvasElement, 'shien-navi-result-card >>> .benefit', '10,000円');
  },
};
export const English: Story = { args: { lang: 'en', record: SAMPLE.threePhones } };
export const Dark: Story = { args: { scheme: 'dark', record: SAMPLE.longSummary } };
