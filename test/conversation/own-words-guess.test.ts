/**
 * "وماذا درس هناك؟" (and what did he study there?) after Gibran's lead sentence, which names Lebanon
 * first and America after: "there" is taken for Lebanon, and no sentence holding درس reaches the bar
 * with Lebanon asked too, so the answer shown, which holds no word of the question's own, would come
 * first again. What "there" (or a pronoun) stood for is a guess only the answer shown bears out: the
 * question is asked again with it as context only, and ¶2.3 (he studied art there) comes first
 * (`ownWordsGuess`).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling-fresh2/stories/ar', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'arcd-108-jbran-khlyl-jbran';
const before = [{ ask: 'متى هاجر جبران الى امريكا؟', first: '1' }, { ask: 'مع من؟' }];

describe('a follow-up whose guessed referent only the answer shown holds', () => {
  it('is asked again with the referent as context: "and what did he study there?" is ¶2.3', () => {
    runScript(
      createEngine({ knowledge }),
      [...before, { ask: 'وماذا درس هناك؟', first: '2.3', followUp: true, why: '¶2.3 holds درس; ¶1 only Gibran and Lebanon' }],
      undefined,
      story,
    );
  });

  it('gets the answer shown again without the rule', () => {
    const results = runScript(createEngine({ knowledge, options: { ownWordsGuess: 0 } }), [...before, { ask: 'وماذا درس هناك؟' }], undefined, story);
    expect(results[2]?.answers[0]?.label).toBe('1');
  });
});
