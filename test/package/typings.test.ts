import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, built } from './built.js';

/**
 * The React and Vue examples (examples/) type-check against the typings the package ships
 * (dist/types/, through the package's own exports map), and mistakes a developer could make
 * are errors: test/package/typings/*-misuse.* mark each with an expect-error directive, which
 * fails the compile if the typings let the mistake through.
 */
function compile(command: string, project: string): { status: number | null; output: string } {
  const result = spawnSync('npx', [command, '-p', project], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('framework typings', () => {
  it('are generated for React, Vue, Svelte and Solid, for the public element only', () => {
    for (const framework of ['react', 'vue', 'svelte', 'solid']) {
      const typings = built(`dist/types/${framework}.d.ts`);
      expect(typings.length, framework).toBeGreaterThan(200);
    }
    const react = built('dist/types/react-elements.d.ts');
    expect(react).toContain('"shien-navi": Partial<ShienNaviProps');
    expect(react).not.toContain('"shien-navi-result-card"');
  });

  it('React 19: examples/react type-checks, and wrong props and event details are errors', () => {
    const { status, output } = compile('tsc', 'test/package/typings/tsconfig.react.json');
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('Vue 3: examples/vue type-checks (vue-tsc), and wrong props and event handlers are errors', () => {
    const { status, output } = compile('vue-tsc', 'test/package/typings/tsconfig.vue.json');
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
