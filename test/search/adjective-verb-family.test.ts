import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// An English story written for this test: the channel's depth is told by the verb made of the
// adjective (deepened), which Porter stemming keys apart from deep.
const STORY = [
  'The council voted to build a new harbour for larger ships.',
  'Fishing boats use the channel every morning.',
  'The harbour master said the channel would need to be deepened by two metres before the ships could dock.',
  'The council will meet again in April.',
];

describe('an adjective asked meets the verb in -en the story makes of it (deep ~ deepened)', () => {
  const knowledge = knowledgeWith({ harbour: { lines: STORY, language: 'en' } });
  const index = buildIndex(knowledge);

  it('lists deepen in deep\'s family (thesaurus/derived.en.tsv, from the verb\'s WordNet gloss "make deeper")', () => {
    expect(knowledge.derived.get('en:deep')).toContain('en:deepen');
    const deep = parseQuery(index, 'how deep is the channel?', undefined, 'harbour').units.find((u) => u.label === 'deep');
    expect(deep?.alts.some((a) => a.key === 'en:deepen')).toBe(true);
  });

  it('answers "how deep is the channel?" from the sentence that says it must be deepened', () => {
    expect(firstLabelOf(knowledge)('how deep is the channel?', 'harbour')).toBe('3');
  });
});
