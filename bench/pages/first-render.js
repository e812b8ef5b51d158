// Shared by the startup pages; runs in <head> before the measured script. The page shows
// nothing but the widget, so its first contentful paint is the widget's first paint. Exposes
// `window.firstRender`: the time from the 'script-start' mark (set by a module script just
// before the measured one) to the first paint that shows the first question. When the first
// paint shows only a frame, the frame in which `window.benchReady()` turns true counts instead.
window.firstRender = new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const paint = list.getEntriesByName('first-contentful-paint')[0];
    if (!paint) return;
    observer.disconnect();
    const start = performance.getEntriesByName('script-start')[0]?.startTime ?? 0;
    if (window.benchReady()) {
      resolve({ painted: paint.startTime - start, atFirstPaint: true });
      return;
    }
    const confirm = (frameTime) => (window.benchReady() ? resolve({ painted: frameTime - start, atFirstPaint: false }) : requestAnimationFrame(confirm));
    requestAnimationFrame(confirm);
  }).observe({ type: 'paint', buffered: true });
});
