import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRuby, withoutRuby } from '../../src/i18n/ruby.js';

describe('ruby', () => {
  it('puts a reading over the kanji before it, and keeps the rest as text', () => {
    expect(parseRuby('相談《そうだん》する 窓口《まどぐち》')).toEqual([{ text: '相談', ruby: 'そうだん' }, { text: 'する ' }, { text: '窓口', ruby: 'まどぐち' }]);
    expect(withoutRuby('相談《そうだん》する 窓口《まどぐち》')).toBe('相談する 窓口');
  });

  it('leaves text without readings as it is', () => {
    expect(parseRuby('どんなことでお困りですか？')).toEqual([{ text: 'どんなことでお困りですか？' }]);
    expect(parseRuby('')).toEqual([]);
    expect(withoutRuby('家賃が払えない')).toBe('家賃が払えない');
    // Brackets with no kanji before them are not readings.
    expect(parseRuby('《ひらがな》')).toEqual([{ text: '《ひらがな》' }]);
  });

  it('always gives back the text without readings, piece by piece', () => {
    const piece = fc.constantFrom('相談', '窓口', 'そうだん', '《', '》', '《まど》', 'a', ' ', '々', '<b>', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const segments = parseRuby(text);
        expect(segments.map((segment) => segment.text).join('')).toBe(withoutRuby(text));
        expect(segments.every((segment) => segment.text !== '')).toBe(true);
      }),
    );
  });
});
