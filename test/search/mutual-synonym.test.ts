import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// Two English words each the other's first WordNet synonym (*movie* ~ *film*) name one thing: the story's
// word matches the question's nearly as the word itself would (mutualSynonym), and gives the answer type
// asked for as the word would; a looser synonym (*movie* ~ *picture*, *film*'s second) stays at `synonym`.
const book = ['The novel was printed in 1958.', 'A film of it came out in 1962.', 'A picture of the author hangs in the library.'];
const index = buildIndex(knowledgeWith({ 'en-book': { lines: book, language: 'en' } }));
const quality = (key: string, o: SearchOptions = SEARCH_DEFAULTS) =>
  parseQuery(index, 'When was the novel made into a movie?', o, 'en-book')
    .units.find((u) => u.label === 'movie')
    ?.alts.find((a) => a.key === key)?.q;

describe('a mutual first synonym', () => {
  it('matches nearly as the word itself', () => {
    expect(quality('en:film')).toBe(SEARCH_DEFAULTS.mutualSynonym);
    expect(quality('en:pictur')).toBe(SEARCH_DEFAULTS.synonym);
  });
  it('was a loose synonym without the rule', () => {
    expect(quality('en:film', { ...SEARCH_DEFAULTS, mutualSynonym: 0 })).toBe(SEARCH_DEFAULTS.synonym);
  });
});
