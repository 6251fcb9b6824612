import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// An encyclopedia-style story about one college, written for this test: its title names the college,
// and most sentences speak of it without naming it. A question names the college as every question
// about it does; the sentence that answers lacks the name, though the whole story is about it.
const STORY = [
  'Larkspur College is a private college above Dunmore.',
  'The weavers of Dunmore founded Larkspur College in 1861.',
  'Its rowing team has won the regional cup eleven times.',
  'Students elect a council every spring.',
  'The library opened in 1921 and holds two million volumes.',
  'A new chapel was consecrated after the war.',
  'The campus covers forty acres of woodland.',
  'Tuition is paid in two parts each year.',
  'Buses run from Dunmore to Harlow and to Penrith every hour.',
];
const ask = (question: string, titleCoverage: number = SEARCH_DEFAULTS.titleCoverage, title = 'Larkspur College') => {
  const knowledge = knowledgeWith({ larkspur: { lines: STORY, language: 'en', title } });
  const r = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, titleCoverage } }).ask(question, undefined, { story: 'larkspur' });
  return r.abstained ? 'refused' : (r.answers[0]?.ref ?? '');
};

describe("what the title names, toward a sentence's coverage", () => {
  it('counts in part where the sentence does not name it', () => {
    expect(ask('How large is the Larkspur College campus?')).toBe('7');
  });

  it('is what the answer hangs on: without it the question is refused', () => {
    expect(ask('How large is the Larkspur College campus?', 0)).toBe('refused');
  });

  // The title alone is no answer: a question whose own words the story never writes is still refused.
  it('does not answer a question about something the story never mentions', () => {
    expect(ask("What is Larkspur College's acceptance rate?")).toBe('refused');
  });

  // A headline naming three places or more (as a news story's often does: Trump, Putin, Ukraine) has no
  // one subject that every sentence is about.
  it('not in a story whose title names three things or more', () => {
    expect(ask('How large is the Larkspur College campus?', SEARCH_DEFAULTS.titleCoverage, 'Larkspur College, Dunmore, Harlow and Penrith')).toBe('refused');
  });
});
