import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// Who founded something, asked of a story that never says a founding (founded, established; تأسس، أسس،
// أنشئ) or says it only away from the answer: the founder is a facet, as the date of a building is.
const knowledge = knowledgeWith({
  'ar-club': {
    lines: [
      'فاز نادي الواحة بالدوري عام 1984 بعد موسم طويل.',
      'يلعب نادي الواحة بالقمصان الخضراء.',
      'يحضر المشجعون كل مباراة.',
      'انتخب سامي الراشد رئيسا للنادي عام 2001.',
      'يقود سامي الراشد النادي منذ ذلك الحين.',
      'يزور الطلاب الملعب في الربيع.',
    ],
    language: 'ar',
  },
  'en-company': {
    lines: [
      'The Palm Shipping Company was established in 1950 by merchants from Dubai.',
      'It owns a fleet of cargo ships.',
      'Its director Hassan Attar was born in Cairo in 1932.',
    ],
    language: 'en',
  },
});
const ask = firstLabelOf(knowledge);

describe('a who question asking who founded something', () => {
  it('is refused when neither the story nor the answer speaks of a founding', () => {
    expect(ask('من هو مؤسس نادي الواحة؟', 'ar-club')).toBe('refused');
    expect(ask('Who founded the Al Waha club?', 'ar-club')).toBe('refused');
  });
  it('was answered without the facet checks (the club and its president)', () => {
    const off = { facetCheck: 0, facetNear: 0 };
    expect(ask('من هو مؤسس نادي الواحة؟', 'ar-club', off)).not.toBe('refused');
  });
  it('is answered by the sentence that says it in another word, in either language', () => {
    expect(ask('Who founded the Palm Shipping Company?', 'en-company')).toBe('1');
    expect(ask('من أسس شركة النخيل؟', 'en-company')).toBe('1');
  });
  it('asks nothing of a who question about something else', () => {
    expect(ask('من يقود نادي الواحة؟', 'ar-club')).not.toBe('refused');
  });
});
