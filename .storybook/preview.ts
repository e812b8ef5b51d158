import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import customElements from '../custom-elements.json';
import '../src/define.js';
import { AXE_RUN_ONLY } from '../stories/axe.js';
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
      const category = argType.table?.category;
      // Events and parts are documented, not set: no control.
      if (category === 'events' || category === 'css shadow parts') return [name, { ...argType, control: false }];
      if (category !== 'css custom properties' || !name.startsWith('--shien-navi-')) return [name, argType];
      const fallback = argType.table?.defaultValue?.summary ?? '';
      const colour = /^#[0-9a-f]{3,8}$/i.test(fallback) || /colou?r|accent|surface|text|muted|border|danger|focus|mark/.test(name);
      return [name, { ...argType, type: { name: 'string' }, control: { type: colour ? 'color' : 'text' }, table: { ...argType.table, category: 'theme' } }];
    }),
  );

interface ManifestMember {
  name: string;
  attribute?: string;
}
const membersByTag = new Map(
  customElements.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) =>
      'tagName' in declaration && declaration.tagName ? [[declaration.tagName, ('members' in declaration ? declaration.members : []) as ManifestMember[]] as const] : [],
    ),
  ),
);

/** A property set through an attribute is documented once, in the attributes group. */
const oneRowPerAttribute: ArgTypesEnhancer = ({ argTypes, component }) => {
  const throughAttributes = new Set((membersByTag.get(String(component)) ?? []).filter((member) => member.attribute).map((member) => member.name));
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) =>
      argType.table?.category === 'properties' && throughAttributes.has(name) ? [name, { ...argType, table: { ...argType.table, disable: true } }] : [name, argType],
    ),
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [themeControls, oneRowPerAttribute],
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
