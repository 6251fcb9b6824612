/**
 * "that" / "this" behind the preposition ب (بذلك، بهذا، بهذه، بتلك: "of that", "with this") is a pointer
 * as ذلك is (knowledge/dialogue.json thingPronouns) and no word to look for (a stop word, as ذلك is):
 * "ومن أخبر أم سليمان بذلك؟" ("and who told Solomon's mother of that?") after Adonijah's bid for the
 * throne is ¶3.3, Nathan hurrying to her with the news, over the benchmark's Solomon story (Arabic,
 * found without a vocabulary). Before, بذلك weighed as a word of its own that no sentence holds, and
 * the question was refused.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/ar', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });

describe('a pointer behind the preposition ب', () => {
  it('points back and is no word of the question', () => {
    const index = buildIndex(knowledge);
    for (const text of ['ومن أخبر أم سليمان بذلك؟', 'ومن قام بهذا؟', 'ومن اعترف بهذه؟']) {
      const q = parseQuery(index, text, SEARCH_DEFAULTS);
      expect(q.thingPronoun, text).toBe(true);
      expect(
        q.units.map((u) => u.label),
        text,
      ).not.toContain(text.includes('بذلك') ? 'بذلك' : text.includes('بهذا') ? 'بهذا' : 'بهذه');
    }
  });

  it('"who told Solomon’s mother of that?" is the sentence that tells it', () => {
    runScript(
      createEngine({ knowledge }),
      [
        { ask: 'من هو سليمان بن داود؟', first: '2' },
        { ask: 'ومن من إخوته أراد أن يصبح ملكا؟' },
        { ask: 'ومن أخبر أم سليمان بذلك؟', first: '3.3', followUp: true, why: 'Nathan hurried to Solomon’s mother with what Adonijah did (¶3.3)' },
      ],
      undefined,
      'arcd-026-slyman',
    );
  });
});
