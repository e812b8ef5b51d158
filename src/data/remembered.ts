/**
 * Remembers the results of a string parser (at most `limit`, then starts again). Code, date and
 * area cells repeat on almost every row, and a 100,000-row file would otherwise parse the same
 * few strings 100,000 times; the search highlights fold the same names keystroke after keystroke.
 */
export function remembered<T>(parse: (text: string) => T, limit = 2048): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let result = seen.get(text);
    if (result === undefined) {
      if (seen.size >= limit) seen.clear();
      result = parse(text);
      seen.set(text, result);
    }
    return result;
  };
}
