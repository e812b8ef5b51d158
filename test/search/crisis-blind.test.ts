import { describe, expect, it } from 'vitest';
import { unseenCrisisFigures } from './crisis-quality.js';

/**
 * What the blind sets reach (totals only: their lines are never printed, see their READMEs),
 * guarded so that a change that hears fewer cries or raises more false alarms fails here. The
 * floors are the figures at the end of the fourth session (2026-12-08, `npm run bench -- quality`; set 8's
 * first measure, taken once after that session's tuning); the budgets (every act, every distress
 * line, at most 2 % of ordinary queries) are not reached yet.
 */
const FLOORS: Readonly<Record<string, { readonly acts: number; readonly distress: number; readonly ordinaryWithLines: number }>> = {
  'set 3': { acts: 128, distress: 49, ordinaryWithLines: 2 },
  'set 4': { acts: 149, distress: 64, ordinaryWithLines: 6 },
  'set 5': { acts: 173, distress: 69, ordinaryWithLines: 3 },
  'set 6': { acts: 174, distress: 72, ordinaryWithLines: 5 },
  'set 7': { acts: 181, distress: 68, ordinaryWithLines: 10 },
  'set 8': { acts: 185, distress: 75, ordinaryWithLines: 12 },
};

describe('cries for help on the blind held-out sets', () => {
  it.each(unseenCrisisFigures().map(({ name, figures }) => ({ name, figures, floor: FLOORS[name.slice(0, 5)] })))(
    '$name: hears at least as many cries as on 2026-12-08, with no more false alarms',
    ({ figures, floor }) => {
      expect(floor).toBeDefined();
      expect(figures.actsRightFirst).toBeGreaterThanOrEqual(floor?.acts ?? Infinity);
      expect(figures.distressListened).toBeGreaterThanOrEqual(floor?.distress ?? Infinity);
      expect(figures.ordinaryWithLines).toBeLessThanOrEqual(floor?.ordinaryWithLines ?? -1);
    },
  );
});
