// Shared by the startup pages; runs in <head> before the measured script. The page shows
// nothing but the widget, so its first contentful paint is the widget's first paint. Exposes
// `window.firstRender`: when the first paint that shows the first question happened, both from
// the 'script-start' mark (set by a module script just before the measured one) and from the
// start of navigation. When the first paint shows only a frame, the frame in which
// `window.benchReady()` turns true counts instead.
window.firstRender = new Promise((resolve) => {
  const done = (time, atFirstPaint) => {
    const start = performance.getEntriesByName('script-start')[0]?.startTime ?? 0;
    resolve({ painted: time - start, paintedAt: time, atFirstPaint });
  };
  new PerformanceObserver((list, observer) => {
    const paint = list.getEntriesByName('first-contentful-paint')[0];
    if (!paint) return;
    observer.disconnect();
    if (window.benchReady()) {
      done(paint.startTime, true);
      return;
    }
    const confirm = (frameTime) => (window.benchReady() ? done(frameTime, false) : requestAnimationFrame(confirm));
    requestAnimationFrame(confirm);
  }).observe({ type: 'paint', buffered: true });
});

/** Bytes the page transferred (headers and compressed bodies) for responses complete by `time`. */
window.bytesBefore = (time) => {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  return entries.filter((entry) => entry.responseEnd <= time).reduce((sum, entry) => sum + entry.transferSize, 0);
};

/**
 * When the first question responds to a tap with the widget's own code: the first frame in which
 * the page's `window.widgetReady()` is true (watched from the start, frame by frame), and not
 * before the question is painted (dist/shien-navi.js may paint it before its code has arrived).
 * Pages without such a test respond when they paint.
 */
const widgetFrame = new Promise((resolve) => {
  const check = (frameTime) => (!window.widgetReady || window.widgetReady() ? resolve(frameTime) : requestAnimationFrame(check));
  requestAnimationFrame(check);
});
window.firstResponse = Promise.all([window.firstRender, widgetFrame]).then(([{ paintedAt }, frameTime]) => {
  const respondsAt = window.widgetReady ? Math.max(frameTime, paintedAt) : paintedAt;
  const start = performance.getEntriesByName('script-start')[0]?.startTime ?? 0;
  return { responds: respondsAt - start, respondsAt };
});
