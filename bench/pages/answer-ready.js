// Runs before the widget: when its data is ready (ms from the start of navigation), and a way
// to find the buttons and cards a person sees, inside the widget's shadow roots.
window.dataReady = new Promise((resolve) => {
  document.addEventListener('shien-navi-ready', () => resolve(performance.now()), { once: true });
});

window.deepAll = (selector, root = document) => {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...window.deepAll(selector, element.shadowRoot));
  return found;
};

/** Resolves with the time of the first frame in which `test()` is true. */
window.frameWhen = (test) =>
  new Promise((resolve) => {
    const check = (time) => (test() ? resolve(time) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
