import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTokenizer, generateLexicon } from '../../scripts/generate-lexicon.mjs';
import { generateReadings } from '../../scripts/generate-readings.mjs';
import { trainCrisisModel } from '../../scripts/train-crisis-model.mjs';

const current = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('generated search files', () => {
  it('are what their scripts write from the sources as they are now (run node scripts/generate-readings.mjs, then scripts/generate-lexicon.mjs, which reads the readings)', async () => {
    const tokenizer = await buildTokenizer();
    const lexicon = await generateLexicon(tokenizer);
    for (const path of ['src/search/lexicon.generated.ts', 'src/search/lemmas.generated.ts']) expect(current(path), path).toBe(lexicon[path]);
    expect(current('src/search/readings.generated.ts')).toBe(await generateReadings(tokenizer));
  }, 60_000);

  it('hold the cry model its script trains from the corpus as it is now (run node scripts/train-crisis-model.mjs)', async () => {
    expect(current('src/search/crisis-model.generated.ts')).toBe(await trainCrisisModel());
  }, 120_000);
});
