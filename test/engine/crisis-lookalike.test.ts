import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parse.js';
import { crisisLookalike } from '../../src/engine/crisis-lookalike.js';
import { lookalikeCsv } from '../fixtures/hostile/corpus.mjs';

const row = (name: string, phone: string) => {
  const [record] = parseCsv(`タイトル（制度名）,電話番号\n"${name}","${phone}"\n`, { today: '2026-11-23' }).records;
  if (record === undefined) throw new Error('no record');
  return record;
};

describe('crisisLookalike', () => {
  it('is worked out as the file is read: each record carries it, for the card to read', () => {
    const records = parseCsv(lookalikeCsv(), { today: '2026-11-23' }).records;
    expect(records.map((record) => record.imitates)).toEqual(records.map(crisisLookalike));
    expect(records.filter((record) => record.imitates !== undefined)).toHaveLength(3);
  });

  it('finds the name with another number, and a number one digit off or two digits swapped', () => {
    const records = parseCsv(lookalikeCsv(), { today: '2026-11-23' }).records;
    expect(records.map(crisisLookalike)).toEqual([
      { line: 'inochi', by: 'name' },
      { line: 'yorisoi', by: 'name' },
      { line: 'yorisoi', by: 'number' },
      undefined,
      undefined,
    ]);
    expect(crisisLookalike(row('【サンプル】相談', '0570-783-565'))).toEqual({ line: 'inochi', by: 'number' });
    expect(crisisLookalike(row('いのち の 電話（北海道）', ''))).toEqual({ line: 'inochi', by: 'name' });
  });

  it('leaves short names that only appear inside other names, and far numbers', () => {
    expect(crisisLookalike(row('【サンプル】警察相談専用電話', '000-0000-9110'))).toBeUndefined();
    expect(crisisLookalike(row('警察', '000-0000-0110'))).toEqual({ line: 'police', by: 'name' });
    expect(crisisLookalike(row('【サンプル】相談', '0570-000-000'))).toBeUndefined();
  });
});
