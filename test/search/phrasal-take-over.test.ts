import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test. "Take over" means to seize control (knowledge/phrasal-verbs.en.tsv): a
// story tells it as "came under English control" as often as with the verb. Without "control" among the
// phrase's meanings, the sentence naming the English and the Dutch with another year comes first.
const STORY = [
  'In 1609 an English captain sailed to the colony for the Dutch.',
  'The Dutch founded a trading post on the island in 1624.',
  'The colony came under English control in 1664.',
  'Its harbour grew quickly in the following century.',
];
const knowledge = knowledgeWith({ 'en-colony': { lines: STORY, language: 'en' } });
const QUESTION = 'When did the English take over the colony from the Dutch?';
const top = (k: typeof knowledge) => {
  const r = createEngine({ knowledge: k }).ask(QUESTION, undefined, { story: 'en-colony' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('"take over" means to seize control', () => {
  it('the sentence of control answers it', () => expect(top(knowledge)).toBe('3'));
  it('not when the phrase means only "seize"', () => {
    const phrasalVerbs = knowledge.phrasalVerbs.map((v) => (v.particles.join(' ') === 'over' && v.forms.has('take') ? { ...v, meaning: ['seize'] } : v));
    expect(top({ ...knowledge, phrasalVerbs })).not.toBe('3');
  });
});
