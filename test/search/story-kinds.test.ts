import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { buildIndex, contentTokens, type SearchIndex } from '../../src/search/index.js';
import { parseQuery, postingsOf } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// Two stories that find the same word as a name of different kinds: a man called Tarvok in the one,
// a town of that name in the other. (Made-up words, so no dictionary or lexicon has an opinion.)
const PERSON = [
  'Coach Tarvok said the team would play on Sunday.',
  'Tarvok told reporters that the players were ready.',
  'He added that the season had been long.',
];
const PLACE = [
  'The delegation flew to Tarvok on Monday.',
  'In Tarvok, the talks lasted three days.',
  'He added that the hotel was full.',
  'Farmers near Tarvok grow wheat and barley.',
];

const index = buildIndex(
  knowledgeWith({ 'a-coach': { lines: PERSON, language: 'en' }, 'b-town': { lines: PLACE, language: 'en' }, 'c-town': { lines: PLACE, language: 'en' } }),
);
const id = [...index.concepts.kinds.keys()].find((k) => k.includes('tarvok')) as string;
const kindIn = (story: string) => index.concepts.find(contentTokens(index.analyzer.analyze('Tarvok')), undefined, story)[0]?.kind;

describe('a name two stories find as different kinds', () => {
  it('is each story’s own kind in that story', () => {
    expect(index.namesByStory.get('a-coach')?.find((e) => e.id === id)?.kind).toBe('person');
    expect(index.namesByStory.get('b-town')?.find((e) => e.id === id)?.kind).toBe('place');
    expect(kindIn('a-coach')).toBe('person');
    expect(kindIn('b-town')).toBe('place');
    // The concept itself takes the kind most stories found (two towns, one coach).
    expect(index.concepts.kinds.get(id)).toBe('place');
  });

  it('is read in a question asked of one story as that story found it', () => {
    const kindAsked = (story?: string) => parseQuery(index, 'What did Tarvok say?', undefined, story).units.find((u) => u.label === 'Tarvok')?.kind;
    expect(kindAsked('a-coach')).toBe('person');
    expect(kindAsked('b-town')).toBe('place');
    expect(kindAsked()).toBe('place');
  });

  it('is a speaker carried into later sentences only where it names a person', () => {
    const stories = [...(postingsOf(index, `s:${id}`) ?? [])].map((gid) => index.stories[index.sentences[gid]?.story ?? -1]?.info.id);
    expect(stories).toContain('a-coach');
    expect(stories).not.toContain('b-town');
    expect(stories).not.toContain('c-town');
  });
});

describe('a story added at run time that finds a known name as another kind', () => {
  it('has its own kind there, and the stories before keep theirs', () => {
    const engine = createEngine({ knowledge: knowledgeWith({ 'a-coach': { lines: PERSON, language: 'en' } }) });
    engine.addStory({ id: 'b-town', language: 'en', title: 'The talks', text: PLACE.join('\n') });
    const idx = (engine as unknown as { index: SearchIndex }).index;
    const tokens = contentTokens(idx.analyzer.analyze('Tarvok'));
    expect(idx.concepts.find(tokens, undefined, 'a-coach')[0]?.kind).toBe('person');
    expect(idx.concepts.find(tokens, undefined, 'b-town')[0]?.kind).toBe('place');
    const stories = [...(postingsOf(idx, `s:${id}`) ?? [])].map((gid) => idx.stories[idx.sentences[gid]?.story ?? -1]?.info.id);
    expect(stories).toContain('a-coach');
    expect(stories).not.toContain('b-town');
  });
});
