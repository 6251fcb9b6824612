/**
 * perf4 (eighteenth session): functions run for every question make no named closure. Under tsx,
 * which runs the engine in development, in the evals and in the benchmarks, esbuild names every such
 * closure when it is made (`__name`, a property defined on the function: perf2 and perf3 measured it at
 * about 4% of a median question); a closure also costs an allocation on plain Node. The helpers are
 * module functions instead. This test reads the source, so a closure put back fails it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The body of a top-level function of a source file: from its `function` line to the first line that is `}`. */
function bodyOf(file: string, name: string): string {
  const text = readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^(export )?function ${name}\\(`).test(l));
  expect(start, `${name} in ${file}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l === '}');
  return lines.slice(start + 1, end).join('\n');
}

/** The closures given a name in a body (`const f = (…) =>`, `const f = x =>`, `function f(`). */
function namedClosures(body: string): string[] {
  const found: string[] = [];
  for (const m of body.matchAll(/(?:const|let)\s+(\w+)\s*=\s*(?:async\s*)?(?:\([^()]*\)|\w+)\s*(?::\s*[^=;]+)?=>/g)) found.push(m[1] as string);
  for (const m of body.matchAll(/\bfunction\s+(\w+)\s*\(/g)) found.push(m[1] as string);
  return found;
}

describe('functions run for every question', () => {
  it("readQuery makes no closure for the 'other' check (beside and adjectival were closures)", () => {
    const named = namedClosures(bodyOf('search/query.ts', 'readQuery'));
    expect(named).not.toContain('beside');
    expect(named).not.toContain('adjectival');
    expect(named).toEqual(['askedStory']);
  });
  it('epithetAt and startsWithPhrase make no closure at all', () => {
    expect(bodyOf('search/query.ts', 'epithetAt')).not.toContain('=>');
    expect(bodyOf('search/query.ts', 'startsWithPhrase')).not.toContain('=>');
  });
  it('the test finds a named closure where there is one', () => {
    expect(namedClosures('  const f = (i: number) => i;\n  const g = x => x;\n  function h(a) {}\n  xs.map((x) => x);')).toEqual(['f', 'g', 'h']);
  });
});
