/**
 * An Arabic verb in the past tense of "he" right after a question word of time, place, manner or reason
 * ("ومتى هرب؟", when did he flee?) carries its subject as "he" does: Arabic drops the pronoun. Read
 * from its form (three letters, no stop word) after the question words of knowledge/dialogue.json's
 * verbAsks, and only when nothing but a preposition follows it, since a noun there may be its subject.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldConversationWords } from '../../src/conversation/dialogue.js';
import { pointersOf, resolveFollowUp } from '../../src/conversation/followup.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { person, state } from '../support/focus.js';

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

describe('a name of three letters after أين / متى', () => {
  // Over the benchmark's Arabic stories, where مصر is found as a place.
  const storiesDir = fileURLToPath(new URL('../eval/xling/stories/ar', import.meta.url));
  const ar = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false }));
  const arWords = foldConversationWords(ar);
  it('is read as the verb by its form, but names no one who acts: the person in focus is no "he"', () => {
    const question = 'وأين مصر؟';
    const p = pointersOf(
      ar.analyzer.analyze(question).map((t) => t.norm),
      arWords,
    );
    expect(p.verbWord).toBe('مصر');
    const r = resolveFollowUp(parseQuery(ar, question, SEARCH_DEFAULTS), p, state([person('auto-kldn')]), { index: ar, words: arWords, o: SEARCH_DEFAULTS });
    // Carried along as context, not as the subject a pronoun stands for.
    expect(r.carried.find((u) => u.key === 'c:auto-kldn')?.carried).toBe(true);
  });
});
