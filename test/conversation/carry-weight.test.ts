/**
 * What earlier turns carry weighs less than what a question says or points at (SEARCH_DEFAULTS.carry,
 * 0.4 per turn of age). Over the benchmark's iPod story (English, found without a vocabulary), asked in
 * Arabic: after "when was the first iPod released?", "why were its sales slow?" (¶6.1) and "what about
 * the iPhone?", "متى حدث ذلك؟" ("when did that happen?") is ¶4.4, the middle of 2010 when iPhone sales
 * overtook the iPod's; at 0.5 the slow sales of two turns before still outweighed it (¶6.1 again).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/en', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'squad-025-ipod-1';
const turns = ['متى صدر أول آيبود؟', 'ولماذا كانت مبيعاته بطيئة؟', 'وماذا عن آيفون؟'];

describe('the weight of carried context', () => {
  it('lets "when did that happen?" follow the newest topic, not one two turns old', () => {
    const results = runScript(
      createEngine({ knowledge }),
      [
        { ask: turns[0] as string, first: '1.1' },
        { ask: turns[1] as string, first: '6.1' },
        { ask: turns[2] as string },
        { ask: 'متى حدث ذلك؟', first: '4.4', followUp: true, why: 'iPhone sales overtook the iPod’s in the middle of 2010 (¶4.4)' },
      ],
      undefined,
      story,
    );
    expect(results).toHaveLength(4);
  });

  it('is what decides it: at the old weight the slow sales win again', () => {
    const old = createEngine({ knowledge, options: { carry: 0.5 } });
    const results = runScript(
      old,
      [...turns, 'متى حدث ذلك؟'].map((ask) => ({ ask })),
      undefined,
      story,
    );
    expect(results[3]?.answers[0]?.label).toBe('6.1');
  });
});
