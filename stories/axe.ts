/**
 * The axe rules every story is held to: WCAG 2.0, 2.1 and 2.2 at levels A and AA. Storybook's
 * accessibility panel (.storybook/preview.ts) and the component tests
 * (test/components/stories.test.ts) both use this, so the panel shows what the tests enforce.
 */
export const AXE_RUN_ONLY: { type: 'tag'; values: string[] } = {
  type: 'tag',
  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
};
