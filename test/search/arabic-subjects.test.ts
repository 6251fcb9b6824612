import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// Arabic drops a pronoun subject: "وكان قد درس …" goes on about the person the sentence before opens on.
// The first sentence has the verb asked about but someone else's; the third has it and only points back
// at the scientist. Without the Arabic subject words the two tie and story order picks the first.
const STORY = ['درس الطلاب الطب في جامعة القاهرة.', 'زويل عالم مصري.', 'وكان قد درس الكيمياء في جامعة الإسكندرية.'];

describe('an Arabic sentence that opens on a pronoun or on كان', () => {
  it('is about the subject of the sentence before it', () => {
    const engine = createEngine({ knowledge: knowledgeWith({ 'ar-zewail': { lines: STORY, language: 'ar' } }) });
    const r = engine.ask('ماذا درس زويل؟', undefined, { story: 'ar-zewail' });
    expect(r.answers[0]?.ref).toBe('3');
  });
});
