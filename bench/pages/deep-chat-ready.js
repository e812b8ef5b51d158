// The peer's first render is complete when its intro message (the same first question) shows.
window.benchReady = () => {
  const root = document.querySelector('deep-chat')?.shadowRoot;
  return root?.textContent?.includes('どんなことでお困りですか') ?? false;
};
