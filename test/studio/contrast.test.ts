import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, nearestReadableShade, parseColour, toHex } from '../../src/studio/model/contrast.js';

describe('contrast', () => {
  it('reads hex and computed colours', () => {
    expect(parseColour('#0B6E4F')).toEqual([11, 110, 79]);
    expect(parseColour('#fff')).toEqual([255, 255, 255]);
    expect(parseColour('rgb(8, 35, 26)')).toEqual([8, 35, 26]);
    expect(parseColour('rgba(255, 0, 0, 0.5)')).toEqual([255, 0, 0]);
    expect(parseColour('red')).toBeUndefined();
  });

  it('gives the WCAG ratios', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    // The widget's own accent on white, and a yellow that fails.
    expect(contrastRatio(parseColour('#0b6e4f') ?? [0, 0, 0], [255, 255, 255])).toBeGreaterThan(4.5);
    expect(contrastRatio(parseColour('#f5c400') ?? [0, 0, 0], [255, 255, 255])).toBeLessThan(2);
  });

  it('never rounds a failing ratio up to a passing one', () => {
    expect(formatRatio(4.4999)).toBe('4.4:1');
    expect(formatRatio(21)).toBe('21.0:1');
  });

  it('finds the nearest shade that reads on every background given', () => {
    const yellow = parseColour('#f5c400') ?? [0, 0, 0];
    const shade = nearestReadableShade(yellow, [[255, 255, 255]]) ?? yellow;
    expect(contrastRatio(shade, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    expect(toHex(shade)).not.toBe('#f5c400');
    expect(nearestReadableShade([11, 110, 79], [[255, 255, 255]])).toEqual([11, 110, 79]);
    // Nothing reads at 4.5:1 on both white and a mid grey.
    expect(nearestReadableShade(yellow, [[255, 255, 255], [89, 89, 89]])).toBeUndefined();
  });
});
