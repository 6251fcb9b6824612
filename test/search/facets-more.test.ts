import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// More facets (knowledge/facets.jsonl, oos9): a question asking for one of them is refused when neither
// its best answer nor a sentence beside it speaks of it, as for a spouse or a death.
const knowledge = knowledgeWith({
  'en-club': {
    lines: [
      'The Riverside Club is a football club in the town of Marlow.',
      'The Riverside Club won the county cup in 1921 and again in 1950.',
      'The Riverside Club spent ten years building its stadium beside the river.',
    ],
    language: 'en',
  },
  'en-fund': {
    lines: ['The town of Marlow opened a new bridge in 1990.', 'Marlow spent $40 million on the bridge.', 'The bridge crosses the river.'],
    language: 'en',
  },
  'ar-club': {
    lines: ['نادي الضفة نادي كرة قدم في مدينة مارلو.', 'فاز نادي الضفة بكأس المقاطعة سنة 1921.', 'يقع ملعب النادي قرب النهر.'],
    language: 'ar',
  },
  'ar-doctor': {
    lines: ['سامي نور طبيب وكاتب من مدينة مارلو.', 'عمل سامي نور في مستشفى المدينة عشرين عاما.', 'كتب سامي نور ثلاثة كتب عن الطب.'],
    language: 'ar',
  },
  'en-doctor': {
    lines: [
      'Sami Noor is a doctor and writer from the town of Marlow.',
      'Sami Noor worked at the town hospital for twenty years.',
      'Sami Noor wrote three books about medicine.',
    ],
    language: 'en',
  },
});
const ask = firstLabelOf(knowledge);
const off = { facetCheck: 0, facetNear: 0 };

describe('a discovery or an invention', () => {
  it('is refused of a story that tells of none, and was answered without the facet', () => {
    expect(ask('Who discovered the town of Marlow?', 'en-doctor')).toBe('refused');
    expect(ask('من اكتشف مدينة مارلو؟', 'ar-doctor')).toBe('refused');
    expect(ask('Who discovered the town of Marlow?', 'en-doctor', off)).not.toBe('refused');
  });
});

describe('a sum spent, paid or earned', () => {
  it('is refused of a story that names no sum, and was answered without the facet', () => {
    expect(ask('How much did the Riverside Club spend on its stadium?', 'en-club')).toBe('refused');
    expect(ask('كم أنفق نادي الضفة على ملعبه؟', 'ar-club')).toBe('refused');
    expect(ask('How much did the Riverside Club spend on its stadium?', 'en-club', off)).not.toBe('refused');
  });
  it('is answered by a story that names one', () => {
    expect(ask('How much did Marlow spend on the bridge?', 'en-fund')).toBe('2');
  });
});
