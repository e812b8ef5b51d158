import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FRAME_ARG_TYPES, framed, type FrameArgs } from './frame.js';

/** One message: the widget's question (bot) or the person's own answer (user). */
interface Args extends FrameArgs {
  from: 'bot' | 'user';
  text: string;
}

const meta: Meta<Args> = {
  title: 'Parts/Bubble',
  component: 'shien-navi-bubble',
  args: { lang: 'ja', scheme: 'light', from: 'bot', text: 'どんなことでお困りですか？' },
  argTypes: { ...FRAME_ARG_TYPES, from: { control: 'inline-radio', options: ['bot', 'user'] } },
  render: (args) => framed(args, html`<shien-navi-bubble part="bubble bubble-${args.from}" from=${args.from} .text=${args.text} label="あなたの選択"></shien-navi-bubble>`),
};
export default meta;
type Story = StoryObj<Args>;

export const Bot: Story = {};
export const User: Story = { args: { from: 'user', text: '食べるものがない' } };
export const Furigana: Story = { name: 'ふりがな（やさしい日本語）', args: { lang: 'ja-easy', text: 'どんな ことで 困《こま》って いますか？' } };
export const Long: Story = {
  name: '長い文',
  args: { text: '食料を無料で受け取れるフードバンクです。申し込み方法は各窓口で確認してください。お近くに窓口がないときは、お住まいの市町村の社会福祉協議会にご相談ください。' },
};
export const Dark: Story = { args: { scheme: 'dark', from: 'user', text: '食べるものがない' } };
