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
 * When the first question responds to a tap with the widget's own code: the frame in which the
 * page's `window.widgetReady()` turns true (dist/shien-navi.js may paint the question before its
 * code has arrived). Pages without such a test respond when they paint.
 */
window.firstResponse = window.firstRender.then(
  ({ paintedAt }) =>
    new Promise((resolve) => {
      const start = performance.getEntriesByName('script-start')[0]?.startTime ?? 0;
      const done = (time) => resolve({ responds: time - start, respondsAt: time });
      if (!window.widgetReady || window.widgetReady()) return done(paintedAt);
      const check = (frameTime) => (window.widgetReady() ? done(Math.max(frameTime, paintedAt)) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    }),
);
