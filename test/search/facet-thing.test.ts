import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// "When was the Hesburgh Library built?" answered by a sentence on building a wind tunnel: a facet asked
// of a thing the question names ("thing" in knowledge/facets.jsonl: a construction, a founding) must be
// said of that thing, where the story names it elsewhere (`facetThing`).
const STORY = [
  'The Ross Library holds two million books.',
  'Students study there late into the night.',
  'Its reading room overlooks the lake.',
  'The campus has many old buildings.',
  'The chapel bells ring every hour.',
  'Visitors come from far away to see them.',
  'In 1882, a professor built an early wind tunnel behind the science hall.',
  'It was used to test the lift of wings.',
];
const ask = (question: string, facetThing: number = SEARCH_DEFAULTS.facetThing) =>
  createEngine({
    knowledge: knowledgeWith({ campus: { lines: STORY, language: 'en' } }),
    options: { ...SEARCH_DEFAULTS, facetThing },
  }).ask(question, undefined, { story: 'campus' });

describe('a construction asked of a thing the question names', () => {
  it('is refused when the answer and its neighbours speak of building something else', () => {
    expect(ask('When was the Ross Library built?').abstained).toBe(true);
  });

  it('was answered with facetThing off', () => {
    expect(ask('When was the Ross Library built?', 0).abstained).toBe(false);
  });

  it('is answered when the answer names the thing built', () => {
    const r = ask('When was the wind tunnel built?');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('wind tunnel');
  });
});
