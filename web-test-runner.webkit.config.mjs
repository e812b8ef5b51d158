// Component tests in WebKitGTK (Debian's webkit2gtk-driver): WebKitWebDriver drives MiniBrowser
// under a private Xvfb, through @web/test-runner-webdriver. docs/ENGINES.md says why.
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';
import { startWebKitDriver } from './scripts/engines.mjs';
import { webdriverViewportPlugin } from './scripts/wtr-webdriver-viewport.mjs';
import { excludeTests } from './scripts/wtr-exclude.mjs';

const NARROW =
  "sets a phone's width (320 or 375 px), and MiniBrowser's window cannot be narrower than its toolbar (447 px): " +
  'the e2e smoke and the screenshots show WebKit at 375 px inside a 375-px frame instead; Chromium and Firefox run it.';

/** Tests this engine cannot run, and why (docs/ENGINES.md). */
export const EXCLUDED = {
  'result card at 320 px': NARROW,
  'result card at 375 px': NARROW,
  'long Latin words at 320 px': NARROW,
  'long Latin words at 375 px': NARROW,
  'a line to a person on the first screen of a phone': NARROW,
  'has no axe violations with every field shown and the card opened': NARROW,
  'is full-screen and modal on a phone': NARROW,
  'passes axe at 375 px': NARROW,
  'has no axe violations with the button, at 375 px': NARROW,
  'prefers-color-scheme: dark': 'WebDriver has no media emulation (emulateMedia needs CDP or Playwright). The dark scheme is checked in Chromium.',
};

const webkit = await startWebKitDriver();
const viewport = webdriverViewportPlugin();

export default {
  ...base,
  testRunnerHtml: excludeTests('webkit', EXCLUDED),
  browsers: [viewport.firstIn(webdriverLauncher(webkit.options))],
  plugins: [...base.plugins, viewport, { name: 'stop-webkit-driver', serverStop: () => webkit.stop() }],
};
