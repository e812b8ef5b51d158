import { expect } from '@open-wc/testing';
import { AnnouncerController } from '../../../src/components/controllers/announcer-controller.js';
import { fakeTimers, hosted } from './host.js';

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

let clock: ReturnType<typeof fakeTimers>;
beforeEach(() => (clock = fakeTimers()));
afterEach(() => {
  clock.restore();
  document.querySelectorAll('test-controller-host').forEach((host) => host.remove());
});

describe('AnnouncerController', () => {
  it('says a text once and clears it after clearAfterMs, so the same words can be said again', async () => {
    const { host, announcer, said } = await announcerHost(5000);
    announcer.say('お金のことで、いちばん近いものを選んでください。');
    await host.updateComplete;
    expect(host.shadowRoot?.textContent).to.contain('お金のことで');
    clock.tick(4999);
    expect(announcer.text).to.equal('お金のことで、いちばん近いものを選んでください。');
    clock.tick(1);
    await host.updateComplete;
    expect(said).to.deep.equal(['', 'お金のことで、いちばん近いものを選んでください。', '']);
  });

  it('keeps a newer text when the older one’s time is up, and clears it at its own time', async () => {
    const { announcer } = await announcerHost(40);
    announcer.say('first');
    clock.tick(20);
    announcer.say('second');
    clock.tick(30); // the first text's clearing time has passed, the second's has not
    expect(announcer.text).to.equal('second');
    clock.tick(10);
    expect(announcer.text).to.equal('');
  });

  it('says what waits for a pause only once the pause came, the last of them', async () => {
    const { host, announcer, said } = await announcerHost(1000);
    announcer.sayAfterPause('1件見つかりました', 800);
    clock.tick(500);
    announcer.sayAfterPause('2件見つかりました', 800);
    clock.tick(799);
    expect(announcer.text).to.equal('');
    clock.tick(1);
    expect(announcer.text).to.equal('2件見つかりました');
    await host.updateComplete;
    expect(said).to.deep.equal(['', '2件見つかりました']);
  });

  it('forgets what waits for a pause when cancelled or when something is said now', async () => {
    const { announcer } = await announcerHost(1000);
    announcer.sayAfterPause('3件見つかりました', 20);
    announcer.cancelPending();
    announcer.sayAfterPause('4件見つかりました', 20);
    announcer.say('仕事のことで、いちばん近いものを選んでください。');
    clock.tick(500);
    expect(announcer.text).to.equal('仕事のことで、いちばん近いものを選んでください。');
  });

  it('falls silent and leaves no timer behind when the host leaves the page', async () => {
    const { host, announcer } = await announcerHost(30);
    announcer.say('now');
    announcer.sayAfterPause('later', 20);
    expect(clock.pending()).to.equal(2);
    host.remove();
    expect([announcer.text, clock.pending()]).to.deep.equal(['', 0]);
  });
});
