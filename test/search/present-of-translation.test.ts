import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. The dictionary gives *return* as the perfect عاد;
// the story tells what will happen, in the present that light stemming keys with its prefix (ستعود,
// keyed by تعود). Both sentences name the city, so only the verb can choose the second.
const AR_STORY = ['تقع المدينة على ضفة النهر الشرقية.', 'قال المحافظ إن الكهرباء ستعود إلى المدينة غدا.'];

const knowledge = knowledgeWith({ 'ar-city': { lines: AR_STORY, language: 'ar' } });
const engine = createEngine({ knowledge });
const top = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'ar-city' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};
const index = buildIndex(knowledge);
/** The keys a question's word may match, with their quality. */
const alternatives = (q: string, word: string, presentOfTranslation: number) =>
  parseQuery(index, q, { ...SEARCH_DEFAULTS, presentOfTranslation })
    .units.find((u) => u.label === word)
    ?.alts.map((a) => `${a.key}@${a.q.toFixed(2)}`);

describe("an English verb on an Arabic story that writes the verb's present", () => {
  it('finds the present of the perfect the dictionary gives (return → عاد → ستعود), for 0.64, not only its root', () => {
    expect(top('What will return to the city?')).toBe('2');
    expect(alternatives('What will return to the city?', 'return', 0.8)).toContain('ar:تعود@0.64');
    // Without it only the light root is left (0.44).
    expect(alternatives('What will return to the city?', 'return', 0)).not.toContain('ar:تعود@0.64');
  });
  it('does so for a phrasal verb\'s meaning too ("come back" means return)', () => {
    expect(top('What will come back to the city?')).toBe('2');
  });
});
