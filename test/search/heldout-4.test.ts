/**
 * The fourth held-out set (test/search/heldout-4/) is well formed (see blind-set.ts). It checks
 * nothing about the search: its figures are reported as totals only (see heldout-4/README.md).
 */
import { describeBlindSet } from './blind-set.js';
import { ACT_CRIES, DISTRESS_CRIES } from './heldout-4/cries.js';
import { NATIONAL_TROUBLES } from './heldout-4/national.js';
import { ORDINARY } from './heldout-4/ordinary.js';

describeBlindSet(
  'fourth held-out set',
  { acts: ACT_CRIES, distress: DISTRESS_CRIES, ordinary: ORDINARY, national: NATIONAL_TROUBLES },
  { acts: 150, perKind: 22, distress: 60, ordinary: 250, traps: 130, errands: 1, national: 60, servicesReached: 40 },
);
