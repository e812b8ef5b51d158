import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { FRAME_ARG_TYPES, framed, type FrameArgs } from './frame.js';

/** The search field, and the quick exit shown on sensitive paths: small parts with their own look. */
interface Args extends FrameArgs {
  value: string;
  quickExit: boolean;
}

const meta: Meta<Args> = {
  title: 'Parts/Search box and quick exit',
  component: 'shien-navi-search-box',
  args: { lang: 'ja', scheme: 'light', value: '', quickExit: false },
  argTypes: { ...FRAME_ARG_TYPES },
  render: (args) =>
    framed(
      args,
      html`${args.quickExit ? html`<shien-navi-quick-exit url="https://www.google.com/"></shien-navi-quick-exit>` : nothing}
        <shien-navi-search-box exportparts="search" .value=${args.value}></shien-navi-search-box>`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Typed: Story = { args: { value: 'ふーどばんく' } };
export const WithQuickExit: Story = { name: 'すぐ閉じるボタン', args: { quickExit: true } };
export const EasyJapanese: Story = { name: 'やさしい日本語', args: { lang: 'ja-easy', quickExit: true } };
export const Dark: Story = { args: { scheme: 'dark', value: 'しごと', quickExit: true } };
