import { createContext } from '@lit/context';
import type { StudioStore } from './model/store.js';

/** The workbench's one store, provided by <shien-navi-studio> to every element inside it. */
export const studioContext = createContext<StudioStore>(Symbol('shien-navi-studio'));
