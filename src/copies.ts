/** Said in the console by a copy of shien-navi that finds another copy already registered (see define.ts). */
export const ANOTHER_COPY_FIRST = 'shien-navi: another copy of shien-navi was loaded first; the page uses that one.';
