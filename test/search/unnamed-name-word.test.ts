import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A word another story found as a name (الحكم, a man's name in a genealogy) is read as that name in every
// question, with the word's own spellings but not its light root: asked of a story that never names it,
// "ما هو نظام الحكم في كندا؟" did not meet the story's يحكمها ("rules it"), and was refused. Asked of one
// story that does not name the concept, the word keeps all its alternatives (`unnamedNameWord`).
describe('a word found as a name in another story', () => {
  // Stories nobody prepared, written for this test.
  const knowledge = knowledgeWith({
    'ar-tribe': {
      lines: ['ولد الحجاج بن يوسف بن الحكم بن أبي عقيل في الطائف.', 'وكان الحكم بن أبي عقيل من أشراف ثقيف.', 'وقال الحكم إن قومه لن يرحلوا.'],
      language: 'ar',
    },
    'ar-country': {
      lines: [
        'وتقع كندا في أمريكا الشمالية.',
        'ولدى كندا نظام صحي عام يغطي جميع السكان.',
        'ويتحدث سكانها الإنجليزية والفرنسية.',
        'كندا دولة فيدرالية يحكمها نظام ديمقراطي تمثيلي وملكية دستورية.',
        'وعاصمتها أوتاوا.',
        'وأكبر مدنها تورونتو.',
        'ويبلغ عدد سكانها نحو أربعين مليون نسمة.',
        'وعملتها الدولار الكندي.',
      ],
      language: 'ar',
    },
  });
  // unnamedWordPerson off: it reads الحكم, written with the article, as the word in a story that names no
  // such person (and so meets يحكمها too); foundElsewhere off too (the story found no name holding الحكم, and
  // one story alone found it); this test is of unnamedNameWord alone.
  const engine = (unnamedNameWord: number, unnamedWordPerson = 0) =>
    createEngine({ knowledge, options: { unnamedNameWord, unnamedWordPerson, foundElsewhere: 0 } });

  it('meets the word by its root where the story asked does not name it', () => {
    const q = 'ما هو نظام الحكم في كندا؟';
    expect(engine(0).ask(q, undefined, { story: 'ar-country' }).abstained).toBe(true);
    const r = engine(1).ask(q, undefined, { story: 'ar-country' });
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('يحكمها');
    expect(engine(0, 1).ask(q, undefined, { story: 'ar-country' }).answers[0]?.text).toContain('يحكمها');
  });

  it('reads the name as before in the story that names it', () => {
    const r = engine(1).ask('ماذا قال الحكم؟', undefined, { story: 'ar-tribe' });
    expect(r.answers[0]?.text).toContain('وقال الحكم');
  });
});
