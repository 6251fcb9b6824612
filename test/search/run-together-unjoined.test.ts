import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// Two Arabic words typed without the space after a letter that does not join the next (ا د ذ ر ز و ء ة
// ى) look spaced on the screen: لدورىرابطة, ماذايحدث. Read as one word the stories lack, the run weighs
// as an unknown name and the question is refused; read as the two, it is answered.
describe('Arabic words run together after a letter that does not join', () => {
  // A story nobody prepared, written for this test.
  const knowledge = knowledgeWith({
    'ar-league': {
      lines: [
        'دوري رابطة أبطال آسيا بطولة سنوية لأندية كرة القدم في القارة.',
        'كانت البطولة تعرف سابقاً باسم بطولة آسيا للأندية الأبطال.',
        'يشارك في الدوري أربعون نادياً من دول القارة.',
      ],
      language: 'ar',
    },
  });
  const index = buildIndex(knowledge);
  const labels = (q: string, runTogetherUnjoined = 1) => parseQuery(index, q, { ...SEARCH_DEFAULTS, runTogetherUnjoined }).units.map((u) => u.label);

  it('reads the run as its two words', () => {
    expect(labels('ما الاسم السابق لدورىرابطة أبطال آسيا؟')).toEqual(expect.arrayContaining(['لدورى', 'رابطة']));
    expect(labels('ما الاسم السابق لدورىرابطة أبطال آسيا؟', 0)).toContain('لدورىرابطة');
    // Two framing words run together are a framing phrase, no word of the question.
    expect(labels('ماذايحدث في الدوري؟')).toEqual(['الدوري']);
  });

  it('leaves a word the dictionary knows whole', () => {
    expect(labels('اذكر ناديا في الدوري')).toContain('اذكر');
  });

  it('lets the question be answered', () => {
    // The accusative off: السابق would otherwise also meet the story's سابقاً and answer without the run read.
    const ask = (runTogetherUnjoined: number) =>
      createEngine({ knowledge, options: { runTogetherUnjoined, accusative: 0 } }).ask('ما الاسم السابق لدورىرابطة الأبطال؟', undefined, {
        story: 'ar-league',
      });
    expect(ask(0).abstained).toBe(true);
    const r = ask(1);
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('سابقاً');
  });
});
