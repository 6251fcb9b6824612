/**
 * "وماذا كان يعمل والده؟" (and what did his father do?) after two questions about Naguib Mahfouz: a
 * follow-up asking for kin of the person carried is answered by a sentence that speaks of that kin (¶3.2,
 * "والده الذي كان موظفاً", his father, who was a civil servant), not by one naming Mahfouz and a word
 * sharing the verb's root (¶3.3, "عومل", treated, for يعمل). SearchOptions.kinFirst.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling-fresh/stories/ar', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'arcd-051-njyb-mhfwz';
const before = [
  { ask: 'من هو نجيب محفوظ؟', first: '1.1' },
  { ask: 'أين ولد؟', first: '3.1' },
];

describe('kin of the person carried', () => {
  it('is answered by the sentence that speaks of that kin', () => {
    runScript(
      createEngine({ knowledge }),
      [...before, { ask: 'وماذا كان يعمل والده؟', first: '3.2', followUp: true, why: '"والده الذي كان موظفاً"' }, { ask: 'ومن أمه؟', first: '3.2' }],
      undefined,
      story,
    );
  });

  it('without the rule, a sentence naming him and sharing a root of the verb comes first', () => {
    const results = runScript(createEngine({ knowledge, options: { kinFirst: 0 } }), [...before, { ask: 'وماذا كان يعمل والده؟' }], undefined, story);
    expect(results[2]?.answers[0]?.label).not.toBe('3.2');
  });
});
