// Component tests in Firefox ESR (Debian's firefox-esr), driven by puppeteer-core over WebDriver
// BiDi through @web/test-runner-chrome's launcher (no geckodriver). docs/ENGINES.md says why.
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import { firefoxLaunchOptions } from './scripts/engines.mjs';
import { excludeTests } from './scripts/wtr-exclude.mjs';

/** Tests this engine cannot run, and why (docs/ENGINES.md). */
export const EXCLUDED = {
  'prefers-color-scheme: dark':
    'emulateMedia needs CDP: puppeteer cannot emulate prefers-color-scheme in Firefox over WebDriver BiDi. The dark scheme is checked in Chromium.',
};

export default {
  ...base,
  testRunnerHtml: excludeTests('firefox', EXCLUDED),
  browsers: [chromeLauncher({ puppeteer, launchOptions: firefoxLaunchOptions() })],
};
