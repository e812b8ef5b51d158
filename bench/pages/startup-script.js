// The static baseline's screen, inserted by a module script: the least any script-drawn widget
// needs (the browser paints nothing of it while it parses the page).
const element = (tag, style, ...children) => {
  const node = document.createElement(tag);
  if (style) node.style.cssText = style;
  node.append(...children);
  return node;
};
document.body.append(
  element(
    'section',
    'font-family: sans-serif; max-width: 40rem; border: 1px solid #ccc; border-radius: 12px',
    element('h2', 'background: #0b6e4f; color: #fff; margin: 0; padding: 12px', '支援情報ナビ'),
    element('label', 'display: block; padding: 10px 12px 0', '困りごとや制度の名前で探す', document.createElement('br'), Object.assign(document.createElement('input'), { type: 'search', placeholder: '例：家賃が払えない、フードバンク' })),
    element('p', '', 'こんにちは。困りごとに合った相談先や支援制度をご案内します。この画面でのやりとりは保存されません。'),
    element('p', '', 'どんなことでお困りですか？'),
    ...['お金のこと', '仕事のこと', '緊急の困りごと', '心とからだの悩み', '家族関係のこと', '人とのつながり・居場所'].map((label) => element('button', '', label)),
    element('nav', '', Object.assign(element('button', '', '戻る'), { disabled: true }), ' ', element('button', '', '最初から')),
  ),
);
