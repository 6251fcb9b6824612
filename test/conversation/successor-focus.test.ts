/**
 * After "ومن خلفه؟" ("and who succeeded him?"), the successor is whom the conversation goes on about:
 * the next "he" stands for them, not for the one succeeded nor for a word like رئيس ("president")
 * the chat asked with (src/engine.ts, successorOf). Over the benchmark's Tunisia story (Arabic, found
 * without a vocabulary), among the other Arabic stories: ¶1.6 names Bourguiba the first president,
 * ¶2.1 Ben Ali who followed him "by the coup of 1987"; "وكيف وصل إلى الحكم؟" (how did he come to
 * power?) is ¶2.1 again, where the word رئيس alone found ¶2.2 (economic reform).
 */
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/ar', import.meta.url));
const engine = createEngine({ knowledge: loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false }) });

describe('who succeeded him', () => {
  it('is whom "he" stands for next', () => {
    runScript(
      engine,
      [
        { ask: 'من كان أول رئيس لتونس؟', first: '1.6' },
        { ask: 'ومن خلفه؟', first: '2.1' },
        {
          ask: 'وكيف وصل إلى الحكم؟',
          first: '2.1',
          followUp: true,
          why: '"he" is Ben Ali, who came to power by the coup of 1987 (¶2.1)',
        },
      ],
      undefined,
      'arcd-042-twns',
    );
  });
});
