import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mapped } from '../../src/search/packed.js';

describe('mapped', () => {
  it('gives what map gives, in order, with each index', () => {
    const list = ['who', 'won', 'the', 'race'];
    expect(mapped(list, (w, i) => `${i}:${w}`)).toEqual(list.map((w, i) => `${i}:${w}`));
    expect(mapped([] as string[], (w) => w)).toEqual([]);
    expect(mapped([1, 2, 3], (n) => n / 2)).toEqual([0.5, 1, 1.5]);
  });

  // The reason it exists: V8's optimised code makes map's array holey, and a long function that reads
  // it again is thrown away when it meets the shape it had not seen while warming up (see packed.ts).
  it('makes a packed array when the function calling it runs optimised, as it does before', () => {
    // Both the helper optimised on its own and inlined into an optimised caller.
    const script = `
      import { mapped } from './src/search/packed.ts';
      const words = (tokens) => mapped(tokens, (t) => t.norm);
      const tokens = [{ norm: 'who' }, { norm: 'won' }];
      const holey = [];
      for (const f of [mapped, words]) {
        %PrepareFunctionForOptimization(f);
        const call = () => f(tokens, (t) => t.norm);
        holey.push(%HasHoleyElements(call()));
        call();
        %OptimizeFunctionOnNextCall(f);
        holey.push(%HasHoleyElements(call()));
        holey.push((%GetOptimizationStatus(f) & 64) === 0);
      }
      console.log(JSON.stringify(holey));
    `;
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    // Not holey before or after, and optimised (not "not optimised"), for each.
    expect(JSON.parse(out.trim())).toEqual([false, false, false, false, false, false]);
  });

  // A function that joins a list it made (askedExtreme: the extreme's tokens' surfaces) keeps its
  // optimised code: with `map` there, its first optimised call met a holey array at `join` and was
  // thrown away.
  it('keeps askedExtreme optimised once it is compiled', () => {
    const script = `
      import { askedExtreme } from './src/search/extremes.ts';
      const tokens = ['which', 'city', 'is', 'the', 'largest'].map((w) => ({ norm: w, surface: w, script: 'latin' }));
      const ask = () => askedExtreme(tokens, { extremeWords: [] }, new Set(['large']));
      %PrepareFunctionForOptimization(askedExtreme);
      const asked = [ask(), ask()];
      %OptimizeFunctionOnNextCall(askedExtreme);
      asked.push(ask(), ask());
      console.log(JSON.stringify([asked, (%GetOptimizationStatus(askedExtreme) & 64) !== 0]));
    `;
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out.trim())).toEqual([['largest', 'largest', 'largest', 'largest'], true]);
  });
});
