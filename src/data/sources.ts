/** Splits the `src` attribute: several URLs separated by whitespace. */
export function splitSources(src: string | null | undefined): string[] {
  return (src ?? '').split(/\s+/).filter((url) => url !== '');
}
