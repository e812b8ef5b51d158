import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ServiceRecord } from '../../src/data/record.js';
import { expectShown } from '../play.js';
import { FRAME_ARG_TYPES, framed, type FrameArgs } from './frame.js';
import { SAMPLE } from './sample-records.js';

/** The services of a goal as cards, grouped by 支援分類, with the count and the data's date. */
interface Args extends FrameArgs {
  records: readonly ServiceRecord[];
  /** Cards per page before "show more" (goals use 20); none: every card. */
  pageSize?: number;
}

const meta: Meta<Args> = {
  title: 'Parts/Result list',
  component: 'shien-navi-result-list',
  args: { lang: 'ja', scheme: 'light', records: SAMPLE.all },
  argTypes: { ...FRAME_ARG_TYPES, records: { control: false }, pageSize: { control: { type: 'number', min: 1 } } },
  render: (args) =>
    framed(
      args,
      html`<shien-navi-result-list
        exportparts="card"
        page-size=${args.pageSize ?? nothing}
        .records=${args.records}
        summary=${`${args.records.length}件の相談先・制度があります`} data-date="2026-11-01"></shien-navi-result-list>`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

export const Grouped: Story = {
  name: '支援分類ごと',
  play: async ({ canvasElement }) => {
    await expectShown(canvasElement, 'shien-navi-result-list >>> h3', '相談');
  },
};
export const OneService: Story = { name: '1 件', args: { records: [SAMPLE.noPhone] } };
export const Dark: Story = { args: { scheme: 'dark' } };
/** A long goal: one page of cards, "show more" with how many are left; pressed once, focus on the first new card. */
export const Paged: Story = {
  name: 'ページごと',
  args: { pageSize: 3 },
  play: async ({ canvasElement }) => {
    await expectShown(canvasElement, 'shien-navi-result-list >>> button.more', 'さらに 3 件を見る');
    const list = canvasElement.querySelector('shien-navi-result-list');
    list?.shadowRoot?.querySelector<HTMLButtonElement>('button.more')?.click();
    await expectShown(canvasElement, 'shien-navi-result-list >>> li:focus', '【サンプル】');
  },
};
