/**
 * Whom "he" stands for is a guess, and it may be a common noun: after "Who was Father Joseph Carrier?"
 * (the name found as a place, "father" the only person word), "he" is taken for "father". When nothing
 * answers the follow-up's own words with that referent asked, they are answered with it as context only,
 * whatever its kind (guessedAnyKind), as for a person: "what book did he write?" is ¶1.5, "His book
 * Evolution and Dogma".
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/en', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'squad-002-university-of-notre-dame-2';
const before = [{ ask: 'Who was Father Joseph Carrier?', first: '1.1' }, { ask: 'what did he teach?' }, { ask: 'who was one of his students?', first: '1.3' }];
const asked = 'what book did he write?';

describe('a follow-up whose pronoun was taken for a common noun', () => {
  it('is answered with that noun as context only: ¶1.5', () => {
    runScript(
      createEngine({ knowledge }),
      [...before, { ask: asked, first: '1.5', followUp: true, why: '¶1.5 holds book; none holds father too' }],
      undefined,
      story,
    );
  });

  it('is refused without the rule', () => {
    const results = runScript(createEngine({ knowledge, options: { guessedAnyKind: 0 } }), [...before, { ask: asked }], undefined, story);
    expect(results[3]?.abstained).toBe(true);
  });
});
