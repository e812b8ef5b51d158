// The two other engines a person carries, from Debian's packages (test tools cannot download
// browsers or drivers here): WebKitGTK (webkit2gtk-driver: WebKitWebDriver drives MiniBrowser
// under Xvfb, as MiniBrowser has no headless mode) and Firefox ESR (firefox-esr: it speaks
// WebDriver BiDi itself, so puppeteer-core drives it without geckodriver).
// ensureEngine() installs a missing engine when we are root on Debian, as ensure-chromium does.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/Xvfb';

const PACKAGES = {
  webkit: { files: [WEBKIT_DRIVER, MINIBROWSER, XVFB], packages: ['webkit2gtk-driver', 'xvfb'] },
  firefox: { files: [FIREFOX], packages: ['firefox-esr'] },
};

/** Installs the engine's Debian packages when one of its files is missing; false if it cannot. */
export function ensureEngine(engine) {
  const { files, packages } = PACKAGES[engine];
  if (files.every((file) => existsSync(file))) return true;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`${engine}: installing Debian's ${packages.join(' ')}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-q', ...packages], { stdio: 'inherit', env });
    return files.every((file) => existsSync(file));
  }
  console.error(`${engine} not found (${files.join(', ')}). Install it: sudo apt-get install ${packages.join(' ')}`);
  return false;
}

/** A free local port. */
export function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitFor(check, what, ms = 20000) {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = async () => {
      if (await check().catch(() => false)) return resolve();
      if (Date.now() > until) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 100);
    };
    tick();
  });
}

/** A virtual X display of its own (Xvfb picks a free number and writes it to us). */
async function startXvfb() {
  const xvfb = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdout.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return { display, stop: () => xvfb.kill() };
}

/**
 * Starts Xvfb and WebKitWebDriver on free ports. Returns the webdriverio options for a MiniBrowser
 * session and stop(). One session at a time (MiniBrowser is one window).
 */
export async function startWebKitDriver() {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display } });
  const stop = () => {
    driver.kill();
    xvfb.stop();
  };
  process.once('exit', stop);
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'WebKitWebDriver');
  return {
    stop,
    options: {
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 1,
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitGTK's driver speaks classic WebDriver; webdriverio would otherwise ask for BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    },
  };
}

/** puppeteer-core launch options for Firefox ESR over WebDriver BiDi, (puppeteer makes a fresh profile). */
export function firefoxLaunchOptions() {
  return {
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Nothing leaves the machine: no updates, telemetry, captive-portal or safe-browsing calls.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.proxy.allow_hijacking_localhost': false,
    },
  };
}
