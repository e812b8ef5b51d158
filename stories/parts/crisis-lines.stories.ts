import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CRISIS_LINES } from '../../src/flows/crisis-lines.js';
import { expectShown } from '../play.js';
import { FRAME_ARG_TYPES, framed, type FrameArgs } from './frame.js';

/** The six crisis lines bundled with the widget, shown whatever the data holds. */
interface Args extends FrameArgs {
  lines: readonly string[];
}

const ALL = Object.keys(CRISIS_LINES);

const meta: Meta<Args> = {
  title: 'Parts/Crisis lines',
  component: 'shien-navi-crisis-lines',
  args: { lang: 'ja', scheme: 'light', lines: ALL },
  argTypes: { ...FRAME_ARG_TYPES, lines: { control: 'check', options: ALL } },
  render: (args) => framed(args, html`<shien-navi-crisis-lines .lines=${args.lines}></shien-navi-crisis-lines>`),
};
export default meta;
type Story = StoryObj<Args>;

export const AllSix: Story = {
  name: 'All six',
  play: async ({ canvasElement }) => {
    for (const number of ['110', '119', '189']) await expectShown(canvasElement, `shien-navi-crisis-lines >>> a[href="tel:${number}"]`, number);
  },
};
export const EasyJapanese: Story = { name: 'やさしい日本語', args: { lang: 'ja-easy' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { scheme: 'dark' } };
