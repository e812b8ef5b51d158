import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import customElements from '../custom-elements.json';
import '../src/define.js';
import { AXE_RUN_ONLY } from '../stories/axe.js';
import '../stories/parts/frame.js';
import '../stories/stories.css';

setCustomElementsManifest(customElements);

/** Phone first: most people who use the widget are on a phone. */
const VIEWPORTS = {
  phone: { name: 'Phone 375×667', styles: { width: '375px', height: '667px' }, type: 'mobile' },
  smallPhone: { name: 'Small phone 320×568', styles: { width: '320px', height: '568px' }, type: 'mobile' },
  tablet: { name: 'Tablet 768×1024', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop 1280×800', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
};

/**
 * The manifest lists every `--shien-navi-*` custom property (with its default); give each a
 * control, colours a colour picker, in a "theme" group. The stories put the values that are
 * set on the element's style; empty ones leave the widget's default.
 */
const themeControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (argType.table?.category !== 'css custom properties' || !name.startsWith('--shien-navi-')) return [name, argType];
      const fallback = argType.table.defaultValue?.summary ?? '';
      const colour = /^#[0-9a-f]{3,8}$/i.test(fallback) || /colou?r|accent|surface|text|muted|border|danger|focus|mark/.test(name);
      return [name, { ...argType, control: colour ? 'color' : 'text', table: { ...argType.table, category: 'theme' } }];
    }),
  );

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [themeControls],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    viewport: { options: VIEWPORTS },
    a11y: { options: { runOnly: AXE_RUN_ONLY }, test: 'error' },
    docs: { toc: true },
  },
  initialGlobals: { viewport: { value: 'phone', isRotated: false } },
};

export default preview;
