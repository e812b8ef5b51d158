/**
 * The fifth held-out set (test/search/heldout-5/) is well formed (see blind-set.ts). It checks
 * nothing about the search: its figures are reported as totals only (see heldout-5/README.md).
 */
import { describeBlindSet } from './blind-set.js';
import { ACT_CRIES, DISTRESS_CRIES } from './heldout-5/cries.js';
import { NATIONAL_TROUBLES } from './heldout-5/national.js';
import { ORDINARY } from './heldout-5/ordinary.js';

describeBlindSet(
  'fifth held-out set',
  { acts: ACT_CRIES, distress: DISTRESS_CRIES, ordinary: ORDINARY, national: NATIONAL_TROUBLES },
  { acts: 170, perKind: 26, distress: 70, ordinary: 270, traps: 135, errands: 60, national: 90, servicesReached: 80 },
);
