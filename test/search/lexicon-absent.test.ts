import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { SearchOptions } from '../../src/search/defaults.js';
import { sharedKnowledgeWithSeedLexicon } from '../support/stories.js';

// A benchmark story (ARCD's Larbi Ben M'hidi) added beside the shipped shared data, with a shared
// lexicon written for another story (the seed's, whose own it is since it serves the seed alone): its
// action *join* (the seed's "join NATO") lists forms this story writes otherwise (إنضم).
const STORY = 'arcd-017-alarby-bn-mhydy';
const dir = sharedKnowledgeWithSeedLexicon('sanad-lexicon-absent-');
cpSync(new URL(`../eval/xling/stories/ar/${STORY}`, import.meta.url), join(dir, STORY), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const knowledge = loadKnowledge(dir, { handMade: true });

describe('a concept of the lexicon that the story asked about never names', () => {
  it('is read as plain words in a question about that story (lexiconAbsent)', () => {
    const q = "Which scout group did Ben M'hidi join?";
    // lexiconWordPinned answers it too: off here, so this rule is seen alone; the shipped settings as well.
    for (const options of [{ lexiconWordPinned: 0 }, {}] as Partial<SearchOptions>[]) {
      const engine = createEngine({ knowledge, options });
      expect(engine.ask(q, engine.newState(0), { story: STORY }).answers[0]?.text).toContain('الكشافة');
    }
    // Read as the seed's concept, *join* matched nothing in this story and the question was refused.
    const without = createEngine({ knowledge, options: { lexiconAbsent: 0, lexiconWordPinned: 0 } as Partial<SearchOptions> });
    expect(without.ask(q, without.newState(0), { story: STORY }).answers[0]?.text ?? '').not.toContain('الكشافة');
  });
});
