/**
 * The eighth held-out set (test/search/heldout-8/) is well formed (see blind-set.ts). It checks
 * nothing about the search: its figures are reported as totals only (see heldout-8/README.md).
 */
import { describeBlindSet } from './blind-set.js';
import { ACT_CRIES, DISTRESS_CRIES } from './heldout-8/cries.js';
import { NATIONAL_TROUBLES } from './heldout-8/national.js';
import { ORDINARY } from './heldout-8/ordinary.js';

describeBlindSet(
  'eighth held-out set',
  { acts: ACT_CRIES, distress: DISTRESS_CRIES, ordinary: ORDINARY, national: NATIONAL_TROUBLES },
  { acts: 180, perKind: 30, distress: 70, ordinary: 300, traps: 150, errands: 70, national: 95, servicesReached: 88 },
);
