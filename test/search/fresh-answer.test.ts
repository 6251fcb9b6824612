import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// Both sentences name Jenkins and the presidency; only the second names another person, who answers
// "who preceded Jenkins?". The first ties with it on the question's words and comes first in the story.
const STORY = ['The board elected John Jenkins president of the university in 2005.', 'John Jenkins took over as president from Edward Malloy in 2005.'];
const knowledge = knowledgeWith({ 'en-presidents': { lines: STORY, language: 'en' } });
const engine = createEngine({ knowledge });
const index = buildIndex(knowledge);

describe('a question for a person', () => {
  it('is answered by a sentence naming a person the question does not name', () => {
    const r = engine.ask('Who preceded John Jenkins as president?', undefined, { story: 'en-presidents' });
    expect(r.answers[0]?.ref).toBe('2');
  });

  it('is asked by "who" opening the question, not by "who" opening a relative clause', () => {
    expect(parseQuery(index, 'Who preceded Jenkins?').answerTypes).toContain('person');
    expect(parseQuery(index, 'To whom did Jenkins speak?').answerTypes).toContain('person');
    expect(parseQuery(index, 'What did the priests who elected Jenkins want?').answerTypes).not.toContain('person');
  });

  it('is not asked by "who is …?", which asks what the story says of a name or who holds a role', () => {
    expect(parseQuery(index, 'Who is John Jenkins?').answerTypes).not.toContain('person');
  });
});

// Both sentences name the aftershock, its year and the town; only the second says when it struck. The
// year the question writes is what it asks about, not its answer.
const AFTERSHOCK = ['The aftershock of 2008 struck Qingchuan hard.', 'The aftershock of 2008 struck Qingchuan on May 25.'];

describe('a question for a number', () => {
  it('is answered by a number the question does not write', () => {
    const quake = createEngine({ knowledge: knowledgeWith({ 'en-aftershock': { lines: AFTERSHOCK, language: 'en' } }) });
    const r = quake.ask('When did the aftershock of 2008 strike Qingchuan?', undefined, { story: 'en-aftershock' });
    expect(r.answers[0]?.ref).toBe('2');
  });
});
