import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// "Who coached the winners of the 2030 World Cup?" of a story that never speaks of coaches or winners:
// the best answer, the story's lead, meets only what the story is about (the World Cup, its title's
// words), and the word that would name the person is written nowhere in the story.
const STORY = [
  'The 2030 World Cup is the twenty-fourth World Cup for national teams of men.',
  'The World Cup will be held in six countries on three continents.',
  'Morocco, Spain and Portugal will host most of the World Cup matches.',
  'The opening matches will be played in Uruguay, Argentina and Paraguay.',
  'Forty-eight national teams will take part in the World Cup.',
  'Tickets go on sale next year.',
  'New stadiums are being built in Morocco.',
  'The final will be played in Spain.',
];
const knowledge = knowledgeWith({ cup: { lines: STORY, language: 'en', title: 'The 2030 World Cup' } });
const ask = (question: string, whoSubjectOnly: number = SEARCH_DEFAULTS.whoSubjectOnly) =>
  createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, whoSubjectOnly } }).ask(question, undefined, { story: 'cup' });

describe('a who question answered only by the story subject', () => {
  it('is refused when a word of the question is written nowhere in the story', () => {
    const r = ask('Who coached the winners of the 2030 World Cup?');
    expect(r.abstained).toBe(true);
    expect(r.gate).toBe('subject-only');
  });

  it('was answered by the lead with whoSubjectOnly off', () => {
    const r = ask('Who coached the winners of the 2030 World Cup?', 0);
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('twenty-fourth');
  });

  it('is answered when the answer meets a word of the question besides the subject', () => {
    const r = ask('Who will host the World Cup matches?');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('Morocco, Spain and Portugal');
  });
});
