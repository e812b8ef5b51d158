import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../src/data/lazy-module.js';

describe('lazyModule', () => {
  it('imports once however many ask, and has the module at once after', async () => {
    let imports = 0;
    const chunk = lazyModule(async () => {
      imports += 1;
      return { answer: 42 };
    });
    expect(chunk.now()).toBeUndefined();
    const [first, second] = await Promise.all([chunk.load(), chunk.load()]);
    expect(first).toBe(second);
    expect(chunk.now()).toBe(first);
    expect(await chunk.load()).toBe(first);
    expect(imports).toBe(1);
  });

  it('does not remember a failure: the next load tries again', async () => {
    let attempts = 0;
    const chunk = lazyModule(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { answer: 42 };
    });
    await expect(chunk.load()).rejects.toThrow('Failed to fetch');
    expect(chunk.now()).toBeUndefined();
    expect(await chunk.load()).toEqual({ answer: 42 });
    expect(attempts).toBe(2);
  });
});
