/**
 * "where was Gibran born?" asked of the story titled جبران خليل جبران: the story's names found خليل as a
 * person (his father's name, and the middle of his own), not جبران. The question names the title's one
 * subject by a word the vocabulary knows as no person, so that word is someone (SearchOptions.titleSomeone,
 * FocusItem.whoIs): the next "he" stands for Gibran, not for خليل, the first person the answer shown names.
 * Without it, "who was his mother?" is answered by ¶3.3, the sentence on his father Khalil's marriages.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling-fresh2/stories/ar', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'arcd-108-jbran-khlyl-jbran';
const opening = [
  { ask: 'where was Gibran born?', first: '1' },
  { ask: 'and when did he die?', first: '2.1', followUp: true },
  { ask: 'what is his most famous book?', first: '2.4' },
] as const;

describe("a question naming the title's subject by a word that is no person", () => {
  it('makes that word whom "he" stands for', () => {
    const results = runScript(
      createEngine({ knowledge }),
      [...opening, { ask: 'who was his mother?', first: ['2.3', '3.2'], why: '"his" is Gibran: أمه, his mother' }],
      undefined,
      story,
    );
    const focus = results.at(-1)?.state.focus ?? [];
    expect(focus.find((f) => f.key === 'ar:جبر')?.whoIs).toBe(true);
    expect(focus.map((f) => f.key)).not.toContain('c:auto-kl');
  });

  it('without the rule, "he" is the first person the answer names (خليل)', () => {
    runScript(createEngine({ knowledge, options: { titleSomeone: 0 } }), [...opening, { ask: 'who was his mother?', first: '3.3' }], undefined, story);
  });
});
