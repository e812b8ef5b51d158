/**
 * The sixth held-out set (test/search/heldout-6/) is well formed (see blind-set.ts). It checks
 * nothing about the search: its figures are reported as totals only (see heldout-6/README.md).
 */
import { describeBlindSet } from './blind-set.js';
import { ACT_CRIES, DISTRESS_CRIES } from './heldout-6/cries.js';
import { NATIONAL_TROUBLES } from './heldout-6/national.js';
import { ORDINARY } from './heldout-6/ordinary.js';

describeBlindSet(
  'sixth held-out set',
  { acts: ACT_CRIES, distress: DISTRESS_CRIES, ordinary: ORDINARY, national: NATIONAL_TROUBLES },
  { acts: 170, perKind: 26, distress: 70, ordinary: 270, traps: 135, errands: 60, national: 90, servicesReached: 85 },
);
