import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/define.js';
import { ready } from '../../stories/play.js';
import * as naviStories from '../../stories/shien-navi.stories.js';
import { contrastRatio } from '../../stories/theme/contrast.js';
import { deepQueryAll, text } from './helpers.js';

/** The theme story's contrast check: right ratios, and a theme too pale is reported as such. */

type Args = Record<string, unknown>;
const meta = naviStories.default as unknown as { args: Args };
const themeStory = naviStories.Theme as unknown as { args: Args; render: (args: Args) => TemplateResult };

async function reportFor(theme: Args): Promise<Map<string, string>> {
  const canvas = document.createElement('div');
  document.body.append(canvas);
  render(themeStory.render({ ...meta.args, ...themeStory.args, ...theme }), canvas);
  await ready(canvas);
  const report = canvas.querySelector('shien-navi-contrast-report');
  if (!report) throw new Error('no report');
  for (let frame = 0; frame < 50 && deepQueryAll(report, 'tbody tr').length === 0; frame += 1) await new Promise(requestAnimationFrame);
  const rows = new Map(deepQueryAll(report, 'tbody tr').map((row) => [text(row.querySelector('th')), text(row.querySelector('td:last-child'))]));
  canvas.remove();
  return rows;
}

describe('contrast check of the theme story', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#767676', '#ffffff')).to.be.within(4.5, 4.6);
    expect(contrastRatio('#777777', '#ffffff')).to.be.below(4.5);
    expect(contrastRatio('white', 'rgb(255 255 255)')).to.equal(1);
  });

  it('passes every pair with the default and partner colours', async () => {
    const rows = await reportFor({});
    expect(rows.size).to.equal(10);
    for (const [where, result] of rows) expect(result, where).to.match(/^✓/);
  });

  it('reports the pairs a pale theme breaks, and only those', async () => {
    const rows = await reportFor({ '--shien-navi-muted': '#a0a0a0', '--shien-navi-focus': '#f0f0ff' });
    expect(rows.get('補足・ラベル')).to.match(/^✗ 不足（4.5 必要）/);
    expect(rows.get('入力欄の枠')).to.match(/^✗/);
    expect(rows.get('フォーカスの線')).to.match(/^✗/);
    expect(rows.get('本文')).to.match(/^✓/);
  });
});
