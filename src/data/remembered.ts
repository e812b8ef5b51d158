/**
 * Three ways to remember a result instead of working it out again, each for one kind of key: a
 * string (`remembered`), an object (`weakMemo`), or the arguments of the last call only
 * (`lastAnswer`). A cache of more keys nests them: `weakMemo((town) => lastAnswer((records) => …))`
 * keeps, per town, the answer for the records it was last asked with.
 */

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

/**
 * `compute` worked out once per object (a record, a data set, a flow) and kept as long as the
 * object is: the memory goes with it, so nothing needs clearing.
 */
export function weakMemo<Key extends object, Result>(compute: (key: Key) => Result): (key: Key) => Result {
  const results = new WeakMap<Key, Result>();
  return (key) => {
    const known = results.get(key);
    if (known !== undefined || results.has(key)) return known as Result;
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}

/**
 * `compute` remembering its last answer: called again with the same arguments (each compared
 * with `Object.is`) it returns the same object, so a Lit property bound to it sees no change and the
 * part it feeds does not update (the conversation and the categories stay as they are while the
 * person types).
 */
export function lastAnswer<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let last: { readonly args: Args; readonly result: Result } | undefined;
  return (...args: Args): Result => {
    if (last?.args.length === args.length && last.args.every((arg, at) => Object.is(arg, args[at]))) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

