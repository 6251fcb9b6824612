import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// The story says "worldwide" where the question says "world": without the rule "world" matches
// nothing, the two sentences tie on "tour", and story order gives the first.
const STORY = ['In 2005 she played a small tour of clubs.', 'In 2007 a worldwide tour followed.', 'Critics praised the album.'];
const knowledge = knowledgeWith({ 'en-tour': { lines: STORY, language: 'en' } });
const question = 'When was her world tour?';

describe('a story word made of the question word and another word', () => {
  it('answers the question word ("world" ~ "worldwide")', () => {
    const r = createEngine({ knowledge }).ask(question, undefined, { story: 'en-tour' });
    expect(r.answers[0]?.ref).toBe('2');
  });

  it('does not, with compound off', () => {
    const r = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, compound: 0 } }).ask(question, undefined, { story: 'en-tour' });
    expect(r.answers[0]?.ref).not.toBe('2');
  });
});
