/**
 * A remembered name keeps the words it was written with. Over the benchmark's Arabic stories, whose people were found without
 * a vocabulary, the concept "Edison" is linked to the sentences that write it one way (¶1.1, أديسون);
 * ¶3.1 writes إديسون, which the question's word reaches and the bare concept does not. "How many
 * patents did he hold?" after questions about Edison must reach ¶3.1 as "… did Edison hold?" does.
 */
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const STORY = 'arcd-012-twmas-adyswn';
// The benchmark's Arabic stories as a user adds them (text and metadata only), as `npm run eval` loads them.
const storiesDir = fileURLToPath(new URL('../eval/xling/stories/ar', import.meta.url));
const engine = createEngine({ knowledge: loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false }) });

describe('a name carried by "he"', () => {
  it('matches the words the question wrote it with', () => {
    runScript(
      engine,
      [
        { ask: 'When was Edison born?', first: '1.1' },
        { ask: 'Where was he from?' },
        { ask: 'How many patents did he hold?', first: '3.1', why: '¶3.1 writes إديسون: 1093 patents' },
      ],
      undefined,
      STORY,
    );
  });
});
