import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// "أين تقع لبنان؟" of a story that says where Lebanon lies by موقعه ("its location"): تقع is the present of
// وقع, which drops the root's first و, and light rooting keeps a word of three letters whole (rt:تقع), so
// the question's verb never met the story's موقع, واقع or الوقائع (rt:وقع) and the name alone was below the bar.
describe('the present of a root whose first letter is و', () => {
  // A story nobody prepared, written for this test.
  const knowledge = knowledgeWith({
    'ar-valley': {
      lines: [
        'وادي السنديان قرية جبلية يسكنها نحو ألفي نسمة.',
        'ويمتاز وادي السنديان بموقعه بين سلسلتين من الجبال العالية.',
        'ويعمل معظم أهل وادي السنديان في زراعة الزيتون والعنب.',
        'وافتتح في وادي السنديان مستوصف صغير قبل سنوات.',
      ],
      language: 'ar',
    },
    // Another story writes تقع as asked: the question's word is then held as written, and no fallback form reads it.
    'ar-river': { lines: ['تقع المدينة على ضفة النهر الشرقية.', 'وبنيت فيها جسور كثيرة.'], language: 'ar' },
  });
  const options = (assimilatedRoot: number) => ({ ...SEARCH_DEFAULTS, assimilatedRoot });
  const ask = (assimilatedRoot: number, q: string) => createEngine({ knowledge, options: { assimilatedRoot } }).ask(q, undefined, { story: 'ar-valley' });

  it('also matches the و root (تقع ~ موقع)', () => {
    const index = buildIndex(knowledge);
    const alts = (on: number) => parseQuery(index, 'أين تقع وادي السنديان؟', options(on)).units.find((u) => u.label === 'تقع')?.alts ?? [];
    expect(alts(0).some((a) => a.key === 'rt:وقع')).toBe(false);
    expect(alts(1).some((a) => a.key === 'rt:وقع')).toBe(true);
  });

  it('answers where a place lies from the sentence giving its location', () => {
    const q = 'أين تقع وادي السنديان؟';
    expect(ask(0, q).abstained).toBe(true);
    const on = ask(1, q);
    expect(on.abstained).toBe(false);
    expect(on.answers[0]?.ref).toBe('2');
  });
});
