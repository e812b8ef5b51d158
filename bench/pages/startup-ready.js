// The first question is on screen when its five answers are rendered.
window.benchReady = () => {
  const list = document.querySelector('shien-navi')?.shadowRoot?.querySelector('shien-navi-choice-list')?.shadowRoot;
  return (list?.querySelectorAll('button').length ?? 0) >= 5;
};
