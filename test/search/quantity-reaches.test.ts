import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// "كم يبلغ / كم تبلغ / كم بلغ / كم بلغت …؟" ("how much does … come to?") asks for an amount as كم does
// (knowledge/answer-types.jsonl, "quantity"): the verb is part of the asking, not a word to find. Read as a
// word, its translations (*amount*, *reach*) matched many a sentence and carried out-of-scope questions
// over the bar (كم تبلغ مدة بطارية الآيبود تاتش؟).
const knowledge = knowledgeWith({
  'ar-park': { lines: ['تبلغ مساحة الحديقة عشرة هكتارات.', 'وبلغ عدد زوارها ألف زائر في اليوم.'], language: 'ar' },
});
const labels = (k: typeof knowledge, q: string) => parseQuery(buildIndex(k), q, SEARCH_DEFAULTS).units.map((u) => u.label);
const without = {
  ...knowledge,
  answerTypes: knowledge.answerTypes.map((t) =>
    t.id === 'quantity' ? { ...t, ask: { ...t.ask, ar: (t.ask.ar ?? []).filter((p) => !/^كم (يبلغ|تبلغ|بلغ|بلغت)$/.test(p)) } } : t,
  ),
};

describe('كم يبلغ / كم تبلغ asks for an amount', () => {
  it('asks for a quantity, and the verb is no word of the question', () => {
    for (const q of ['كم تبلغ مساحة الحديقة؟', 'كم يبلغ عدد الزوار؟', 'كم بلغت تكلفة الحديقة؟', 'كم بلغ عدد الزوار؟']) {
      expect(parseQuery(buildIndex(knowledge), q, SEARCH_DEFAULTS).answerTypes).toContain('quantity');
      expect(labels(knowledge, q).some((l) => /بلغ/.test(l))).toBe(false);
    }
  });
  it('was a word to find without the phrases', () => {
    expect(labels(without, 'كم تبلغ مساحة الحديقة؟').some((l) => /بلغ/.test(l))).toBe(true);
  });
});
