import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expectShown } from '../play.js';
import { FRAME_ARG_TYPES, framed, type FrameArgs } from './frame.js';

/**
 * `mode="launcher"`: the round button at the bottom right, and the panel it opens (full screen
 * and modal on a phone, floating on wider screens). Try it in the phone and desktop viewports.
 */
interface Args extends FrameArgs {
  open: boolean;
  label: string;
}

const meta: Meta<Args> = {
  title: 'Parts/Launcher',
  component: 'shien-navi-launcher',
  args: { lang: 'ja', scheme: 'light', open: false, label: '支援情報ナビ' },
  argTypes: { ...FRAME_ARG_TYPES },
  render: (args) =>
    framed(
      args,
      html`<shien-navi-launcher exportparts="launcher" .open=${args.open} label=${args.label} panel-label=${args.label}>
        <p>（ここにウィジェットのパネルが入ります / the panel goes here）</p>
      </shien-navi-launcher>`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

export const Closed: Story = {
  play: async ({ canvasElement }) => {
    await expectShown(canvasElement, 'shien-navi-launcher >>> button[part~="launcher"]', '支援情報ナビ');
  },
};
export const LongLabel: Story = { name: '長いラベル', args: { label: 'くらしと仕事の相談ナビ（〇〇市社会福祉協議会）' } };
export const Open: Story = { args: { open: true } };
export const Dark: Story = { args: { scheme: 'dark' } };
