/**
 * A question of its own (no pronoun, no "and", nothing carried) that the answer just shown ties for first
 * with another sentence gets the other one: a user who asks something new after an answer is asking for
 * something that answer did not say. Over the benchmark's French Revolution story (Arabic, found without
 * a vocabulary): ¶3.4 answers "When was the Bastille stormed?" and names August 1789 too; "what was
 * abolished in August 1789?" ties ¶3.4 and ¶3.5 on August and 1789 (*abolished* does not reach ألغي),
 * and ¶3.5 is the answer (feudalism abolished).
 */
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/ar', import.meta.url));
const engine = createEngine({ knowledge: loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false }) });

describe('a new question tied with the answer just shown', () => {
  it('gets the sentence not shown', () => {
    runScript(
      engine,
      [
        { ask: 'When was the Bastille stormed?', first: '3.4' },
        { ask: 'what was abolished in August 1789?', first: '3.5', why: '¶3.4 and ¶3.5 tie on August 1789; ¶3.4 was just shown' },
      ],
      undefined,
      'arcd-031-althwra-alfrnsya',
    );
  });

  it('leaves the answer shown first for a follow-up ("when was that?" may ask of it again)', () => {
    runScript(
      engine,
      [
        { ask: 'When was the Bastille stormed?', first: '3.4' },
        { ask: 'and when was that?', first: '3.4' },
      ],
      undefined,
      'arcd-031-althwra-alfrnsya',
    );
  });
});
