import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// Where someone is buried, whether and when they were executed, where they were held: asked of a story
// about them that never speaks of a burial, an execution or a prison, the subject's name matches its
// lead sentence (with a place and the dates of a life), which answers none of it.
const knowledge = knowledgeWith({
  'en-leader': {
    lines: [
      'Omar Farid (1858 – 1931) was a leader of the resistance in the desert.',
      'Omar Farid fought the occupying army for twenty years.',
      'Omar Farid taught the Quran in the oasis of Jaghbub.',
    ],
    language: 'en',
  },
  'en-king': {
    lines: [
      'King Karim (1850 – 1921) ruled the northern kingdom for forty years.',
      'King Karim was buried in the royal tomb beside his father.',
      'King Karim built a palace in the capital.',
    ],
    language: 'en',
  },
  'ar-leader': {
    lines: ['عمر فريد (1858 - 1931) قائد المقاومة في الصحراء.', 'حارب عمر فريد الجيش المحتل عشرين عاما.', 'علم عمر فريد القرآن في واحة الجغبوب.'],
    language: 'ar',
  },
  'ar-rebel': {
    lines: ['قاد سالم نور الثورة في الجبل سنة 1954.', 'اعتقل الجيش سالم نور سنة 1957.', 'أعدم سالم نور في السجن سنة 1957 ودفن في قريته.'],
    language: 'ar',
  },
});
const ask = firstLabelOf(knowledge);

describe('a burial, an execution or a prison the story never speaks of', () => {
  it('is refused, in either language and across them', () => {
    expect(ask('أين دفن عمر فريد؟', 'ar-leader')).toBe('refused');
    expect(ask('Where is Omar Farid buried?', 'ar-leader')).toBe('refused');
    expect(ask('When was Omar Farid executed?', 'en-leader')).toBe('refused');
    expect(ask('متى أعدم عمر فريد؟', 'ar-leader')).toBe('refused');
    expect(ask('When was Omar Farid executed?', 'ar-leader')).toBe('refused');
    expect(ask('Where was Omar Farid imprisoned?', 'en-leader')).toBe('refused');
    expect(ask('أين سجن عمر فريد؟', 'ar-leader')).toBe('refused');
  });
  it('was answered without the facets (the name matches the lead sentence)', () => {
    const off = { facetCheck: 0, facetNear: 0 };
    expect(ask('Where is Omar Farid buried?', 'ar-leader', off)).toBe('1');
    expect(ask('أين دفن عمر فريد؟', 'ar-leader', off)).toBe('1');
    expect(ask('When was Omar Farid executed?', 'en-leader', off)).toBe('1');
    expect(ask('متى أعدم عمر فريد؟', 'ar-leader', off)).toBe('1');
    expect(ask('Where was Omar Farid imprisoned?', 'en-leader', off)).toBe('3');
  });
  it('is answered by a story that speaks of it', () => {
    expect(ask('Where is King Karim buried?', 'en-king')).toBe('2');
    expect(ask('أين دفن سالم نور؟', 'ar-rebel')).toBe('3');
    expect(ask('متى أعدم سالم نور؟', 'ar-rebel')).toBe('3');
    expect(ask('متى سجن سالم نور؟', 'ar-rebel')).not.toBe('refused');
  });
  it('says what the story does not mention', () => {
    const engine = createEngine({ knowledge });
    expect(engine.ask('Where is Omar Farid buried?', undefined, { story: 'ar-leader' }).unknown).toEqual(['a burial or a grave']);
    expect(engine.ask('متى أعدم عمر فريد؟', undefined, { story: 'ar-leader' }).unknown).toEqual(['إعدام']);
  });
});
