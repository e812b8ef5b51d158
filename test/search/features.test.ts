import { describe, expect, it } from 'vitest';
import { FeatureIndex, FIELD_SEPARATOR, textFeatures } from '../../src/search/features.js';

describe('the character-pair engine', () => {
  it('compares a text by its pairs and, when asked, each kanji, never across a field separator', () => {
    expect([...textFeatures('家賃が', true)]).toEqual([['家', 1], ['家賃', 1], ['賃', 1], ['賃が', 1]]);
    expect([...textFeatures('家賃が', false).keys()]).toEqual(['家賃', '賃が']);
    expect([...textFeatures(`あい${FIELD_SEPARATOR}うえ`, false).keys()]).toEqual(['あい', 'うえ']);
    expect([...textFeatures('薬', false).keys()]).toEqual(['薬']);
    expect([...textFeatures('ないない', false)]).toEqual([['ない', 2], ['いな', 1]]);
  });

  it('finds the entries holding a feature, with their amounts, in the order added', () => {
    const index = new FeatureIndex();
    index.add(0, textFeatures('家賃補助', false));
    index.add(1, textFeatures('家賃家賃', false));
    const found: [number, number][] = [];
    index.forEach('家賃', (entry, amount) => found.push([entry, amount]));
    expect(found).toEqual([[0, 1], [1, 2]]);
    expect(index.holders('家賃')).toBe(2);
    expect(index.holders('補助')).toBe(1);
    expect(index.holders('なし')).toBe(0);
  });
});
