import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parse.js';
import { phonesOf, MAX_PHONES } from '../../src/data/phones.js';
import { BIDI_PHONE_CELLS, TWO_PHONE_CELLS } from '../fixtures/hostile/corpus.mjs';

/** A one-row CSV whose 電話番号 is `cell`, read as the widget reads it. */
function phonesOfCell(cell: string) {
  const csv = `タイトル（制度名）,電話番号\n【サンプル】窓口,"${cell.replaceAll('"', '""')}"\n`;
  const [record] = parseCsv(csv, { today: '2026-01-01' }).records;
  if (record === undefined) throw new Error('no record');
  return { record, phones: phonesOf(record) };
}

describe('phone cells from hostile data', () => {
  it.each(BIDI_PHONE_CELLS)('shows the digits it dials, in the same order: %j', (cell) => {
    const { record, phones } = phonesOfCell(cell);
    expect(phones).toHaveLength(1);
    const [phone] = phones;
    // What a person reads (the number and the cell's text) holds no invisible character to reorder it.
    expect(phone?.number).toMatch(/^[\d-]+$/);
    expect(phone?.number.replace(/\D/g, '')).toBe(phone?.dial);
    expect(record.phoneText).toBe(phone?.number);
    expect(record.phone).toBe(phone?.dial);
  });

  it.each(TWO_PHONE_CELLS)('gives a button per number in %j', (cell, dials) => {
    const { record, phones } = phonesOfCell(cell);
    expect(phones.map((phone) => phone.dial)).toEqual(dials);
    expect(phones.map((phone) => phone.number.replace(/\D/g, ''))).toEqual(dials);
    expect(record.phone).toBe(dials[0]);
  });

  it(`stops at ${MAX_PHONES} numbers`, () => {
    expect(phonesOfCell('011-111-1111 011-222-2222 011-333-3333 011-444-4444 011-555-5555').phones).toHaveLength(MAX_PHONES);
  });

  it('still reads a number written with spaces inside it as one', () => {
    expect(phonesOfCell('0120 279 338').phones.map((phone) => phone.dial)).toEqual(['0120279338']);
    expect(phonesOfCell('TEL 011 111 1111 FAX 011 111 1112').phones.map((phone) => phone.dial)).toEqual(['0111111111']);
  });
});
