import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, builtJson } from './built.js';

/**
 * custom-elements.json is what Storybook, editors, linters and the framework typings read.
 * These checks hold for every element, attribute, property, event, part, slot and custom
 * property the sources have, not for a list written here: a new one without its
 * documentation fails.
 */

interface Typed {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: Typed[];
  return?: { type?: { text?: string } };
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Declaration {
  kind: string;
  name: string;
  description?: string;
  customElement?: boolean;
  tagName?: string;
  superclass?: { name: string };
  members?: Member[];
  attributes?: Attribute[];
  events?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
  slots?: Typed[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration: { name: string } }[] }[];
}

const manifest = builtJson<Manifest>('custom-elements.json');
const modules = manifest.modules;
const elements = modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.superclass?.name === 'LitElement').map((declaration) => ({ module, declaration })),
);
const source = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const isPublic = (member: Member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !member.name.startsWith('#');
const blank = (text: string | undefined) => (text ?? '').trim() === '';

/** Names in `part="a b"` and `exportparts="a, inner:b"` of a template, leaving out computed ones. */
function partsIn(code: string): string[] {
  const names = new Set<string>();
  for (const [, kind, value = ''] of code.matchAll(/\b(part|exportparts)="([^"]*)"/g)) {
    for (const token of value.split(kind === 'part' ? /\s+/ : /\s*,\s*/)) {
      const name = (kind === 'exportparts' ? token.split(':').at(-1) : token)?.trim() ?? '';
      if (name !== '' && !name.includes('${')) names.add(name);
    }
  }
  return [...names].sort();
}

describe('custom-elements.json', () => {
  it('is a Custom Elements Manifest of the elements', () => {
    expect(manifest.schemaVersion).toMatch(/^[12]\.\d+\.\d+$/);
    expect(elements.length).toBeGreaterThanOrEqual(14);
  });

  it('gives every element the tag it is registered under (src/define.ts, or helper-elements.ts and launcher-element.ts for the parts loaded later), and a definition export', async () => {
    const { ELEMENTS: first } = (await import(new URL('dist/npm/define.js', ROOT).href)) as { ELEMENTS: Record<string, { name: string }> };
    const { HELPER_ELEMENTS } = (await import(new URL('dist/npm/components/helper-elements.js', ROOT).href)) as { HELPER_ELEMENTS: Record<string, { name: string }> };
    const { LAUNCHER_ELEMENTS } = (await import(new URL('dist/npm/components/launcher-element.js', ROOT).href)) as { LAUNCHER_ELEMENTS: Record<string, { name: string }> };
    const ELEMENTS = { ...first, ...HELPER_ELEMENTS, ...LAUNCHER_ELEMENTS };
    const registered = Object.fromEntries(Object.entries(ELEMENTS).map(([tag, element]) => [element.name, tag]));
    for (const { module, declaration } of elements) {
      expect(declaration.customElement, declaration.name).toBe(true);
      expect(declaration.tagName, `${declaration.name} is not registered in src/define.ts`).toBe(registered[declaration.name]);
      expect(module.exports?.some((entry) => entry.kind === 'custom-element-definition' && entry.name === declaration.tagName)).toBe(true);
    }
    expect(elements.map(({ declaration }) => declaration.tagName).sort()).toEqual(Object.keys(ELEMENTS).sort());
  });

  for (const { module, declaration } of elements) {
    const tag = declaration.tagName ?? declaration.name;
    describe(`<${tag}>`, () => {
      it('is described', () => {
        expect(blank(declaration.description), `${tag} has no description`).toBe(false);
      });

      it('documents every attribute: type, default, description, and the property it sets', () => {
        for (const attribute of declaration.attributes ?? []) {
          const where = `${tag} [${attribute.name}]`;
          expect(blank(attribute.type?.text), `${where} has no type`).toBe(false);
          expect(attribute.default, `${where} has no default`).toBeDefined();
          expect(blank(attribute.description), `${where} has no description`).toBe(false);
          expect(declaration.members?.some((member) => member.name === attribute.fieldName), `${where} sets no documented property`).toBe(true);
        }
      });

      it('documents every public property: type, default (unless read-only or optional), description', () => {
        for (const member of (declaration.members ?? []).filter((candidate) => candidate.kind === 'field' && isPublic(candidate))) {
          const where = `${tag}.${member.name}`;
          expect(blank(member.type?.text), `${where} has no type`).toBe(false);
          expect(blank(member.description), `${where} has no description`).toBe(false);
          const optional = /\bundefined\b/.test(member.type?.text ?? '');
          if (!member.readonly && !optional) expect(member.default, `${where} has no default`).toBeDefined();
        }
      });

      it('documents every public method and its parameters', () => {
        for (const member of (declaration.members ?? []).filter((candidate) => candidate.kind === 'method' && isPublic(candidate))) {
          const where = `${tag}.${member.name}()`;
          expect(blank(member.description), `${where} has no description`).toBe(false);
          for (const parameter of member.parameters ?? []) expect(blank(parameter.type?.text), `${where} parameter ${parameter.name} has no type`).toBe(false);
        }
      });

      it('documents every event with its detail type', () => {
        for (const event of declaration.events ?? []) {
          const where = `${tag} event ${event.name}`;
          // Public events are shien-navi-*; the parts' own navi-* events stay inside the widget and say so.
          if (event.name.startsWith('navi-')) expect(event.description, `${where} is internal and must say so`).toMatch(/^Internal\b/);
          else expect(event.name, where).toMatch(/^shien-navi-[a-z-]+$/);
          expect(blank(event.description), `${where} has no description`).toBe(false);
          expect(blank(event.type?.text), `${where} has no detail type`).toBe(false);
          expect(event.type?.text, `${where}: the type is the detail's, not the event's`).not.toMatch(/^(Custom)?Event\b/);
        }
      });

      it('lists every part its template exposes, each described', () => {
        const listed = (declaration.cssParts ?? []).map((part) => part.name).sort();
        for (const part of partsIn(source(module.path))) expect(listed, `${tag}: part "${part}" is not in its JSDoc (@csspart)`).toContain(part);
        for (const part of declaration.cssParts ?? []) expect(blank(part.description), `${tag} part ${part.name} has no description`).toBe(false);
      });

      it('lists its slots, each described', () => {
        const code = source(module.path);
        const slots = (declaration.slots ?? []).map((slot) => slot.name);
        if (/<slot>/.test(code)) expect(slots, `${tag} has a default slot without @slot`).toContain('');
        for (const [, name] of code.matchAll(/<slot name="([^"$]+)"/g)) expect(slots, `${tag}: slot ${name}`).toContain(name);
        for (const slot of declaration.slots ?? []) expect(blank(slot.description), `${tag} slot "${slot.name}" has no description`).toBe(false);
      });
    });
  }

  it('lists on <shien-navi> every --shien-navi-* custom property the styles read, each described', () => {
    const navi = elements.find(({ declaration }) => declaration.tagName === 'shien-navi')?.declaration;
    const styles = elements
      .map(({ module }) => module.path.replace(/[^/]+\.ts$/, ''))
      .flatMap((folder) => [`${folder}${folder.split('/').at(-2) ?? ''}.styles.ts`])
      .concat('src/components/shared.styles.ts')
      .map((path) => {
        try {
          return source(path);
        } catch {
          return '';
        }
      })
      .join('\n');
    const used = [...new Set(styles.match(/--shien-navi-[a-z-]+/g))].sort();
    expect(used.length).toBeGreaterThan(10);
    const listed = (navi?.cssProperties ?? []).map((property) => property.name);
    for (const name of used) expect(listed, `${name} is used in the styles but not documented (@cssprop on <shien-navi>)`).toContain(name);
    for (const property of navi?.cssProperties ?? []) expect(blank(property.description), property.name).toBe(false);
  });
});
