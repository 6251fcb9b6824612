import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// "Basilica", "Sacred" and "Heart" are written only together in this story, in two sentences: one piece of
// evidence. Weighed as three, they outweigh what the question asks of the church (who painted it), and a
// sentence that only names the church comes first.
const STORY = [
  'Pilgrims pray in the Basilica of the Sacred Heart at Easter.',
  'The hall burned down in spring and was rebuilt within two months.',
  'Its walls were painted by Luigi Gregori, a painter from Rome.',
  'Students walk to lectures every morning.',
  'The Basilica of the Sacred Heart is the tallest church in the state.',
];
const knowledge = knowledgeWith({ 'en-church': { lines: STORY, language: 'en' } });
const first = (question: string, together: number = SEARCH_DEFAULTS.together) =>
  createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, together } }).ask(question, undefined, { story: 'en-church' }).answers[0]?.text ?? '';

describe('words the story writes only together', () => {
  it('count as one piece of evidence', () => {
    expect(first('Who painted the inside of the Basilica of the Sacred Heart?')).toContain('Gregori');
  });

  it('count twice with together at 1', () => {
    expect(first('Who painted the inside of the Basilica of the Sacred Heart?', 1)).not.toContain('Gregori');
  });

  // "painted" and "inside" are met once each, in the sentence that answers: that is no phrase, and
  // halving one of them would send the question to the sentence naming the church.
  it('but not two words met once, in one sentence', () => {
    const once = knowledgeWith({
      'en-once': {
        lines: [
          'The Basilica of the Sacred Heart stands beside the lake.',
          'Students walk past it every morning on their way to lectures.',
          'Its inside was painted by Luigi Gregori, a painter from Rome.',
          'The hall burned down in spring and was rebuilt within two months.',
          'The basilica holds a French organ.',
        ],
        language: 'en',
      },
    });
    const r = createEngine({ knowledge: once }).ask('Who painted the inside of the Basilica of the Sacred Heart?', undefined, { story: 'en-once' });
    expect(r.answers[0]?.text).toContain('Gregori');
  });
});
