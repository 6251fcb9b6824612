/**
 * "why did he decline the invitation?" just after the sentence that says he declined it and gives no
 * reason: the answer shown holds every word of the question's own, so it came back, as the best match;
 * the story gives the reason right after it ("this was due to old age"). That sentence comes first when
 * it gives a reason (whyOwnWords), and only then.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith, lastFirstText } from '../support/stories.js';

const knowledge = knowledgeWith({
  'en-abbot': {
    lines: [
      'The monastery of Sera was founded in the hills above the old town.',
      'When the king invited Abbot Lobsang, founder of the Sera monastery, to visit the court, the latter declined the invitation.',
      'Historians write that Lobsang stayed away due to old age and poor health.',
      'The king later sent gifts of silk and tea to the monastery.',
    ],
    language: 'en',
  },
  'en-envoy': {
    lines: [
      'The envoy Karl Brandt travelled to the capital in the spring.',
      'The governor invited Karl Brandt to the palace, but the envoy declined the invitation.',
      'The envoy later sailed home with his staff.',
    ],
    language: 'en',
  },
});
const chat = (story: string, ...questions: string[]) => lastFirstText(createEngine({ knowledge }), story, questions);

describe('"why …?" with words the answer shown holds, and no reason given', () => {
  it('is answered by the next sentence when that gives a reason', () => {
    expect(chat('en-abbot', 'who founded the Sera monastery?')).toContain('declined the invitation');
    expect(chat('en-abbot', 'who founded the Sera monastery?', 'why did he decline the invitation?')).toContain('due to old age');
  });
  it('keeps the answer shown when the next sentence gives no reason', () => {
    expect(chat('en-envoy', 'who invited Karl Brandt to the palace?', 'why did he decline the invitation?')).toContain('declined the invitation');
  });
});
