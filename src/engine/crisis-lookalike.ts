import { phonesOf } from '../data/phones.js';
import type { ServiceRecord } from '../data/record.js';
import { CRISIS_LINES, type CrisisLineId } from '../flows/crisis-lines.js';

/**
 * Data rows that imitate a bundled crisis line: its name with another number (a careless copy,
 * a local branch, or a hostile row), or a number one digit off its number. The checker flags
 * them, and a card shows that it is not that line, so a person never calls a look-alike thinking
 * it is the line the widget vouches for.
 */

/** A name compared without spaces, punctuation, brackets or case. */
const nameKey = (text: string): string => text.replace(/[\s・･·、，,。.()（）「」【】[\]［］〔〕<>＜＞!！?？:：/／_-]/g, '').toLowerCase();

/** Names this short (警察, 救急・消防) match only whole: `警察相談専用電話` is another line, not an imitation. */
const WHOLE_NAME_ONLY = 4;

const LINES = (Object.keys(CRISIS_LINES) as CrisisLineId[]).map((id) => {
  const { name, number } = CRISIS_LINES[id];
  return { id, key: nameKey(name.ja), dial: number.replace(/-/g, '') };
});

/** True when two numbers of the same length differ in one digit or in two neighbours swapped. */
function nearMiss(dial: string, line: string): boolean {
  if (dial.length !== line.length || dial === line || line.length < 10) return false;
  const differ: number[] = [];
  for (let index = 0; index < dial.length && differ.length <= 2; index += 1) if (dial[index] !== line[index]) differ.push(index);
  if (differ.length === 1) return true;
  const [first, second] = differ;
  return differ.length === 2 && first !== undefined && second === first + 1 && dial[first] === line[second] && dial[second] === line[first];
}

export interface CrisisLookalike {
  readonly line: CrisisLineId;
  /** `name`: the line's name with another number; `number`: a number one digit off the line's. */
  readonly by: 'name' | 'number';
}

/** The bundled crisis line `record` imitates, if any. */
export function crisisLookalike(record: Pick<ServiceRecord, 'name' | 'alias' | 'phoneText' | 'contact'>): CrisisLookalike | undefined {
  const dials = phonesOf(record).map((phone) => phone.dial);
  const names = [nameKey(record.name), nameKey(record.alias)].filter((key) => key !== '');
  for (const line of LINES) {
    if (dials.includes(line.dial)) continue;
    const named = names.some((key) => (line.key.length <= WHOLE_NAME_ONLY ? key === line.key : key.includes(line.key)));
    if (named) return { line: line.id, by: 'name' };
    if (dials.some((dial) => nearMiss(dial, line.dial))) return { line: line.id, by: 'number' };
  }
  return undefined;
}
