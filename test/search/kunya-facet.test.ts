import { describe, expect, it } from 'vitest';
import { compileFacets, facetUnheld } from '../../src/search/facets.js';
import { buildIndex } from '../../src/search/index.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// أبو before a word with the article opens a kunya, a name ("father of the …"): أبو الطيب المتنبي is
// the poet, not his father. The parent facet's أبوه shares its key with أبو, so the question
// "ما هو عدد قصائد أبو الطيب المتنبي؟" was read as asking for a father or mother, and refused where the
// sentences beside the answer spoke of none.
const knowledge = knowledgeWith({
  'ar-poet': {
    lines: [
      'أبو الطيب المتنبي شاعر عربي من أشهر شعراء العصر العباسي.',
      'نشأ في الكوفة وتعلم فيها اللغة والأدب.',
      'ترك المتنبي ديوانا يضم 326 قصيدة في المدح والحكمة.',
      'وقتل المتنبي قرب بغداد سنة 965.',
    ],
    language: 'ar',
  },
  'ar-river': {
    lines: ['يمر النهر بالمدينة القديمة.', 'ويزرع الفلاحون القطن على ضفتيه.', 'وبنيت على النهر قنطرة من الحجر.'],
    language: 'ar',
  },
});
const ask = firstLabelOf(knowledge);

describe('a kunya is a name, not a parent asked for', () => {
  it('answers a question naming the poet by his kunya', () => {
    expect(ask('ما هو عدد قصائد أبو الطيب المتنبي؟', 'ar-poet')).toBe('3');
  });
  it('reads أبو before a word with the article as no parent', () => {
    const index = buildIndex(knowledge);
    const facets = compileFacets(index, knowledge.facets ?? []);
    const river = [index.stories.findIndex((st) => st.info.id === 'ar-river')];
    expect(facetUnheld(index, facets, index.analyzer.analyze('كم عدد قصائد أبو الطيب المتنبي؟'), river, 'ar')).toBeUndefined();
    // Before a name without it, أبو may be the father asked for: "what did Jundah's father do?"
    expect(facetUnheld(index, facets, index.analyzer.analyze('ماذا كان يعمل ابو جندح؟'), river, 'ar')).toBe('أب أو أم');
    expect(facetUnheld(index, facets, index.analyzer.analyze('من هو أبوه؟'), river, 'ar')).toBe('أب أو أم');
  });
});
