import { describe, expect, it } from 'vitest';
import { compileFacets, facetUnsaidNear } from '../../src/search/facets.js';
import { buildIndex } from '../../src/search/index.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// كم is "how many", a stop word, and Arabic's abbreviation of kilometres: "ليبيا بطول 1115 كم". Right
// after a number it says a length (the facet's "afterNumber" words), so "ما طول الحدود الليبية؟" is no
// longer refused for "a height, length or distance" that the sentence giving it seemed not to speak of.
const knowledge = knowledgeWith({
  'ar-country': {
    lines: [
      'تقع الدولة في شمال أفريقيا ويعيش فيها نحو مئة مليون نسمة.',
      'وتشترك بحدود مع ثلاث دول، فيحدها من الغرب ليبيا بطول 1115 كم ومن الجنوب السودان بطول 1276 كم.',
      'ويعمل معظم سكانها في الزراعة على ضفاف النهر.',
      'ولا يعرف أحد كم عدد القرى فيها.',
    ],
    language: 'ar',
  },
});
const ask = firstLabelOf(knowledge);

describe('a number before كم says a length', () => {
  it('answers a question asking the length of a border given in كم', () => {
    expect(ask('ما طول الحدود الليبية؟', 'ar-country')).toBe('2');
  });
  it('reads كم as kilometres only right after a number', () => {
    const index = buildIndex(knowledge);
    const facets = compileFacets(index, knowledge.facets ?? []);
    const tokens = index.analyzer.analyze('ما طول الحدود الليبية؟');
    const start = index.storyStart[index.stories.findIndex((st) => st.info.id === 'ar-country')] as number;
    expect(facetUnsaidNear(index, facets, tokens, [start + 1], 'ar')).toBeUndefined();
    // "how many villages": كم with no number before it says no length.
    expect(facetUnsaidNear(index, facets, tokens, [start + 3], 'ar')).toBe('طول أو ارتفاع أو مسافة');
  });
});
