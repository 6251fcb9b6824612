import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// Stories nobody prepared, written for this test. *Macron* is no word of either story, but its
// consonants (mkrn) are those of مقارنة ("comparison"), a word the dictionary translates: no spelling of
// the name. Reached as one, it made the name a word the archive holds, so the question was not refused
// as naming someone no story mentions, and the tram story answered it.
const knowledge = knowledgeWith({
  'en-tram': {
    language: 'en',
    lines: [
      'The city council voted on Tuesday to build a tram line to the campus.',
      'The mayor said the tram would cut car traffic by a fifth.',
      'Work is due to begin next spring.',
    ],
  },
  'ar-olive': {
    language: 'ar',
    lines: ['أعلنت الوزارة أن إنتاج الزيت سيتراجع مقارنة بالموسم الماضي.', 'وضرب الجفاف المنطقة للسنة الثالثة.', 'ويقول المزارعون إن المطر قليل.'],
  },
});
const refused = (falseFriends: number) => createEngine({ knowledge, options: { falseFriends } }).ask('what did Macron say about the tram?').abstained;

describe('a Latin name and an Arabic word of its consonants that the dictionary translates', () => {
  it('are no spelling of each other: the name no story mentions is refused', () => {
    expect(refused(1)).toBe(true);
  });
  it('(without the rule the tram story answered)', () => {
    expect(refused(0)).toBe(false);
  });
});
