import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';

// The dictionary's build orders equal-evidence English translations by their words, not by their keys
// (scripts/build-dictionary.ts, rank): a change in how English is keyed (*sly* → `sli` beside *slier*)
// then reorders no entry, nor which three glosses `glossOf` shows. ماكرون is stemmed as ماكر, "sly",
// whose first three glosses (*shiftier*, *shiftiest*, *slier*) are no common word: it stays a name
// the story lacks, and the question is refused, as it was before *sly* was keyed `sli`.
describe('an Arabic word’s glosses keep their order when English keys change', () => {
  const engine = loadEngine({ load: { handMade: false } });

  it('refuses a question about Macron, whom the seed story never names', () => {
    const r = engine.ask('ماذا قال ماكرون عن المكالمة؟', undefined, { story: 'bbc-2025-02-12-trump-putin-call' });
    expect(r.abstained).toBe(true);
    expect(r.unknown).toContain('ماكرون');
  });
});
