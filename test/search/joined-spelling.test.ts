import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test. SilkAir is one word in English and two in Arabic (سيلك اير): neither
// half spells it alone, so without joining them the question matched only its ordinary words, which
// the other sentences share.
const knowledge = knowledgeWith({
  'en-quake': {
    lines: [
      'Flights from the city were cancelled after the quake, and the airport closed for a day.',
      'One SilkAir flight was diverted after the quake and landed in Kunming.',
      'Several flights landed late in Chengdu once the airport opened again.',
    ],
    language: 'en',
  },
});
const q = 'وين هبطت طائرة سيلك اير بعد الزلزال؟';
const top = (joinedSpelling: number) => {
  const r = createEngine({ knowledge, options: { joinedSpelling } }).ask(q, undefined, { story: 'en-quake' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a name Arabic writes in two words and the story in one', () => {
  it('سيلك اير matches SilkAir', () => {
    expect(top(1)).toBe('2');
    expect(top(0)).not.toBe('2');
  });
  it('not a second word with the article (سيلك الاير is no spelling)', () => {
    const keys = parseQuery(buildIndex(knowledge), 'وين هبطت طائرة سيلك الاير؟', SEARCH_DEFAULTS).units.flatMap((u) => u.alts.map((a) => a.key));
    expect(keys).not.toContain('en:silkair');
  });
});
