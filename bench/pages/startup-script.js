// The static baseline's screen, inserted by a module script: the least any script-drawn widget
// needs (the browser paints nothing of it while it parses the page).
const section = document.createElement('section');
section.style.cssText = 'font-family: sans-serif; max-width: 40rem; border: 1px solid #ccc; border-radius: 12px';
const heading = Object.assign(document.createElement('h2'), { textContent: '支援情報ナビ' });
heading.style.cssText = 'background: #0b6e4f; color: #fff; margin: 0; padding: 12px';
section.append(heading);
for (const text of ['こんにちは。困っていることを教えてください。いっしょに相談先をさがします。', 'どんなことでお困りですか？']) section.append(Object.assign(document.createElement('p'), { textContent: text }));
for (const label of ['お金のこと', '仕事のこと', '緊急の困りごと', '心とからだのこと', '家族関係のこと']) section.append(Object.assign(document.createElement('button'), { textContent: label }));
document.body.append(section);
