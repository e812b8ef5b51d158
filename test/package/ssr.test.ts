import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './built.js';

/**
 * Server rendering (Next.js, Nuxt, Astro) imports the package in Node, where there is no
 * window, document or navigator. Each import runs in a fresh `node` process, as the server
 * would, through the package's own name and exports map.
 */
function importInNode(specifier: string, after = ''): Record<string, unknown> {
  const script = `
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const module = await import(${JSON.stringify(specifier)});
    ${after}
    console.log(JSON.stringify({
      exports: Object.keys(module).sort(),
      addedGlobals: Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name)).sort(),
      window: typeof window, document: typeof document, navigator: typeof navigator,
      registered: typeof customElements === 'undefined' ? null : customElements.get('shien-navi')?.name ?? null,
      extra: globalThis.extra ?? null,
    }));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}

/** The values (not types) the package exports: the elements, the data and flow entry points, constants. */
const PUBLIC_VALUES = [
  'CLASSIFICATIONS',
  'CRISIS_LINES',
  'DEFAULT_EXIT_URL',
  'ENCODINGS',
  'ERROR_KINDS',
  'FLOW_VERSION',
  'HOKKAIDO_FLOW',
  'LANGS',
  'SENSITIVE_GOAL',
  'SERVICE_TYPES',
  'ShienNavi',
  'ShienNaviBubble',
  'ShienNaviChoiceList',
  'ShienNaviContactActions',
  'ShienNaviConversationLog',
  'ShienNaviCrisisLines',
  'ShienNaviError',
  'ShienNaviLauncher',
  'ShienNaviMunicipalityPicker',
  'ShienNaviQuickExit',
  'ShienNaviResultCard',
  'ShienNaviResultList',
  'ShienNaviSearchBox',
  'ShienNaviSearchResults',
  'ShienNaviStep',
  'crisisLinesFor',
  'loadSources',
  'loadTroubleSearch',
  'parseCsv',
  'readCsvBytes',
  'validateFlow',
  'withHokkaidoPhrases',
];

describe('importing the npm package in plain Node (server rendering)', () => {
  it("`import 'shien-navi'` does not throw and creates no window or document", () => {
    const result = importInNode('shien-navi');
    expect(result.exports).toEqual(expect.arrayContaining(['ShienNavi', 'defineShienNavi', 'ELEMENTS', 'parseCsv', 'HOKKAIDO_FLOW']));
    expect(result.window).toBe('undefined');
    expect(result.document).toBe('undefined');
    // Node 20 has no navigator; the package must not invent one either.
    expect(result.addedGlobals).not.toContain('navigator');
    expect(result.addedGlobals).not.toContain('window');
  });

  it("`import 'shien-navi/classes'` registers nothing", () => {
    const result = importInNode('shien-navi/classes');
    expect(result.exports).toEqual(expect.arrayContaining(['ShienNavi', 'ShienNaviResultCard']));
    expect(result.registered).toBeNull();
  });

  it('`shien-navi/classes` exports exactly the public list (src/index.ts), no internal helper', () => {
    // Adding a name makes it public: do it on purpose, with the README, and add it here.
    const result = importInNode('shien-navi/classes');
    expect(result.exports).toEqual(PUBLIC_VALUES);
    expect(importInNode('shien-navi').exports).toEqual([...PUBLIC_VALUES, 'ELEMENTS', 'defineShienNavi'].sort());
  });

  it('importing it twice, or the entry after the classes, does not throw', () => {
    const result = importInNode('shien-navi', "await import('shien-navi/classes'); await import('shien-navi'); globalThis.extra = 'ok';");
    expect(result.extra).toBe('ok');
  });

  it('the data checker and parser work on the server as they do in the browser', () => {
    const result = importInNode(
      'shien-navi/classes',
      "globalThis.extra = module.parseCsv('制度名,電話番号\\n【サンプル】相談窓口,000-0000-0000\\n').records.map((record) => record.name + ' ' + record.phone);",
    );
    expect(result.extra).toEqual(['【サンプル】相談窓口 00000000000']);
  });
});
