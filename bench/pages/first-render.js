// Shared by the startup pages; runs in <head> before the measured script. The page shows
// nothing but the widget, so its first contentful paint is the widget's first paint. Exposes
// `window.firstRender`: the time from the 'script-start' mark (set by a module script just
// before the measured one) to that paint, once `window.benchReady()` confirms the content.
window.firstRender = new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const paint = list.getEntriesByName('first-contentful-paint')[0];
    if (!paint) return;
    observer.disconnect();
    const start = performance.getEntriesByName('script-start')[0]?.startTime ?? 0;
    const confirm = () => (window.benchReady() ? resolve({ painted: paint.startTime - start, complete: window.benchReady() }) : requestAnimationFrame(confirm));
    confirm();
  }).observe({ type: 'paint', buffered: true });
});
