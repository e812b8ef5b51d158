/** The theme controls that are set (`--shien-navi-*` args), as custom properties for the element's style. */
export function themeOf(args: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter((entry): entry is [string, string] => entry[0].startsWith('--shien-navi-') && typeof entry[1] === 'string' && entry[1] !== ''),
  );
}
