/**
 * An Arabic verb in the past tense of "he" right after a question word of time, place, manner or reason
 * ("ومتى هرب؟", when did he flee?) carries its subject as "he" does: Arabic drops the pronoun. Read
 * from its form (three letters, no stop word) after the question words of knowledge/dialogue.json's
 * verbAsks, and only when nothing but a preposition follows it, since a noun there may be its subject.
 */
import { describe, expect, it } from 'vitest';
import { foldConversationWords } from '../../src/conversation/dialogue.js';
import { pointersOf } from '../../src/conversation/followup.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex } from '../../src/search/index.js';

const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
const words = foldConversationWords(index);
const subjectVerb = (question: string) =>
  pointersOf(
    index.analyzer.analyze(question).map((t) => t.norm),
    words,
  ).subjectVerb;

describe('a past-tense verb after a question word', () => {
  it('stands for "he" when nothing follows it, or only a preposition and its phrase', () => {
    expect(subjectVerb('ومتى هرب؟')).toBe(true);
    expect(subjectVerb('وأين دفن؟')).toBe(true);
    // إلى is written with ال first, but it is a preposition, not a definite noun that could be the subject.
    expect(subjectVerb('وكيف وصل إلى الحكم؟')).toBe(true);
  });

  it('does not when a noun follows that may be its subject, or the word is a stop word', () => {
    expect(subjectVerb('وكيف مات أخوه؟')).toBe(false);
    expect(subjectVerb('متى وصل الرئيس؟')).toBe(false);
    expect(subjectVerb('متى كان ذلك؟')).toBe(false);
  });

  it('does not after "what", "who" or "how many", which nouns follow', () => {
    expect(subjectVerb('ما دور؟')).toBe(false);
    expect(subjectVerb('كم عدد؟')).toBe(false);
  });
});
