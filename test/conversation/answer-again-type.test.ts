/**
 * "ومتى مات؟" (and when did he die?) just after ¶3.1, which says Genghis Khan named his successor before
 * he died but gives no date: ¶3.2, its neighbour, holds the same words and the year (توفي سنة 1227).
 * `answerAgain` lifts the answer shown over its neighbour when it covers more of the question; on the
 * same words matched, a neighbour that gives the kind of answer asked (a time) while the answer shown
 * does not stays first (`answerAgainType`).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling-fresh2/stories/ar', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'arcd-127-jnkyz-khan';
const before = [{ ask: 'من هو جنكيز خان؟' }, { ask: 'من كان خليفته؟', first: '3.1' }];

describe('the answer shown, ahead of its neighbour on the same words only', () => {
  it('does not come first when the neighbour gives the kind of answer asked: "and when did he die?" is ¶3.2', () => {
    runScript(
      createEngine({ knowledge }),
      [...before, { ask: 'ومتى مات؟', first: '3.2', followUp: true, why: '¶3.2 gives the year; ¶3.1 none' }],
      undefined,
      story,
    );
  });

  it('comes first without the rule', () => {
    const results = runScript(createEngine({ knowledge, options: { answerAgainType: 0 } }), [...before, { ask: 'ومتى مات؟' }], undefined, story);
    expect(results[2]?.answers[0]?.label).toBe('3.1');
  });
});
