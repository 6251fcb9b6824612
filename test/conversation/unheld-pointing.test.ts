/**
 * A follow-up that points back ("it", a suffix) and asks when, where, why or how long, none of whose own
 * words the story holds in any form, is read as if those words were not asked: it asks the topic carried
 * along for that kind of answer. "How long had it lasted?" of an Arabic story: *lasted* is keyed as
 * *last*, which reaches آخر, not استمرت, so every sentence fell short of the bar and it was refused; ¶1,
 * just shown for the caliphate Saladin ended, says it had lasted 262 years. Not for who or what: "ومن رفض
 * ذلك؟" (who rejected that?) is asked by its verb.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling-fresh/stories/ar', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'arcd-048-slah-aldyn-alaywby';
const before = [{ ask: 'Who was Saladin?' }, { ask: 'Which caliphate did he end?', first: '1' }];

describe('a question pointing back whose words the story never holds', () => {
  it('asks the topic for the kind of answer: "How long had it lasted?" is ¶1 (262 years)', () => {
    runScript(
      createEngine({ knowledge }),
      [...before, { ask: 'How long had it lasted?', first: '1', followUp: true, why: '¶1: the Fatimid caliphate "التي استمرت 262 سنة"' }],
      undefined,
      story,
    );
  });

  it('is refused without the rule', () => {
    const results = runScript(createEngine({ knowledge, options: { unheldPointing: 0 } }), [...before, { ask: 'How long had it lasted?' }], undefined, story);
    expect(results[2]?.abstained).toBe(true);
  });
});
