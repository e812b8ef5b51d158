/**
 * Entry of dist/shien-navi.js, the file a site links to. It is small on purpose: it asks for the
 * widget's code at once (a chunk beside it) and, while that arrives, paints the first question
 * into each `<shien-navi>` already on the page (components/shell: the widget's own components,
 * rendered when this file is built), so a person on a slow phone
 * sees where to start as soon as the page does. The chunk then registers the elements and takes
 * each first screen over, keeping an answer already tapped or text already typed.
 *
 * The chunk imports nothing from this file: a page that loads `shien-navi.js?ver=2` gets one copy
 * of everything, whatever the query on this file's URL.
 */
import { paintFirstScreen, removeShell, shellFailed, type LaterLang, type PaintedScreens } from './components/shell/paint.js';
import { ANOTHER_COPY_FIRST } from './copies.js';
import { dropEarlyFetches, startEarlyFetch } from './data/early-fetch.js';
import { adoptEarlyCsvWorker, startEarlyCsvWorker } from './data/early-worker.js';
import { splitSources } from './data/sources.js';
import { toLang } from './i18n/lang.js';

/** The bundled flow's first screen in every language, rendered by the widget's components when this file is built (scripts/first-screen.mjs). */
declare const __SHIEN_NAVI_FIRST_SCREENS__: PaintedScreens;
/** The global through which the app chunk takes the styles of the first screen's elements from this file, so their text is shipped once (scripts/build-browser.mjs). */
declare const __SHIEN_NAVI_SHEETS_KEY__: string;
/** The app chunk's file name, beside this file (the same file `import('./bundle.js')` becomes). */
declare const __SHIEN_NAVI_APP_FILE__: string;
/** The chunks the app chunk imports, beside this file: asked for with it. */
declare const __SHIEN_NAVI_APP_IMPORTS__: readonly string[];
/** The launcher's chunk, beside this file: the app chunk imports it for `mode="launcher"` only. */
declare const __SHIEN_NAVI_LAUNCHER_FILE__: string;
/** The chunks of the CSV reader and of the counting code (and theirs), beside this file: the app chunk imports them once a widget has a `src`. */
declare const __SHIEN_NAVI_DATA_FILES__: readonly string[];
/** The CSV worker's file, beside this file: the page's one worker, which reads every file (data/csv-worker-client.ts). */
declare const __SHIEN_NAVI_CSV_WORKER_FILE__: string;
/** The chunks of the messages in another language than ja, beside this file: the app chunk imports the one a widget is in. */
declare const __SHIEN_NAVI_MESSAGES_FILES__: Readonly<Record<LaterLang, string>>;
/** What this file reads of such a chunk: the build adds its language's painted first screen beside the messages (scripts/build-browser.mjs). */
interface MessagesChunk {
  readonly paintedScreen?: string;
}

/**
 * Runs `callback` once the painted first screen is on the glass, so that evaluating the widget's
 * code then does not hold that frame back (on a phone, or on two busy cores, they compete): after
 * the page's first contentful paint when it has had none yet, else two frames on. A tab that
 * paints nothing (hidden) runs it after a second.
 */
function afterPresented(callback: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    callback();
  };
  const firstPaint = 'first-contentful-paint';
  const observable = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint') === true;
  if (observable && performance.getEntriesByName(firstPaint).length === 0) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(firstPaint).length === 0) return;
      observer.disconnect();
      setTimeout(once);
    });
    observer.observe({ type: 'paint' });
  } else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(once)));
  setTimeout(once, 1000);
}

/** Asks for a file beside this one; its later import() takes the preloaded file. */
function preload(file: string, priority: 'auto' | 'low' = 'auto'): HTMLLinkElement {
  const link = document.createElement('link');
  link.fetchPriority = priority;
  link.rel = 'preload';
  link.as = 'script';
  link.crossOrigin = 'anonymous';
  link.href = new URL(file, import.meta.url).href;
  document.head.append(link);
  return link;
}

/** The widget's code: asked for at once, run once the painted first screen is on screen. */
function loadWidget(painted: boolean): Promise<unknown> {
  // Found by reading the app chunk, they would be fetched only once it has arrived.
  for (const file of __SHIEN_NAVI_APP_IMPORTS__) preload(file);
  preload(__SHIEN_NAVI_APP_FILE__);
  if (!painted) return import('./bundle.js');
  // Run at once, a widget that arrives within the same frame (a fast connection) would hold the
  // painted screen back until it has started; fetched at once, it is ready to run by then. A plain
  // preload (not modulepreload, which also compiles it as it arrives) leaves the phone's one busy
  // core to the painting; import() then takes the preloaded file.
  return new Promise<void>((resolve) => afterPresented(resolve)).then(() => import('./bundle.js'));
}

// Another copy (the classic script, or another version) registered first: it is the one in use,
// and this copy's widget is not even fetched.
if (typeof customElements !== 'undefined' && customElements.get('shien-navi')) console.info(ANOTHER_COPY_FIRST);
else if (typeof customElements !== 'undefined') {
  // Named once: the build writes the value in wherever the name is used.
  const screens = __SHIEN_NAVI_FIRST_SCREENS__;
  // Read by the app chunk as it registers the elements: set before it is asked for.
  (globalThis as Record<string, unknown>)[__SHIEN_NAVI_SHEETS_KEY__] = screens.sheets;
  const hosts = [...document.querySelectorAll<HTMLElement>('shien-navi')];
  // A widget in another language than ja shows nothing until its messages are here: they are
  // asked for first, beside the app chunk, and bring its painted screen (the import takes the
  // preloaded file, the same module the app chunk imports).
  const messagesFiles = __SHIEN_NAVI_MESSAGES_FILES__;
  for (const lang of new Set(hosts.map((host) => toLang(host.getAttribute('lang'))))) if (lang !== 'ja') preload(messagesFiles[lang]);
  const screenIn = (lang: LaterLang) => import(/* @vite-ignore */ new URL(messagesFiles[lang], import.meta.url).href).then((chunk: MessagesChunk) => chunk.paintedScreen);
  for (const host of hosts) paintFirstScreen(host, screens, screenIn);
  const widget = loadWidget(hosts.some((host) => host.shadowRoot !== null));
  // A launcher shows nothing until its own chunk is here: fetched beside the app chunk, not after it.
  if (hosts.some((host) => host.getAttribute('mode') === 'launcher')) preload(__SHIEN_NAVI_LAUNCHER_FILE__);
  // Nor can a first answer be given before the data, a site's flow, the CSV reader and the
  // counting code are here: they are asked for now, beside the app chunk, not once it has run
  // (the widget's downloads adopt these requests, data/early-fetch.ts).
  const sources = hosts.flatMap((host) => splitSources(host.getAttribute('src')));
  for (const url of [...sources, ...hosts.map((host) => host.getAttribute('flow') ?? '')]) if (url !== '') startEarlyFetch(url);
  // The page's CSV worker, when there is data to read. Its file (17 KB gzip) is asked for once the
  // reader's and the counting code's small chunks are here, while the app chunk still arrives: its
  // bytes then follow the app chunk's on a slow line rather than share it from the start, and it is
  // running by the time the app chunk has run. (Phone, gzip, first answer at tap speed, in turns,
  // 11 each: the cards at 1,594 ms, 1,737 started beside the app chunk, 1,828 started once the app
  // chunk's file was here.) At the latest once the widget's code has run. Without data, once the
  // widget's code is here and the page is idle, for a `src` set later (a single-page app, the
  // workbench's preview).
  const startCsvWorker = () => startEarlyCsvWorker(new URL(__SHIEN_NAVI_CSV_WORKER_FILE__, import.meta.url));
  if (sources.length > 0) {
    let dataChunksToCome = __SHIEN_NAVI_DATA_FILES__.length;
    const dataChunkHere = () => (dataChunksToCome -= 1) === 0 && startCsvWorker();
    // Low, as the data (early-fetch.ts): the app chunk first.
    for (const file of __SHIEN_NAVI_DATA_FILES__) {
      const link = preload(file, 'low');
      link.onload = link.onerror = dataChunkHere;
    }
    // Its failure is reported below.
    widget.then(startCsvWorker, () => undefined);
  } else {
    const startIfShown = () => document.querySelector('shien-navi') && startCsvWorker();
    const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(startIfShown, { timeout: 2000 }) : setTimeout(startIfShown, 1000));
    widget.then(whenIdle, () => undefined);
  }
  // Defined by this copy, the widget has taken each painted screen over as it upgraded; defined
  // by another copy that does not know the painted screen, the painted screen must go.
  void customElements.whenDefined('shien-navi').then(() => hosts.forEach(removeShell));
  widget.catch((error: unknown) => {
    console.error('shien-navi: the widget could not be loaded', error);
    dropEarlyFetches();
    adoptEarlyCsvWorker()?.terminate();
    for (const host of hosts) if (!customElements.get('shien-navi')) shellFailed(host, screens);
  });
}

export {};
