import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

/** The states a person meets: start, mid-flow, a goal with results, and no data at all. */
interface Args {
  src: string;
  start: string;
  municipality: string;
  categories: string;
  lang: string;
}

const SAMPLE = 'data/sample.csv';

const meta: Meta<Args> = {
  title: 'shien-navi',
  component: 'shien-navi',
  args: { src: SAMPLE, start: '', municipality: '', categories: '', lang: 'ja' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['ja', 'ja-easy', 'en'] },
  },
  render: (args) => html`
    <shien-navi
      src=${args.src || nothing}
      start=${args.start || nothing}
      municipality=${args.municipality || nothing}
      categories=${args.categories || nothing}
      lang=${args.lang}
    ></shien-navi>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Start: Story = {};

export const MidFlow: Story = { args: { start: 'emergency-food' } };

export const Results: Story = { args: { start: 'emergency-foodbank', municipality: '札幌市' } };

export const NoData: Story = { args: { src: '', start: 'emergency' } };
