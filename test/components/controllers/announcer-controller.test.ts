import { expect } from '@open-wc/testing';
import { AnnouncerController } from '../../../src/components/controllers/announcer-controller.js';
import { until } from '../helpers.js';
import { hosted } from './host.js';

/** Every text the host rendered for its live region, in order. */
async function announcerHost(clearAfterMs: number) {
  const said: string[] = [];
  const { host, controller } = await hosted((host) => {
    const announcer = new AnnouncerController(host, { clearAfterMs });
    host.show = () => {
      if (said.at(-1) !== announcer.text) said.push(announcer.text);
      return announcer.text;
    };
    return announcer;
  });
  return { host, announcer: controller, said };
}

/** Resolves after a timer of `ms`: timers set before it with a shorter delay have fired. */
const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => document.querySelectorAll('test-controller-host').forEach((host) => host.remove()));

describe('AnnouncerController', () => {
  it('says a text once and clears it later, so the same words can be said again', async () => {
    const { host, announcer, said } = await announcerHost(30);
    announcer.say('お金のことで、いちばん近いものを選んでください。');
    await host.updateComplete;
    expect(host.shadowRoot?.textContent).to.contain('お金のことで');
    await until(() => announcer.text === '', 'the text to clear');
    await host.updateComplete;
    expect(said).to.deep.equal(['', 'お金のことで、いちばん近いものを選んでください。', '']);
  });

  it('keeps a newer text when the older one’s time is up', async () => {
    const { announcer } = await announcerHost(40);
    announcer.say('first');
    await after(20);
    announcer.say('second');
    await after(30); // the first text's clearing time has passed, the second's has not
    expect(announcer.text).to.equal('second');
    await until(() => announcer.text === '', 'the second text to clear');
  });

  it('says what waits for a pause only once the pause came, the last of them', async () => {
    const { host, announcer, said } = await announcerHost(1000);
    announcer.sayAfterPause('1件見つかりました', 30);
    announcer.sayAfterPause('2件見つかりました', 30);
    expect(announcer.text).to.equal('');
    await until(() => announcer.text === '2件見つかりました', 'the count after the pause');
    await host.updateComplete;
    expect(said).to.deep.equal(['', '2件見つかりました']);
  });

  it('forgets what waits for a pause when cancelled or when something is said now', async () => {
    const { announcer } = await announcerHost(1000);
    announcer.sayAfterPause('3件見つかりました', 20);
    announcer.cancelPending();
    announcer.sayAfterPause('4件見つかりました', 20);
    announcer.say('仕事のことで、いちばん近いものを選んでください。');
    await after(40);
    expect(announcer.text).to.equal('仕事のことで、いちばん近いものを選んでください。');
  });

  it('falls silent and leaves no timer behind when the host leaves the page', async () => {
    const { host, announcer } = await announcerHost(30);
    announcer.say('now');
    announcer.sayAfterPause('later', 20);
    host.remove();
    expect(announcer.text).to.equal('');
    await after(60);
    expect(announcer.text).to.equal('');
  });
});
