import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import axe from 'axe-core';
import { render, type TemplateResult } from 'lit';
import '../../src/define.js';
import { AXE_RUN_ONLY } from '../../stories/axe.js';
import * as bubbleStories from '../../stories/parts/bubble.stories.js';
import * as choiceListStories from '../../stories/parts/choice-list.stories.js';
import * as crisisLinesStories from '../../stories/parts/crisis-lines.stories.js';
import * as launcherStories from '../../stories/parts/launcher.stories.js';
import * as resultCardStories from '../../stories/parts/result-card.stories.js';
import * as resultListStories from '../../stories/parts/result-list.stories.js';
import * as searchBoxStories from '../../stories/parts/search-box.stories.js';
import { loading, ready } from '../../stories/play.js';
import * as naviStories from '../../stories/shien-navi.stories.js';
import { deepQueryAll, rendered, until } from './helpers.js';
import './engine-exclusions.js';

/**
 * Every Storybook story, rendered as Storybook renders it (args, then `play`, whose checks must
 * pass), audited with axe for WCAG 2.2 A and AA, including colour contrast, with the same rules
 * as Storybook's accessibility panel (stories/axe.ts). Zero violations allowed.
 */

type Render = (args: Record<string, unknown>) => TemplateResult;
type Story = { args?: Record<string, unknown>; render?: Render; play?: (context: { canvasElement: HTMLElement }) => Promise<void> };
type Meta = { title: string; args?: Record<string, unknown>; render: Render };

/** Every story file: a new one must be added here (the count below fails otherwise). */
const FILES = [naviStories, resultCardStories, crisisLinesStories, choiceListStories, bubbleStories, launcherStories, resultListStories, searchBoxStories];
const all = FILES.flatMap((file) => {
  const meta = file.default as unknown as Meta;
  return Object.entries(file)
    .filter(([name, story]) => name !== 'default' && typeof story === 'object')
    .map(([name, story]) => ({ name: `${meta.title} › ${name}`, meta, story: story as Story }));
});

async function mount(meta: Meta, story: Story): Promise<HTMLElement> {
  const canvas = document.createElement('div');
  document.body.append(canvas);
  const args = { ...meta.args, ...story.args };
  render((story.render ?? meta.render)(args), canvas);
  const navi = canvas.querySelector('shien-navi');
  // The loading story stays loading: audit it as such.
  if (navi && String(args['src']).includes('__loading__')) await until(() => loading(canvas), 'the loading notice');
  else if (navi) await ready(canvas);
  await story.play?.({ canvasElement: canvas });
  // Every part, at any depth (the cards inside a result list too), has rendered what it shows.
  await rendered(canvas);
  // Cards are content-visibility: auto, and text the browser skips cannot be hit-tested, which is
  // how axe finds each text's background: the audit has every card rendered (an inline style on
  // the card; nothing else changes).
  for (const card of deepQueryAll(canvas, 'shien-navi-result-card')) card.style.contentVisibility = 'visible';
  return canvas;
}

async function violations(root: HTMLElement, leastChecks = 6): Promise<string[]> {
  const result = await axe.run(root, { runOnly: AXE_RUN_ONLY });
  expect(result.passes.length, 'axe checked nothing').to.be.at.least(leastChecks);
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
  it('covers the states the design asks for, and each part on its own', () => {
    expect(all.filter(({ meta }) => meta.title === 'shien-navi').length).to.be.greaterThanOrEqual(25);
    expect(all.filter(({ meta }) => meta.title.startsWith('Parts/')).length).to.be.greaterThanOrEqual(30);
  });

  for (const { name, meta, story } of all) {
    it(`${name}: no violations`, async () => {
      const canvas = await mount(meta, story);
      // A single bubble gives axe little to check; the whole widget a lot.
      expect(await violations(canvas, meta.title.startsWith('Parts/') ? 2 : 6)).to.deep.equal([]);
    });
  }

  it('Start under prefers-color-scheme: dark (scheme="auto"): no violations', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const canvas = await mount(naviStories.default as unknown as Meta, { args: { scheme: 'auto' } });
      expect(await violations(canvas)).to.deep.equal([]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
