import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phraseList } from '../../src/engine/situations.js';
import { HOKKAIDO_PHRASES } from '../../src/flows/hokkaido-phrases.js';
import { foldText } from '../../src/search/normalize.js';
import { goalWords, lexiconGoals } from '../../src/search/understand.js';
import { HELDOUT_CRIES } from './heldout/cries.js';
import { HELDOUT_ORDINARY } from './heldout/ordinary.js';
import { HELDOUT_TROUBLES } from './heldout/troubles.js';
import { heldoutQuality } from './heldout-quality.js';
import { qualityDataSets } from './trouble-quality.js';

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

describe('held-out trouble set (unseen)', () => {
  it.each(qualityDataSets())('finds a right service in the top 3 for at least 90 % of the held-out troubles, on $name', async ({ records }) => {
    const quality = await heldoutQuality(records);
    console.log(
      `held-out: hit@3 ${percent(quality.hitAt3, quality.measured)} of ${quality.measured}, baseline ${percent(quality.baselineHitAt3, quality.measured)}; ` +
        `by form ${Object.entries(quality.byForm).map(([form, [hit, all]]) => `${form} ${hit}/${all}`).join(', ')}`,
    );
    expect(quality.measured).toBe(HELDOUT_TROUBLES.length);
    expect(quality.hitAt3 / quality.measured).toBeGreaterThanOrEqual(0.9);
    expect(quality.hitAt3).toBeGreaterThan(quality.baselineHitAt3);
  });

  it('has no held-out line, folded, among the curated phrases or the lexicon words', () => {
    const curated = new Set(Object.values(HOKKAIDO_PHRASES).flatMap((phrases) => phraseList(phrases)).map(foldText));
    const lexicon = new Set(lexiconGoals().flatMap((goal) => [...goalWords(goal).keys()]));
    const seeds = new Set(readFileSync(new URL('../../scripts/lexicon/concepts.txt', import.meta.url), 'utf8').split(/[\s:|+]+/).map((word) => foldText(word.split('/')[0] ?? '')));
    const lines = [...HELDOUT_TROUBLES, ...HELDOUT_CRIES, ...HELDOUT_ORDINARY].map(({ query }) => foldText(query));
    expect(lines.filter((line) => curated.has(line) || lexicon.has(line) || seeds.has(line))).toEqual([]);
  });

  it('is read by nothing that builds the lexicon', () => {
    for (const script of ['scripts/generate-lexicon.mjs', 'scripts/generate-readings.mjs']) {
      expect(readFileSync(new URL(`../../${script}`, import.meta.url), 'utf8')).not.toMatch(/heldout/);
    }
  });
});
