/**
 * A follow-up whose first answer is the answer just shown, holding fewer than half of the question's own
 * words, while no sentence not shown holds all of them: a sentence not shown that holds more of them,
 * covers more of the question and scores nearly as well comes first (ownWordsMoreScore). "When did it win
 * the right to host it?" just after ¶1.1 (Russia hosted the 2018 World Cup): ¶1.2 (Russia won the honour
 * of hosting the tournament, announced on 2 December 2010) holds win and host, ¶1.1 only host.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/ar', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'arcd-004-kas-alaalm-2018';
const before = [{ ask: 'Which country hosted the 2018 World Cup?', first: '1.1' }];
const asked = 'When did it win the right to host it?';

describe('a sentence not shown holding more of the question’s own words than the answer shown, none holding all', () => {
  it('comes first when it covers more and scores nearly as well: ¶1.2', () => {
    runScript(
      createEngine({ knowledge }),
      [...before, { ask: asked, first: '1.2', followUp: true, why: '¶1.2 holds win and host; ¶1.1 only host' }],
      undefined,
      story,
    );
  });

  it('gives way to the answer shown without the rule', () => {
    const results = runScript(createEngine({ knowledge, options: { ownWordsMoreScore: 0 } }), [...before, { ask: asked }], undefined, story);
    expect(results[1]?.answers[0]?.label).toBe('1.1');
  });
});
