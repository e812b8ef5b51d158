import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ReactiveControllerHost } from 'lit';
import { VisualViewportController } from '../../src/components/controllers/visual-viewport-controller.js';
import { whenIdle } from '../../src/components/controllers/when-idle.js';
import { defaultYield } from '../../src/data/yield.js';
import { segmentWords } from '../../src/search/understand.js';
import { ENGINE } from './engine-exclusions.js';
import { until } from './helpers.js';

// Where an engine needs its own path, the widget feature-detects it (docs/ENGINES.md). WebKit (every
// iPhone browser) has neither requestIdleCallback nor scheduler.yield: there the widget runs its
// fallbacks, and every other test in this run goes through them. Here each fallback is also run
// in every engine, with the API hidden.

/** Hides `name` from `target` (where it is its own property or inherited) while `during` runs. */
async function without(target: object, name: string, during: () => Promise<void>): Promise<void> {
  let owner: object | null = target;
  while (owner && !Object.getOwnPropertyDescriptor(owner, name)) owner = Object.getPrototypeOf(owner) as object | null;
  const descriptor = owner ? Object.getOwnPropertyDescriptor(owner, name) : undefined;
  if (owner && descriptor) Reflect.deleteProperty(owner, name);
  try {
    expect(name in target, `${name} hidden`).to.equal(false);
    await during();
  } finally {
    if (owner && descriptor) Object.defineProperty(owner, name, descriptor);
  }
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('engine paths (docs/ENGINES.md)', () => {
  it('has the idle and yield APIs this engine is known to have, so the fallbacks below are the paths it runs', () => {
    // Seen in WebKitGTK 2.50 and Firefox ESR 153; if an engine gains one, ENGINES.md is out of date.
    const expected = { chromium: [true, true], firefox: [true, true], webkit: [false, false] }[ENGINE] ?? [];
    const scheduler = (globalThis as { scheduler?: { yield?: unknown } }).scheduler;
    expect(['requestIdleCallback' in window, typeof scheduler?.yield === 'function']).to.deep.equal(expected);
  });

  it('whenIdle runs its work without requestIdleCallback (a timer), and its cancel stops it', async () => {
    await without(window, 'requestIdleCallback', async () => {
      let ran = 0;
      whenIdle(() => (ran += 1));
      const cancel = whenIdle(() => (ran += 10));
      cancel();
      await later(400);
      expect(ran).to.equal(1);
    });
  });

  it('defaultYield lets timers and input run without scheduler.yield', async () => {
    await without(globalThis, 'scheduler', async () => {
      let timer = false;
      setTimeout(() => (timer = true), 0);
      // A yield that let nothing else run would leave the timer waiting.
      for (let step = 0; step < 20 && !timer; step += 1) await defaultYield();
      expect(timer).to.equal(true);
    });
  });

  it('splits a query into words with Intl.Segmenter (its ICU differs by engine), and by runs of one script where it is missing', () => {
    // Each engine's own segmenter is what its search tests run on (troubles, search, cries).
    expect(typeof (Intl as { Segmenter?: unknown }).Segmenter).to.equal('function');
    expect(segmentWords('家賃が払えない').length).to.be.greaterThan(1);
    expect(segmentWords('家賃が払えない', false)).to.have.length(4);
  });

  it('has the constructed style sheets that the painted first screen adopts without a fallback (Safari 16.4 and later)', () => {
    // shell/paint.ts and Lit adopt constructed sheets: no <style> element, so a strict style-src works.
    expect('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype).to.equal(true);
  });

  it('parses nested declarative shadow roots with setHTMLUnsafe, as the painted first screen is inserted', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.setHTMLUnsafe('<p-outer><template shadowrootmode="open"><p-inner><template shadowrootmode="open"><button>ok</button></template></p-inner></template></p-outer>');
    const inner = root.querySelector('p-outer')?.shadowRoot?.querySelector('p-inner')?.shadowRoot;
    expect(inner?.querySelector('button')?.textContent).to.equal('ok');
  });

  it('keeps the launcher panel at the height of the visual viewport as it changes (as when a phone keyboard opens)', async () => {
    // WebKitGTK has no on-screen keyboard: a smaller window changes the visual viewport instead.
    const host: ReactiveControllerHost = { addController: () => undefined, removeController: () => undefined, requestUpdate: () => undefined, updateComplete: Promise.resolve(true) };
    const panel = document.createElement('div');
    const viewport = new VisualViewportController(host, () => panel);
    await setViewport({ width: 800, height: 600 });
    try {
      viewport.follow(true);
      expect(panel.style.getPropertyValue('--_viewport-height')).to.equal(`${window.visualViewport?.height}px`);
      await setViewport({ width: 800, height: 400 });
      await until(() => window.visualViewport?.height === 400, 'the smaller viewport');
      await until(() => panel.style.getPropertyValue('--_viewport-height') === '400px', 'the panel following it');
      viewport.follow(false);
      expect(panel.style.getPropertyValue('--_viewport-height')).to.equal('');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
