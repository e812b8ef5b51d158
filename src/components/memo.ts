/**
 * `compute` remembering its last answer: called again with the same arguments (compared by
 * identity) it returns the same object, so a Lit property bound to it sees no change and the
 * part it feeds does not update (the conversation and the categories stay as they are while the
 * person types).
 */
export function lastAnswer<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let last: { readonly args: Args; readonly result: Result } | undefined;
  return (...args: Args): Result => {
    if (last?.args.length === args.length && last.args.every((arg, at) => arg === args[at])) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
