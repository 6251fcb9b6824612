/**
 * A follow-up's own year is where its answer is. Over the benchmark's Larbi Ben M'hidi story (Arabic,
 * found without a vocabulary): after questions about where and when he was born (¶1, 1923), "وماذا فعل
 * سنة 1939؟" (and what did he do in 1939?) carries him along, and the bonus for a sentence in which the
 * person asked about speaks or acts went to ¶1, his birth, over ¶2, which opens "in 1939 he joined the
 * scouts" without naming him. A sentence of his at another time is not his word on 1939.
 */
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/ar', import.meta.url));
const engine = createEngine({ knowledge: loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false }) });

describe('a year asked in a follow-up', () => {
  it('is answered at that year, not by the carried person at another time', () => {
    runScript(
      engine,
      [
        { ask: 'أين ولد العربي بن مهيدي؟', first: '1' },
        { ask: 'متى؟', first: '1' },
        { ask: 'وماذا فعل سنة 1939؟', first: '2', why: '¶2 is 1939 (he joined the scouts); ¶1 is his birth in 1923' },
      ],
      undefined,
      'arcd-017-alarby-bn-mhydy',
    );
  });
});
