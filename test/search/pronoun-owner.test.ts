import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test: the second sentence opens on a phrase of time that "her" owns, and
// names other things besides.
const EN_STORY = [
  'Carla Mendes said in 1990 that the Ravens would win again.',
  'During her nine seasons the Ravens won four titles.',
  'The Ravens won two titles in 2005.',
];

describe('a sentence opening on "During his …", "After her …"', () => {
  it('is about the person the sentence before named', () => {
    const index = buildIndex(knowledgeWith({ coach: { lines: EN_STORY, language: 'en' } }));
    const mendes = (index.namesByStory.get('coach') ?? []).find((e) => e.en.some((f) => f.includes('Mendes')));
    expect(mendes?.kind).toBe('person');
    // Sentence 2 carries her (an `s:` key, as a sentence opening on "She" does); sentence 3 does not.
    const carried = [...(index.postings.get(`s:${mendes?.id}`) ?? [])];
    expect(carried).toEqual([1]);
  });
});
