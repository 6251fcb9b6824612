/**
 * A follow-up whose first answer is the answer just shown, first on the context carried along, while a
 * sentence not shown holds every word of the question's own that the answer shown holds and more: that
 * sentence comes first. "ومتى ستعلن الحكومة قرارها؟" (and when will the government announce its
 * decision?) just after ¶7, the union's demand of the government: ¶7 holds الحكومة and the carried
 * union and demand; ¶8 holds الحكومة, ستعلن and قرارها.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/user-dev/archive', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = '2026-11-23-story';
const before = [{ ask: 'وماذا طالب الاتحاد؟', first: '7' }];

describe('a sentence not shown holding more of the question’s own words than the answer shown', () => {
  it('comes first: "when will the government announce its decision?" is ¶8', () => {
    runScript(
      createEngine({ knowledge }),
      [...before, { ask: 'ومتى ستعلن الحكومة قرارها؟', first: '8', followUp: true, why: '¶8 holds ستعلن, الحكومة and قرارها; ¶7 only الحكومة' }],
      undefined,
      story,
    );
  });

  it('gives way to the answer shown without the rule', () => {
    const results = runScript(createEngine({ knowledge, options: { ownWordsMore: 0 } }), [...before, { ask: 'ومتى ستعلن الحكومة قرارها؟' }], undefined, story);
    expect(results[1]?.answers[0]?.label).toBe('7');
  });
});
