/**
 * "After that" inside a question of its own ("وكيف تطور الصراع بعد ذلك؟", how did the conflict develop
 * after that?) asks what came after the answer just shown: the story's next sentence comes first when it
 * answers at all (after ¶31, Crimea in 2014: ¶32, the conflict turned into all-out war).
 */
import { describe, expect, it } from 'vitest';
import { asksAfterThat, foldConversationWords } from '../../src/conversation/dialogue.js';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex } from '../../src/search/index.js';

const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
const w = foldConversationWords(index);
const fold = (text: string) => index.analyzer.analyze(text).map((t) => t.norm);

describe('"after that" in a question of its own', () => {
  it('reads "after" with a pointer, or "afterwards" at the end', () => {
    expect(asksAfterThat(fold('وكيف تطور الصراع بعد ذلك؟'), w)).toBe(true);
    expect(asksAfterThat(fold('how did the war develop after that?'), w)).toBe(true);
    expect(asksAfterThat(fold('what did he write after the call?'), w)).toBe(false);
  });

  it('puts the sentence after the answer just shown first', () => {
    const e = loadEngine();
    let s = e.newState();
    for (const q of ['من دعمت موسكو في شرق أوكرانيا؟', 'ومتى كان ذلك؟']) s = e.ask(q, s, { top: 3 }).state;
    expect(e.ask('وكيف تطور الصراع بعد ذلك؟', s, { top: 3 }).answers[0]?.label).toBe('32');
  });
});
