import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import axe from 'axe-core';
import { render, type TemplateResult } from 'lit';
import '../../src/define.js';
import { loading, ready } from '../../stories/play.js';
import * as stories from '../../stories/shien-navi.stories.js';
import { rendered, until } from './helpers.js';

/**
 * Every Storybook story, rendered as Storybook renders it (args, then `play`), audited with axe
 * for WCAG 2.2 A and AA, including colour contrast. Zero violations allowed.
 */

type Story = { args?: Record<string, unknown>; play?: (context: { canvasElement: HTMLElement }) => Promise<void> };
const meta = stories.default as unknown as { args: Record<string, unknown>; render: (args: Record<string, unknown>) => TemplateResult };
const all = Object.entries(stories).filter(([name, story]) => name !== 'default' && typeof story === 'object') as [string, Story][];

async function mount(story: Story): Promise<HTMLElement> {
  const canvas = document.createElement('div');
  document.body.append(canvas);
  const args = { ...meta.args, ...story.args };
  render(meta.render(args), canvas);
  // The loading story stays loading: audit it as such.
  if (String(args['src']).includes('__loading__')) await until(() => loading(canvas), 'the loading notice');
  else await ready(canvas);
  await story.play?.({ canvasElement: canvas });
  const navi = canvas.querySelector('shien-navi');
  if (navi) await rendered(navi);
  return canvas;
}

async function violations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  expect(result.passes.length, 'axe checked nothing').to.be.greaterThan(5);
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} (${node.failureSummary ?? ''})`).join(' | ')}`);
}

before(() => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/stories/stories.css';
  document.head.append(link);
});

afterEach(() => {
  for (const element of [...document.body.children]) if (element.tagName === 'DIV') element.remove();
});

describe('axe audit of every story', () => {
  it('covers the states the design asks for', () => {
    expect(all.length).to.be.greaterThanOrEqual(24);
  });

  for (const [name, story] of all) {
    it(`${name}: no violations`, async () => {
      const canvas = await mount(story);
      expect(await violations(canvas)).to.deep.equal([]);
    });
  }

  it('Start under prefers-color-scheme: dark (scheme="auto"): no violations', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const canvas = await mount({ args: { scheme: 'auto' } });
      expect(await violations(canvas)).to.deep.equal([]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
