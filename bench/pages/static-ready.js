// The static baseline is complete when its five answers are in the document.
window.benchReady = () => document.querySelectorAll('button').length >= 5;
