import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
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
