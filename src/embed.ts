/**
 * dist/shien-navi-embed.js, the script of dist/embed.html: the page a site puts in an iframe
 * when its editor allows no script. It reads the page's query into `<shien-navi>` attributes
 * (engine/embed-params.ts), always as attributes, never as markup, then loads the widget beside
 * it. A value it refuses shows a notice, and nothing of the widget is loaded.
 */
import { EMBED_PARAMS, readEmbedParams } from './engine/embed-params.js';

/** The widget's own file, beside this one in dist/ (left for the browser to resolve, not bundled). */
const WIDGET = './shien-navi.js';

function start(): void {
  const main = document.querySelector('main');
  if (!main) return;
  const settings = readEmbedParams(location.search, location.href);
  if (!settings.ok) {
    const notice = document.createElement('p');
    notice.className = 'refused';
    notice.setAttribute('role', 'alert');
    // Only the names of our own parameters are shown, never what was given.
    const names = settings.refused.filter((name) => (EMBED_PARAMS as readonly string[]).includes(name)).join(', ');
    notice.textContent = `この埋め込みページの設定（${names}）に使えない値があるため、表示できません。 This embedded page cannot be shown: the setting ${names} has a value it does not accept.`;
    main.replaceChildren(notice);
    return;
  }
  const widget = document.createElement('shien-navi');
  for (const [name, value] of settings.attributes) widget.setAttribute(name, value);
  main.replaceChildren(widget);
  void import(/* @vite-ignore */ WIDGET);
}

start();
