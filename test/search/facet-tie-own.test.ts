import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// "في عام توفي الشافعي؟": the sentence of his birth's year and the sentence of his death tie exactly, on
// the name and one word each, and story order put the birth first; no sentence near it speaks of a death,
// so the question was refused. A hit tying the first exactly may say the facet in the question's own word
// (توفي): ranking could not tell the two apart, and only it speaks of what is asked.
const knowledge = knowledgeWith({
  'ar-jurist': {
    lines: ['ولد الشافعي بغزة عام 150 هـ.', 'ونشأ في مكة وحفظ القرآن صغيرا.', 'ثم رحل إلى بغداد فدرس فيها الفقه.', 'وعاش الشافعي في مصر حتى توفي سنة 204 هـ.'],
    language: 'ar',
  },
});

const ask = firstLabelOf(knowledge);

describe('a hit tying the first says the facet in the question’s own word', () => {
  it('answers with the sentence of the death', () => {
    expect(ask('في عام توفي الشافعي؟', 'ar-jurist')).toBe('4');
  });
  it('refuses without the rule', () => {
    expect(ask('في عام توفي الشافعي؟', 'ar-jurist', { facetTieOwn: 0 })).toBe('refused');
  });
});
