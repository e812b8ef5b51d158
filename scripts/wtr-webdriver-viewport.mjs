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

/** Sizes a webdriverio session's window so that its viewport is `width` × `height`, or throws. */
export async function sizeViewport(driver, width, height) {
  await driver.setWindowSize(width, height);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const [innerWidth, innerHeight] = await driver.execute('return [innerWidth, innerHeight]');
    if (innerWidth === width && innerHeight === height) return;
    const outer = await driver.getWindowSize();
    await driver.setWindowSize(outer.width + width - innerWidth, outer.height + height - innerHeight);
  }
  const [innerWidth, innerHeight] = await driver.execute('return [innerWidth, innerHeight]');
  throw new Error(`could not set the viewport to ${width}×${height} (it is ${innerWidth}×${innerHeight})`);
}
