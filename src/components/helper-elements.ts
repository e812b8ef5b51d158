/** The elements of the lazily loaded chunk for 支援員 (see lazy-parts.ts): the list and the handout. */
import { ShienNaviHandout } from './handout/handout.js';
import { ShienNaviServiceList } from './service-list/service-list.js';

export const HELPER_ELEMENTS = {
  'shien-navi-service-list': ShienNaviServiceList,
  'shien-navi-handout': ShienNaviHandout,
} as const;

export { ShienNaviHandout, ShienNaviServiceList };

declare global {
  interface HTMLElementTagNameMap {
    'shien-navi-service-list': ShienNaviServiceList;
    'shien-navi-handout': ShienNaviHandout;
  }
}
