/**
 * "Who said that?" with the noun the pointer points with: "ومن ذكر هذا الرقم؟" (who gave this figure?)
 * asks for the source of the answer just shown as "ومن ذكر ذلك؟" does, in either language.
 */
import { describe, expect, it } from 'vitest';
import { foldConversationWords, isSourceQuestion } from '../../src/conversation/dialogue.js';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex } from '../../src/search/index.js';

const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
const w = foldConversationWords(index);
const fold = (text: string) => index.analyzer.analyze(text).map((t) => t.norm);

describe('source questions', () => {
  it('a pointer followed by its noun reads as the listed question', () => {
    expect(isSourceQuestion(fold('ومن ذكر هذا الرقم؟'), w)).toBe(true);
    expect(isSourceQuestion(fold('who reported these figures?'), w)).toBe(true);
    expect(isSourceQuestion(fold('who said that?'), w)).toBe(true);
  });

  it('a question with more of its own is not one', () => {
    expect(isSourceQuestion(fold('who said that Ukraine would join NATO?'), w)).toBe(false);
    expect(isSourceQuestion(fold('من ذكر الرقم؟'), w)).toBe(false);
  });

  it('in a conversation, the answer is the sentence naming who gave the figure', () => {
    const e = loadEngine();
    let s = e.newState();
    s = e.ask('كم استمرت مكالمة بوتين وترامب؟', s, { top: 3 }).state;
    const r = e.ask('ومن ذكر هذا الرقم؟', s, { top: 3 });
    expect(r.answers[0]?.label).toBe('9');
  });
});
