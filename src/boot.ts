/**
 * Entry of dist/shien-navi.js, the file a site links to. It is small on purpose: it asks for the
 * widget's code at once (a chunk beside it) and, while that arrives, paints the first question
 * into each `<shien-navi>` already on the page (components/shell), so a person on a slow phone
 * sees where to start as soon as the page does. The chunk then registers the elements and takes
 * each first screen over, keeping an answer already tapped or text already typed.
 *
 * The chunk imports nothing from this file: a page that loads `shien-navi.js?ver=2` gets one copy
 * of everything, whatever the query on this file's URL.
 */
import { paintShell, removeShell, shellFailed } from './components/shell/shell.js';
import type { FirstScreens } from './engine/first-screen.js';

/** The bundled flow's first screen in every language, worked out from the sources when this file is built. */
declare const __SHIEN_NAVI_FIRST_SCREENS__: FirstScreens;

const widget = import('./bundle.js');

// Another copy (the classic script, or another version) registered first: it is the one in use.
if (typeof customElements !== 'undefined' && !customElements.get('shien-navi')) {
  const hosts = [...document.querySelectorAll<HTMLElement>('shien-navi')];
  for (const host of hosts) paintShell(host, __SHIEN_NAVI_FIRST_SCREENS__);
  // Defined by this copy, the widget has taken each painted screen over as it upgraded; defined
  // by another copy that does not know the painted screen, the painted screen must go.
  void customElements.whenDefined('shien-navi').then(() => hosts.forEach(removeShell));
  widget.catch((error: unknown) => {
    console.error('shien-navi: the widget could not be loaded', error);
    for (const host of hosts) if (!customElements.get('shien-navi')) shellFailed(host, __SHIEN_NAVI_FIRST_SCREENS__);
  });
}

export {};
