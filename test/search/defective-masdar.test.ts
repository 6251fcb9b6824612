import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. The question asks with the present of أجرى ("to
// hold", a defective verb of the form أفعل: ستجري, "will hold"); the story writes its verbal noun
// (إجراء, "holding"). Both sentences name the elections, so only the verb can choose the second.
const AR_STORY = ['قالت اللجنة إن الانتخابات مهمة للبلاد.', 'وقال الوزير إن من المستحيل إجراء الانتخابات قبل الربيع.'];

const knowledge = knowledgeWith({ 'ar-vote': { lines: AR_STORY, language: 'ar' } });
const engine = createEngine({ knowledge });
const without = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, defectiveMasdar: 0 } });
const top = (e: typeof engine, q: string) => {
  const r = e.ask(q, undefined, { story: 'ar-vote' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('the present of a defective verb of the form أفعل finds its verbal noun', () => {
  it('ستجري → إجراء', () => {
    expect(top(engine, 'هل ستجري الانتخابات؟')).toBe('2');
    expect(top(without, 'هل ستجري الانتخابات؟')).not.toBe('2');
  });
  it('تجري → إجراء', () => {
    expect(top(engine, 'متى تجري الانتخابات؟')).toBe('2');
    expect(top(without, 'متى تجري الانتخابات؟')).not.toBe('2');
  });
});
