// `setViewport` from @web/test-runner-commands for a WebDriver session (its own plugin knows only
// puppeteer and playwright): sizes the window so that the page's viewport (innerWidth ×
// innerHeight) is the one asked for, whatever the browser's own frame takes.
// The runner puts its own command plugins before the config's, and its set-viewport throws for
// WebDriver: `firstIn(launcher)` moves this plugin to the front of the runner's list when the
// launcher is given the final config.
export function webdriverViewportPlugin() {
  const plugin = {
    name: 'webdriver-set-viewport',
    firstIn(launcher) {
      const initialize = launcher.initialize.bind(launcher);
      launcher.initialize = (config, ...rest) => {
        const plugins = config.plugins ?? [];
        if (plugins.includes(plugin)) plugins.splice(plugins.indexOf(plugin), 1);
        plugins.unshift(plugin);
        return initialize(config, ...rest);
      };
      return launcher;
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-viewport' || session.browser.type !== 'webdriver') return undefined;
      await sizeViewport(session.browser.driver, payload.width, payload.height);
      return true;
    },
  };
  return plugin;
}

/** The page's viewport once the window has stopped resizing (a resize reaches the page later). */
async function settledViewport(driver) {
  let last = await driver.execute('return [innerWidth, innerHeight]');
  for (let check = 0; check < 20; check += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await driver.execute('return [innerWidth, innerHeight]');
    if (now[0] === last[0] && now[1] === last[1]) return now;
    last = now;
  }
  return last;
}

/** Sizes a webdriverio session's window so that its viewport is `width` × `height`, or throws. */
export async function sizeViewport(driver, width, height) {
  await driver.setWindowSize(width, height);
  let [innerWidth, innerHeight] = await settledViewport(driver);
  for (let attempt = 0; attempt < 4 && (innerWidth !== width || innerHeight !== height); attempt += 1) {
    const outer = await driver.getWindowSize();
    await driver.setWindowSize(outer.width + width - innerWidth, outer.height + height - innerHeight);
    [innerWidth, innerHeight] = await settledViewport(driver);
  }
  if (innerWidth !== width || innerHeight !== height) throw new Error(`could not set the viewport to ${width}×${height} (it is ${innerWidth}×${innerHeight})`);
}
