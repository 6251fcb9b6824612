import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story about one person, written for this test: the sentence after the one that names her says
// "she", though not as its subject (a sentence opening with "She" continues the person before it
// anyway). Sentences 1 and 3 match the question's other word alike and each sits next to sentence 2.
const EN_STORY = ['Her sister Anna opened a bakery in York.', 'Mira Holt moved to Leeds in 2001.', 'During her first spring there, she opened a bakery.'];

const knowledge = knowledgeWith({ holt: { lines: EN_STORY, language: 'en', title: 'Mira Holt' } });
const engine = createEngine({ knowledge });

describe("the title's subject", () => {
  it('is who a sentence right after one naming it is about', () => {
    // Sentence 3 continues sentence 2 ("she"): it is about Mira Holt as if it named her; sentence 1,
    // before her name, is about someone else.
    const r = engine.ask('What did Mira Holt open?', undefined, { story: 'holt' });
    expect(r.abstained ? 'refused' : r.answers[0]?.ref).toBe('3');
  });
});
