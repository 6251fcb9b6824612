/**
 * "why?" after an answer that gives no reason: a story explains a fact right after telling it, in the
 * fact's own words. So the next sentence answers when it goes on about what the answer told (a word of
 * its own in common), as it already did when it gave a reason or went on about the answer's speaker.
 * Without it, the answer shown came back, as the best match of the words carried along.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import type { ChatState } from '../../src/types.js';
import { knowledgeWith } from '../support/stories.js';

const knowledge = knowledgeWith({
  'en-radio': {
    lines: [
      'The old Zenith radio had a weak bass response in tests.',
      'The small speaker and the thin plastic case of the radio weaken its bass.',
      'The radio was sold in shops across Ohio from 1990.',
    ],
    language: 'en',
  },
});
const engine = createEngine({ knowledge });
const chat = (...questions: string[]) => {
  let state: ChatState | undefined;
  let first = '';
  for (const q of questions) {
    const r = engine.ask(q, state, { story: 'en-radio', top: 3 });
    state = r.state;
    first = r.answers[0]?.text ?? '(refused)';
  }
  return first;
};

describe('"why?" after a fact with no reason given', () => {
  it('is answered by the next sentence when it goes on about that fact', () => {
    expect(chat('which radio had a weak bass response?')).toContain('weak bass response');
    expect(chat('which radio had a weak bass response?', 'why?')).toContain('thin plastic case');
  });
});
