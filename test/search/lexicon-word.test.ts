import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { SearchOptions } from '../../src/search/defaults.js';
import { sharedKnowledgeWithSeedLexicon } from '../support/stories.js';

// A newsroom's stories (test/eval/user-dev) beside a shared lexicon written for another story (the
// seed's, whose own it is since it serves the seed alone), whose topic "troops" lists قوات, which the
// analyser keys as it keys قوة ("strength").
const storiesDir = fileURLToPath(new URL('../eval/user-dev/stories', import.meta.url));
const shared = sharedKnowledgeWithSeedLexicon('sanad-lexicon-word-');
afterAll(() => rmSync(shared, { recursive: true, force: true }));
const knowledge = loadKnowledge(shared, { storiesDir, handMade: true });
const QUAKE = '2026-11-26-4-8';

describe("an Arabic word that names one of the lexicon's topics", () => {
  it('still matches the word itself in a story the lexicon was not written for (lexiconWord)', () => {
    // The brief writes بقوة 4.8 درجات: the clitic ب hides the form from the concept, so the question's
    // قوة matched nothing there and "how strong was the earthquake?" was refused.
    // The later rules of asking one story (lexiconAbsent, lexiconWordPinned) answer it too: off here,
    // so this rule is seen alone; the shipped settings answer it as well.
    for (const options of [{ lexiconAbsent: 0, lexiconWordPinned: 0 }, {}] as Partial<SearchOptions>[]) {
      const engine = createEngine({ knowledge, options });
      const r = engine.ask('كم قوة الزلزال؟', engine.newState(0), { story: QUAKE });
      expect(r.abstained).toBe(false);
      expect(r.answers[0]?.ref).toBe('1');
    }
    const without = createEngine({ knowledge, options: { lexiconWord: 0, lexiconAbsent: 0, lexiconWordPinned: 0 } as Partial<SearchOptions> });
    expect(without.ask('كم قوة الزلزال؟', without.newState(0), { story: QUAKE }).answers[0]?.ref).not.toBe('1');
  });
});
