/**
 * Among sentences that score the same, a question asked in a conversation is answered by the one right
 * after the answer just shown, follow-up or not: a reader asks on from where the story left them. Over
 * the benchmark's Alexander the Great story (Arabic, found without a vocabulary): after ¶3.3 (the
 * campaign against Persia), "which battles were the most important?" ties ¶2.4 ("he never lost a
 * battle") and ¶3.4 (the decisive battles of that campaign, Issus and Gaugamela) on *battle*; ¶3.4 is
 * the one that goes on from ¶3.3. (The question has no pronoun, so it is read as a question of its own.)
 */
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/ar', import.meta.url));
const engine = createEngine({ knowledge: loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false }) });

describe('a tie in a conversation', () => {
  it('goes to the sentence after the answer just shown', () => {
    runScript(
      engine,
      [
        { ask: 'When did Alexander attack Persia?', first: '3.3' },
        { ask: 'which battles were the most important?', first: '3.4', why: '¶2.4 and ¶3.4 tie on battle; ¶3.4 follows ¶3.3' },
      ],
      undefined,
      'arcd-022-alaskndr-alakbr',
    );
  });
});
