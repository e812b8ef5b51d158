import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ChoiceView } from '../../src/components/choice-list/choice-list.js';
import { FRAME_ARG_TYPES, framed, type FrameArgs } from './frame.js';

/** The answers to a question: large buttons, each with how many services lie behind it. */
interface Args extends FrameArgs {
  choices: readonly ChoiceView[];
}

const meta: Meta<Args> = {
  title: 'Parts/Choice list',
  component: 'shien-navi-choice-list',
  args: {
    lang: 'ja',
    scheme: 'light',
    choices: [
      { label: 'お金のこと', countText: '12件', empty: false },
      { label: '仕事のこと', countText: '5件', empty: false },
      { label: '緊急の困りごと', countText: '', empty: false },
    ],
  },
  argTypes: { ...FRAME_ARG_TYPES },
  render: (args) => framed(args, html`<shien-navi-choice-list label="どんなことでお困りですか？" .choices=${args.choices}></shien-navi-choice-list>`),
};
export default meta;
type Story = StoryObj<Args>;

export const WithCounts: Story = { name: '件数つき' };
export const NothingBehind: Story = {
  name: '情報なしの選択肢',
  args: { choices: [{ label: '障がいのこと', countText: '情報なし', empty: true }, { label: '病気のこと', countText: '2件', empty: false }] },
};
export const LongLabels: Story = {
  name: '長い選択肢',
  args: {
    choices: [
      { label: '家賃が払えず、住むところを失いそう（立ち退きを求められている）', countText: '3件', empty: false },
      { label: '生活保護《せいかつほご》のことを知りたい', countText: '1件', empty: false },
    ],
  },
};
export const Dark: Story = { args: { scheme: 'dark' } };
