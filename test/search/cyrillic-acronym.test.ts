import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/text/analyzer.js';
import { cyrillicAcronymAsLatin } from '../../src/text/normalize.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// An Arabic story written for this test, which gives a Russian acronym in Cyrillic letters (СССР),
// as Arabic encyclopaedia articles do; a reader types it in the Latin letters it looks like (CCCP).
const STORY = [
  'تأسس الاتحاد في عام 1922 وانتهى في عام 1991.',
  'والاسم الكامل هو اتحاد الجمهوريات السوفيتية الاشتراكية ويعرف اختصارا بالروسية СССР.',
  'وكانت عاصمته موسكو.',
];

describe('a Cyrillic acronym drawn with Latin-looking capitals is read as those Latin letters', () => {
  it('keys СССР as CCCP, and leaves other Cyrillic alone', () => {
    const analyzer = createAnalyzer({ stopwords: { en: [], ar: [] }, protectedArabic: [] });
    const [cyrillic] = analyzer.analyze('СССР');
    const [latin] = analyzer.analyze('CCCP');
    expect(cyrillic?.key).not.toBe('');
    expect(cyrillic?.key).toBe(latin?.key);
    expect(cyrillicAcronymAsLatin('КГБ')).toBeUndefined();
    expect(cyrillicAcronymAsLatin('Союз')).toBeUndefined();
  });

  it('answers "What does CCCP stand for?" from the sentence that writes СССР', () => {
    const ask = firstLabelOf(knowledgeWith({ ussr: { lines: STORY, language: 'ar' } }));
    expect(ask('What does CCCP stand for?', 'ussr')).toBe('2');
  });
});
