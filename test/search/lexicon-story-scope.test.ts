import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { sharedKnowledgeCopy } from '../support/stories.js';

// A deployment that keeps the seed and adds a story to its knowledge folder. The seed's hand-written
// lexicon (its folder's lexicon.jsonl) lists *killed* and *injured* among the forms of its topic
// *casualties*: read through it, the market story's sentence about the dead was posted as being about
// the seed's concept, and met every question naming one of its 30 forms.
const SEED = 'bbc-2025-02-12-trump-putin-call';
const MARKET = 'market-roof';
const dir = sharedKnowledgeCopy('sanad-lexicon-story-scope-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(DEFAULT_KNOWLEDGE_DIR, SEED), join(dir, SEED), { recursive: true });
mkdirSync(join(dir, MARKET));
writeFileSync(
  join(dir, MARKET, 'story.txt'),
  [
    'Two people were killed when the roof of the covered market collapsed on Saturday.',
    'The mayor said the market would reopen next month.',
    'Traders lost goods worth thousands of dinars.',
  ].join('\n'),
);
writeFileSync(
  join(dir, MARKET, 'story.json'),
  JSON.stringify({ title: { en: 'Market roof', ar: 'Market roof' }, source: 'Test', language: 'en', published: '2026-01-01', note: 'Written for a test.' }),
);
const knowledge = loadKnowledge(dir, { handMade: true });

describe("a story's hand-written lexicon serves that story only", () => {
  it('the seed entries carry the seed as their story', () => {
    const casualties = knowledge.lexicon.find((e) => e.id === 'casualties');
    expect(casualties?.stories).toEqual([SEED]);
  });

  it('a story added beside the seed is not posted under a seed concept; the seed still is', () => {
    const index = buildIndex(knowledge);
    const storyOf = (gid: number) => index.stories[index.sentences[gid]?.story ?? -1]?.info.id;
    const posted = [...(index.postings.get('c:casualties') ?? [])].map(storyOf);
    expect(posted).toContain(SEED);
    expect(posted).not.toContain(MARKET);
  });

  it('and a question about the seed still meets it through the concept', () => {
    const engine = createEngine({ knowledge });
    const seed = engine.ask('How many Ukrainians were injured?', engine.newState(0), { story: SEED });
    expect(seed.answers[0]?.story).toBe(SEED);
    expect(seed.answers[0]?.ref).toBe('35');
  });
});

describe('asked of every story, a word naming a concept of another story (lexiconOutside)', () => {
  it('is the word itself in the stories the concept does not serve', () => {
    // *killed* is the seed's *casualties*, which the market story's sentences are not posted under: read
    // as the concept alone, the question matched "people" there and the seed's dead of the war came first.
    const q = 'Were people killed at the market?';
    const engine = createEngine({ knowledge });
    const r = engine.ask(q, engine.newState(0));
    expect(`${r.answers[0]?.story} ${r.answers[0]?.ref}`).toBe(`${MARKET} 1`);
    const without = createEngine({ knowledge, options: { lexiconOutside: 0 } as Partial<SearchOptions> });
    expect(without.ask(q, without.newState(0)).answers[0]?.story).not.toBe(MARKET);
  });
});
