import { existsSync, readFileSync } from 'node:fs';

/** The repository root, where `npm run build` writes. */
export const ROOT = new URL('../../', import.meta.url);

/** Reads a file the build wrote, failing with a clear message when the build has not run. */
export function built(path: string): string {
  const url = new URL(path, ROOT);
  if (!existsSync(url)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  return readFileSync(url, 'utf8');
}

export const builtJson = <T>(path: string): T => JSON.parse(built(path)) as T;
