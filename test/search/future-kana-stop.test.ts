import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. سيكون / ستكون ("will be") are forms of كان, a stop
// word like يكون and تكون; as content words they matched nothing (light stemming keys سيكون as سيك)
// and weighed against the question's real words, which could make a question refused.
const AR_STORY = ['يعقد مؤتمر المناخ في جنيف يوم الاثنين المقبل.', 'قال الوزير إن الاقتصاد قوي هذا العام.'];

const index = buildIndex(knowledgeWith({ 'ar-future': { lines: AR_STORY, language: 'ar' } }));
const labels = (q: string) => parseQuery(index, q, SEARCH_DEFAULTS).units.map((u) => u.label);

describe('future forms of كان are stop words', () => {
  it('متى سيكون مؤتمر جنيف؟ asks about the conference in Geneva only', () => {
    expect(labels('متى سيكون مؤتمر جنيف؟')).not.toContain('سيكون');
    expect(labels('متى سيكون مؤتمر جنيف؟')).toContain('مؤتمر');
  });
  it('ستكون too', () => expect(labels('أين ستكون القمة؟')).not.toContain('ستكون'));
});
