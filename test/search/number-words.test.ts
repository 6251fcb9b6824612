/**
 * A number written as a word is also that number (src/text/english.ts NUMBER_WORDS, src/text/arabic.ts
 * ARABIC_NUMBER_WORDS): "eighteen months" meets a question's 18 or ١٨, and ثلاثة أعوام meets "3 years".
 * Before, a number word was only a word, and the digits of a question in the other language found nothing
 * of it.
 */
import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

const ask = firstLabelOf(
  knowledgeWith({
    'en-bridge': {
      language: 'en',
      lines: [
        'The council voted to close the old bridge to cars after engineers found cracks in its supports.',
        'The repairs will take eighteen months and cost about four million dollars.',
        'Local shop owners said the closure would hurt their business.',
      ],
    },
    'ar-siege': {
      language: 'ar',
      lines: ['حاصر الجيش المدينة في الشتاء.', 'واستمر الحصار ثلاثة أعوام قبل أن تسقط المدينة.', 'وعاد السكان إليها بعد الحرب.'],
    },
  }),
);

describe('number words', () => {
  it("meet the digits of a question, in the story's language or the other", () => {
    expect(ask('What will take 18 months?', 'en-bridge')).toBe('2');
    expect(ask('ما الذي سيستغرق ١٨ شهرا؟', 'en-bridge')).toBe('2');
    expect(ask('What lasted 3 years?', 'ar-siege')).toBe('2');
  });
});
