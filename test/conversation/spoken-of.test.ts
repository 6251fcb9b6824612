/**
 * Whom "him" / عنه stands for is spoken of, not who speaks: the bonus for a sentence in which the person
 * asked about speaks or acts is not theirs to give. Over the benchmark's Larbi Ben M'hidi story (Arabic,
 * found without a vocabulary): after ¶3.1 (he kept to his religious duties), "who wrote that about him?"
 * is ¶3.3, where someone who knew him wrote of him in El Moudjahid ("وقد كتب عنه أحد العارفين به"), not
 * ¶3.1 again, which the bonus for his own deeds kept first.
 */
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/ar', import.meta.url));
const engine = createEngine({ knowledge: loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false }) });

describe('a person "him" stands for', () => {
  it('is not who speaks in the answer', () => {
    runScript(
      engine,
      [
        { ask: "Was Larbi Ben M'hidi religious?", first: '3.1' },
        { ask: 'who wrote that about him?', first: '3.3', why: '¶3.3: someone who knew him wrote of him (كتب عنه)' },
      ],
      undefined,
      'arcd-017-alarby-bn-mhydy',
    );
  });
});
