// The first question is on screen when its five answers are rendered, wherever in the
// widget's shadow roots the choice buttons live.
window.benchReady = () => {
  const choices = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'shien-navi-choice-list') choices.push(...(element.shadowRoot?.querySelectorAll('button') ?? []));
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return choices.length >= 5;
};
