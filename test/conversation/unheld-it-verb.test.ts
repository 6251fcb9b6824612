/**
 * An Arabic verb of "it" after a question word (see it-verb.test.ts) that the story holds in no form is
 * read as if not asked: "ومتى انتهت؟" (and when did it end?) asks the topic carried along for a time, as
 * "and when?" would. Its word, which no sentence holds, left every sentence short of the bar, and the
 * question was refused; the answer shown gives both the Seljuk state's first and last years.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/ar', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'arcd-007-aldwla-alsljwqya';
const before = [
  { ask: 'من أسس الدولة السلجوقية؟', first: '2.1' },
  { ask: 'ومتى قامت؟', first: '2.3' },
];

describe('a verb of "it" the story never holds', () => {
  it('asks the topic for the kind of answer alone: "and when did it end?" is ¶2.3 (1037 to 1157)', () => {
    runScript(
      createEngine({ knowledge }),
      [...before, { ask: 'ومتى انتهت؟', first: '2.3', followUp: true, why: 'no sentence holds انتهت; ¶2.3 gives the years the state lasted' }],
      undefined,
      story,
    );
  });

  it('is a word to find without the rule, and the question is refused', () => {
    const results = runScript(createEngine({ knowledge, options: { unheldItVerb: 0 } }), [...before, { ask: 'ومتى انتهت؟' }], undefined, story);
    expect(results[2]?.abstained).toBe(true);
  });
});
