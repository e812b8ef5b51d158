/** The element of the lazily loaded launcher chunk (see lazy-parts.ts): only `mode="launcher"` needs it. */
import { ShienNaviLauncher } from './launcher/launcher.js';

export const LAUNCHER_ELEMENTS = {
  'shien-navi-launcher': ShienNaviLauncher,
} as const;

export { ShienNaviLauncher };

declare global {
  interface HTMLElementTagNameMap {
    'shien-navi-launcher': ShienNaviLauncher;
  }
}
