import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. The dictionary gives *return* as the perfect عاد;
// the story tells what will happen, in the present that light stemming keys with its prefix (ستعود,
// keyed by تعود). Both sentences name the city, so only the verb can choose the second.
const AR_STORY = ['تقع المدينة على ضفة النهر الشرقية.', 'قال المحافظ إن الكهرباء ستعود إلى المدينة غدا.'];

const knowledge = knowledgeWith({ 'ar-city': { lines: AR_STORY, language: 'ar' } });
const engine = createEngine({ knowledge });
const without = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, presentOfTranslation: 0 } });
const top = (e: typeof engine, q: string) => {
  const r = e.ask(q, undefined, { story: 'ar-city' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe("an English verb on an Arabic story that writes the verb's present", () => {
  it('finds the present of the perfect the dictionary gives (return → عاد → ستعود)', () => {
    expect(top(engine, 'What will return to the city?')).toBe('2');
    expect(top(without, 'What will return to the city?')).not.toBe('2');
  });
  it('does so for a phrasal verb\'s meaning too ("come back" means return)', () => {
    expect(top(engine, 'What will come back to the city?')).toBe('2');
  });
});
