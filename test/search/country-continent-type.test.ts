import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// "في أي قارة تتواجد دولة بلجيكا؟": Arabic asked for a place with أين, أي بلد and أي مدينة, but not with
// أي دولة or أي قارة (English had "which country"), so قارة was a word the answer had to hold, and the
// sentence that names the country and its continent covered less of the question than the bar.
describe('which country, which continent: a place asked', () => {
  // A story nobody prepared, written for this test.
  const knowledge = knowledgeWith({
    'ar-country': {
      lines: [
        'زهرانيا بلد صغير في غرب أوروبا على ساحل البحر.',
        'يعمل معظم سكانها في الزراعة وتربية الماشية.',
        'وافتتحت الحكومة جامعة جديدة في العاصمة.',
        'ويقول السكان إن الطرق تحتاج إلى إصلاح.',
      ],
      language: 'ar',
    },
  });

  it('reads أي دولة, أي قارة, which continent as asking for a place', () => {
    const index = buildIndex(knowledge);
    for (const q of ['في أي قارة تقع زهرانيا؟', 'أي دولة فيها أكبر جامعة؟', 'Which continent is Zahrania in?'])
      expect(parseQuery(index, q, SEARCH_DEFAULTS).answerTypes).toContain('place');
  });

  it('answers which continent from the sentence that names the place', () => {
    const r = createEngine({ knowledge }).ask('في أي قارة تقع زهرانيا؟', undefined, { story: 'ar-country' });
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('أوروبا');
  });

  it('refused it without those phrases', () => {
    const fewer = new Set(['في أي دولة', 'أي دولة', 'في أي قارة', 'أي قارة']);
    const without = {
      ...knowledge,
      answerTypes: knowledge.answerTypes.map((t) => (t.id === 'place' ? { ...t, ask: { ...t.ask, ar: t.ask.ar.filter((p) => !fewer.has(p)) } } : t)),
    };
    expect(createEngine({ knowledge: without }).ask('في أي قارة تقع زهرانيا؟', undefined, { story: 'ar-country' }).abstained).toBe(true);
  });
});
