/**
 * Arrays made so that V8 gives them one shape whichever tier runs the code that makes them.
 *
 * `Array.prototype.map` makes a packed array when the interpreter or the baseline compiler runs it,
 * and a holey one when TurboFan has inlined it into an optimised function. Every place that then
 * reads such an array (`words.join`, `matches[i]`, `list.map`) has seen only the packed shape while
 * the function was warming up, so the optimised code meets a shape it was not compiled for and is
 * thrown away ("wrong map"); the next compile meets the next such place. `readQuery` (src/search/
 * query.ts) has several, and each compile of it takes seconds of a loaded machine's CPU: at 1,000
 * stories it never stayed optimised through eight passes over the benchmark's 1,416 questions, and
 * the median question ran it in baseline code (docs/PERFORMANCE-LOG.md, the twenty-fourth session).
 * An array grown by `push` is packed in every tier.
 */

/**
 * `list.map(f)` as a packed array in every tier (see above): for the arrays a long, hot function
 * makes and reads again (the words of a question, a match per word). `f` is called with each element
 * and its index, in order.
 * @example mapped(tokens, (t) => t.norm) // ['who', 'won']
 */
export function mapped<T, U>(list: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i] as T, i));
  return out;
}
