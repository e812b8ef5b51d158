// The first question is on screen when its five answers are (the buttons with part="choice"),
// wherever in the widget's shadow roots they live: painted by dist/shien-navi.js itself, or by
// the widget once its code has arrived. `window.widgetReady()` says whether the widget's own
// code runs the screen (the answers respond at once).
window.benchReady = () => {
  const choices = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.matches('button[part~="choice"]') && element.checkVisibility()) choices.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return choices.length >= 5;
};
window.widgetReady = () => customElements.get('shien-navi') !== undefined && document.querySelector('shien-navi')?.hasUpdated === true;
