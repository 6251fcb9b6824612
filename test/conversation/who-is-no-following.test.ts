/**
 * "who is Chen Qingying?" asked in a conversation, as a question of its own: the story tells who someone
 * is where it brings them in, not where it goes on from the answer shown. A tie between the sentence that
 * introduces him and one right after the answer shown where he speaks again went to the latter
 * (preferFollowing); with identityNoFollowing it goes by the ranking alone.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith, lastFirstText } from '../support/stories.js';

const knowledge = knowledgeWith({
  'en-envoys': {
    lines: [
      'Chen Qingying, a professor of history in Beijing, studied the court records of the period.',
      'The Ming court sent envoys to Lhasa in 1403.',
      'The envoys brought silk and tea to the monks.',
      'Chen Qingying writes that the monks refused the gifts.',
    ],
    language: 'en',
  },
});
const chat = (identityNoFollowing: number, ...questions: string[]) =>
  lastFirstText(createEngine({ knowledge, options: { identityNoFollowing } }), 'en-envoys', questions);

describe('"who is X?" in a conversation', () => {
  it('is answered where the story brings X in, not by the sentence after the answer shown', () => {
    expect(chat(1, 'what did the envoys bring to the monks?')).toContain('silk and tea');
    expect(chat(1, 'what did the envoys bring to the monks?', 'who is Chen Qingying?')).toContain('professor of history');
  });
  it('went to the sentence after the answer shown without the rule', () => {
    expect(chat(0, 'what did the envoys bring to the monks?', 'who is Chen Qingying?')).toContain('refused the gifts');
  });
});
