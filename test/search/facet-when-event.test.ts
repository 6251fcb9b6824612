import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// When something was built, asked of a story whose sentences on the subject give another of its dates: the
// event asked (built, constructed; بني، شيد) is a facet, which the story never says (the library) or says
// only of something else, away from the answer (the Arabic club's ground).
const knowledge = knowledgeWith({
  'en-library': {
    lines: [
      'The Hesburgh Library holds more than three million volumes.',
      'In 1987 the Hesburgh Library was renamed after the university president.',
      'Its mural faces the football stadium.',
      'Former students paid for the engineering hall in 2005.',
      'The engineering hall stands by the lake.',
      'Visitors come to the campus every autumn.',
    ],
    language: 'en',
  },
  'en-club': {
    lines: ['The Riverside Stadium was built in 1898 by railway workers.', 'Riverside Athletic won the league in 1921.', 'The club plays in green shirts.'],
    language: 'en',
  },
  'ar-club': {
    lines: [
      'فاز نادي الواحة بالدوري عام 1984 بعد موسم طويل.',
      'يلعب نادي الواحة بالقمصان الخضراء.',
      'يحضر المشجعون كل مباراة.',
      'في مدينة أخرى بنيت قاعة للفنون عام 1950.',
      'تقيم القاعة معرضا كل عام.',
      'يزور الطلاب المعرض في الربيع.',
    ],
    language: 'ar',
  },
});
const ask = firstLabelOf(knowledge);

describe('the event a when question names', () => {
  it('is refused when neither the answer nor a sentence beside it says that event', () => {
    expect(ask('When was the Hesburgh Library built?', 'en-library')).toBe('refused');
    expect(ask('متى بني ملعب نادي الواحة؟', 'ar-club')).toBe('refused');
  });
  it('was answered without the facet checks (another date of the same subject)', () => {
    const off = { facetCheck: 0, facetNear: 0 };
    expect(ask('When was the Hesburgh Library built?', 'en-library', off)).not.toBe('refused');
    expect(ask('متى بني ملعب نادي الواحة؟', 'ar-club', off)).not.toBe('refused');
  });
  it('is answered by the sentence that says it, in either language', () => {
    expect(ask('When was the Riverside Stadium built?', 'en-club')).toBe('1');
    expect(ask('متى بني ملعب ريفرسايد؟', 'en-club')).toBe('1');
  });
  it('asks nothing of a question that is not about when', () => {
    expect(ask('Who built the Riverside Stadium?', 'en-club')).toBe('1');
  });
});
