import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. The question asks with a derived verb's present (تطل,
// "overlooks", of أطل); the story tells it with the participle (المطلة, "overlooking"). Both sentences
// name the town, so only the verb can choose the second.
const AR_STORY = ['المدينة قديمة وفيها أسواق كثيرة ومساجد.', 'بنيت المدينة على التلال المطلة على البحر.'];

const knowledge = knowledgeWith({ 'ar-town': { lines: AR_STORY, language: 'ar' } });
const engine = createEngine({ knowledge });
const without = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, participle: 0 } });
const top = (e: typeof engine, q: string) => {
  const r = e.ask(q, undefined, { story: 'ar-town' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe("a derived verb's present finds its participle", () => {
  it('تطل → المطلة', () => {
    expect(top(engine, 'على ماذا تطل المدينة؟')).toBe('2');
    expect(top(without, 'على ماذا تطل المدينة؟')).not.toBe('2');
  });
});
