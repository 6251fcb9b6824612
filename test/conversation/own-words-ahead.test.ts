/**
 * A follow-up's first hit (not the answer shown) first on whom its pronoun stands for gives way to a
 * sentence that holds more of the question's own words and scores nearly as well (ownWordsAhead). "how
 * did the emperor greet him" after Hou Xian's return: ¶10.2 names the emperor and Deshin Shekpa ("him");
 * ¶10.3 says the Yongle Emperor came out of the palace to greet the Karmapa.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/en', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'squad-024-sino-tibetan-relations-during-the-ming-d-4';
const before = [
  { ask: 'When did the Yongle Emperor invite Deshin Shekpa?', first: '8.2' },
  { ask: 'who did he send to find him?' },
  { ask: 'when did they return?', first: '9.2' },
];
const asked = 'how did the emperor greet him';

describe('a sentence holding more of a follow-up’s own words than its first hit', () => {
  it('comes first when it scores nearly as well: ¶10.3', () => {
    runScript(
      createEngine({ knowledge }),
      [...before, { ask: asked, first: '10.3', followUp: true, why: '¶10.3 holds emperor and greet; ¶10.2 emperor and him' }],
      undefined,
      story,
    );
  });

  it('stays behind without the rule', () => {
    const results = runScript(createEngine({ knowledge, options: { ownWordsAhead: 0 } }), [...before, { ask: asked }], undefined, story);
    expect(results[3]?.answers[0]?.label).toBe('10.2');
  });
});
