// custom-elements.json, and what is generated from it for editors and frameworks.
// Run by `npm run build` (scripts/build.mjs) after tsc has written dist/npm/, whose types the
// framework typings import. test/package/manifest.test.ts checks the result.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/** Generated editor data and typings go here; package.json ships and exports them. */
const TYPES_DIR = 'dist/types';
/** The element classes and event detail types, as the typings import them (relative to TYPES_DIR). */
const NPM_TYPES = '../npm/index.js';

/** Every class and function the manifest declares, with its module. */
function* declarationsOf(manifest) {
  for (const module of manifest.modules) for (const declaration of module.declarations ?? []) yield [module, declaration];
}

/**
 * Tag names come from where the elements are registered: the `ELEMENTS` table of
 * src/define.ts (`'shien-navi': ShienNavi, …`), and `HELPER_ELEMENTS` of
 * src/components/helper-elements.ts and `LAUNCHER_ELEMENTS` of launcher-element.ts for the
 * parts loaded later (the 支援員's list, the handout, the launcher). The analyzer cannot follow
 * `registry.define(tag, element)` in a loop, and a second copy of the tag in JSDoc could drift.
 */
function tagsFromRegistry() {
  const tags = new Map();
  return {
    name: 'shien-navi-tags-from-registry',
    analyzePhase({ ts, node }) {
      if (!ts.isVariableDeclaration(node) || !['ELEMENTS', 'HELPER_ELEMENTS', 'LAUNCHER_ELEMENTS'].includes(node.name.getText()) || !node.initializer) return;
      let table = node.initializer;
      while (ts.isAsExpression(table) || ts.isSatisfiesExpression?.(table) || ts.isParenthesizedExpression(table)) table = table.expression;
      if (!ts.isObjectLiteralExpression(table)) return;
      for (const entry of table.properties) {
        if (!ts.isPropertyAssignment(entry)) continue;
        const tag = ts.isStringLiteral(entry.name) ? entry.name.text : entry.name.getText();
        tags.set(entry.initializer.getText(), tag);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const [module, declaration] of declarationsOf(customElementsManifest)) {
        const tag = tags.get(declaration.name);
        if (declaration.kind !== 'class' || !tag) continue;
        declaration.tagName = tag;
        declaration.customElement = true;
        module.exports = [
          ...(module.exports ?? []).filter((entry) => !(entry.kind === 'custom-element-definition' && entry.name === tag)),
          { kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: module.path } },
        ];
      }
    },
  };
}

/**
 * Event detail types come from the `HTMLElementEventMap` entries the sources declare
 * (`'shien-navi-ready': CustomEvent<ShienNaviReadyDetail>`), the same map that types
 * `addEventListener` for TypeScript users, so the manifest and the code cannot disagree; the
 * parts' internal `navi-*` events from `InternalEventMap` (name → detail), which types them.
 */
function eventTypesFromEventMap() {
  const types = new Map();
  return {
    name: 'shien-navi-event-types',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || !['HTMLElementEventMap', 'InternalEventMap'].includes(node.name.text)) return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type || !member.name) continue;
        const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
        types.set(name, member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const [, declaration] of declarationsOf(customElementsManifest)) {
        for (const event of declaration.events ?? []) {
          const type = types.get(event.name);
          if (type && (!event.type?.text || event.type.text === 'CustomEvent')) event.type = { text: detailOf(type) };
        }
      }
    },
  };
}

/** `CustomEvent<Detail>` → `Detail`: tools that read the manifest (Storybook, the typings) expect the detail type. */
function detailOf(eventType) {
  const found = /^CustomEvent<(.+)>$/s.exec(eventType.trim());
  return found ? found[1].trim() : eventType;
}

/**
 * Fields filled by `@consume` (the shared state `<shien-navi>` hands its parts) are wiring
 * between the parts, not something a page sets: leave them out of the API.
 */
function hideContextConsumers() {
  const consumers = new Map();
  return {
    name: 'shien-navi-hide-context-consumers',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const fields = node.members
        .filter((member) => ts.isPropertyDeclaration(member) && (ts.getDecorators?.(member) ?? []).some((decorator) => decorator.expression.getText().startsWith('consume(')))
        .map((member) => member.name.getText());
      if (fields.length > 0) consumers.set(node.name.text, new Set(fields));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const [, declaration] of declarationsOf(customElementsManifest)) {
        const hidden = consumers.get(declaration.name);
        if (!hidden) continue;
        declaration.members = declaration.members?.filter((member) => !hidden.has(member.name));
        declaration.attributes = declaration.attributes?.filter((attribute) => !hidden.has(attribute.fieldName));
      }
    },
  };
}

/**
 * The manifest describes what a page or an app can use: private and protected members
 * (`#data`, controllers, render helpers) are implementation, and tools such as Storybook
 * would list them as if they were settable.
 */
function publicMembersOnly() {
  return {
    name: 'shien-navi-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const [, declaration] of declarationsOf(customElementsManifest)) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
        );
      }
    },
  };
}

/** `@cssprop --name - Text. Default `value`.`: the default, as a field tools can read. */
function cssPropertyDefaults() {
  return {
    name: 'shien-navi-css-property-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const [, declaration] of declarationsOf(customElementsManifest)) {
        for (const property of declaration.cssProperties ?? []) {
          const found = /Default:? (?:`([^`]+)`|([^.]+))/.exec(property.description ?? '');
          if (found && property.default === undefined) property.default = found[1] ?? found[2];
        }
      }
    },
  };
}

/**
 * What a page writes: the parts are registered so that `<shien-navi>` can render them, but no
 * page uses them on their own, and completing their tags in an editor would only mislead.
 */
const PUBLIC_TAGS = new Set(['shien-navi']);

/**
 * Runs a generator on the page author's view of the manifest: the public elements only, and
 * their members as React 19 and Vue set them. Both assign a prop to the element's property
 * when it has one, so a read-only property (`records`) is not a prop, and where an attribute
 * shares its name with a property (`flow`: the URL attribute, and the object property) the
 * prop is the property, and the attribute's field is offered under its own name (`flowSrc`).
 */
function forPageAuthors(plugin) {
  return {
    ...plugin,
    packageLinkPhase(context) {
      const manifest = JSON.parse(JSON.stringify(context.customElementsManifest));
      for (const module of manifest.modules) {
        module.declarations = (module.declarations ?? []).filter((declaration) => !declaration.customElement || PUBLIC_TAGS.has(declaration.tagName));
        for (const declaration of module.declarations) {
          if (!declaration.customElement) continue;
          const members = (declaration.members ?? []).filter((member) => !member.readonly);
          const properties = new Set(members.filter((member) => member.kind === 'field' && !member.attribute).map((member) => member.name));
          const shadowed = (declaration.attributes ?? []).filter((attribute) => properties.has(attribute.name) && attribute.fieldName !== attribute.name);
          declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !shadowed.includes(attribute));
          declaration.members = members.map((member) =>
            shadowed.some((attribute) => attribute.fieldName === member.name) ? { ...member, attribute: undefined } : member,
          );
        }
      }
      return plugin.packageLinkPhase({ ...context, customElementsManifest: manifest });
    },
  };
}

/**
 * The generated JSX typings export a `CustomElements` map; these entry files put it where each
 * framework looks (`import type {} from 'shien-navi/react'` and the tags type-check).
 */
function frameworkEntries() {
  const entry = (from, declaration) => `// Generated by custom-elements-manifest.config.mjs: the typings of <shien-navi> for ${from}.
import type { CustomElements } from './${from}-elements.js';

${declaration}

export type { CustomElements };
`;
  const files = {
    'react.d.ts': entry('react', "declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}"),
    'solid.d.ts': entry('solid', "declare module 'solid-js' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}"),
    'svelte.d.ts': entry('svelte', 'declare global {\n  namespace svelteHTML {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}'),
  };
  return {
    name: 'shien-navi-framework-entries',
    packageLinkPhase() {
      mkdirSync(TYPES_DIR, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(`${TYPES_DIR}/${name}`, text);
      // Vue types `@shien-navi-ready` as the prop `onShienNaviReady`; the generator writes
      // `onshien-navi-ready` (React's spelling), which Vue's template checker never matches.
      const vue = `${TYPES_DIR}/vue.d.ts`;
      const camel = (name) => name.replace(/(^|-)([a-z])/g, (_match, _dash, letter) => letter.toUpperCase());
      writeFileSync(vue, readFileSync(vue, 'utf8').replace(/"on([a-z][a-z0-9-]*)"\?:/g, (_match, event) => `on${camel(event)}?:`));
    },
  };
}

const editorData = { outdir: TYPES_DIR, hideLogs: true, descriptionSrc: 'description' };
const typings = { outdir: TYPES_DIR, hideLogs: true, globalTypePath: NPM_TYPES, descriptionSrc: 'description' };

export default {
  globs: ['src/components/**/*.ts', 'src/define.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    tagsFromRegistry(),
    eventTypesFromEventMap(),
    hideContextConsumers(),
    publicMembersOnly(),
    cssPropertyDefaults(),
    forPageAuthors(customElementVsCodePlugin({ ...editorData, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' })),
    forPageAuthors(customElementJetBrainsPlugin({ ...editorData, webTypesFileName: 'web-types.json', packageJson: false })),
    forPageAuthors(customElementJsxPlugin({ ...typings, fileName: 'react-elements.d.ts' })),
    forPageAuthors(customElementVuejsPlugin({ ...typings, fileName: 'vue.d.ts' })),
    forPageAuthors(customElementSveltePlugin({ ...typings, fileName: 'svelte-elements.d.ts' })),
    forPageAuthors(customElementSolidJsPlugin({ ...typings, fileName: 'solid-elements.d.ts' })),
    frameworkEntries(),
  ],
};
