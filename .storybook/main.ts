import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs: a page per element from custom-elements.json. A11y: axe on every story, same rules as the tests.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    // The project's vite.config.ts builds the library; Storybook needs a plain app config.
    builder: { name: '@storybook/builder-vite', options: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../stories/fixtures', to: '/fixtures' },
  ],
};

export default config;
