/**
 * ownWordsMore also when the person a pronoun stands for speaks in the answer shown (ownWordsMore 2):
 * "where did he write that?" after Trump's words on "this ridiculous war" (seed story, no hand-made
 * data) holds none of the question's own words in the answer shown; the sentence that says where
 * Trump wrote (on social media) holds all of them and comes first.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import type { ChatState, Engine } from '../../src/types.js';

const gold = 'كتب ترامب على وسائل التواصل الاجتماعي';

function second(engine: Engine): string | undefined {
  const first = engine.ask('what did trump call the war', undefined as ChatState | undefined, { top: 3 });
  return engine.ask('where did he write that?', first.state, { top: 3 }).answers[0]?.text;
}

describe('the answer shown, its speaker asked about, holding none of the question’s own words', () => {
  it('gives way to the sentence that holds all of them', () => {
    expect(second(loadEngine({ load: { handMade: false } }))).toContain(gold);
  });

  it('stays first when the rule leaves the speaker shown alone', () => {
    expect(second(loadEngine({ load: { handMade: false }, options: { ownWordsMore: 1 } }))).not.toContain(gold);
  });
});
