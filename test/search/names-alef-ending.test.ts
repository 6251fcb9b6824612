import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// An Arabic story written for this test about a syndrome named after a doctor, Down (داون). Light
// stemming reads داون's ون as a plural's ending and keys it دا, which the dictionary translates by
// other words' senses (art, politic): no stem ends in ا before the sound plural's ending.
const STORY = [
  'متلازمة داون حالة وراثية تنتج عن نسخة إضافية من كروموسوم 21.',
  'يمكن الكشف عن متلازمة داون أثناء الحمل.',
  'سميت متلازمة داون نسبة إلى الطبيب البريطاني جون لانغدون داون الذي وصفها في عام 1862.',
];

describe('a four-letter word ending in اون or اين is no plural for the name finder (داون, Down)', () => {
  const knowledge = knowledgeWith({ down: { lines: STORY, language: 'ar' } });

  it('finds داون as a name of the story', () => {
    expect(buildIndex(knowledge).nameKeys.has('ar:دا')).toBe(true);
  });

  it('answers "What is Down syndrome?", the capitalised Down spelling that name', () => {
    expect(firstLabelOf(knowledge)('What is Down syndrome?', 'down')).toBe('1');
  });
});
