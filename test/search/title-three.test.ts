import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// The college story of title-coverage.test.ts, beside a news story that writes the mayor "Dunmore
// Larkspur" (both written for this test): a title naming the college as "Dunmore Larkspur College of
// Harlow" then names three concepts (Dunmore Larkspur, Dunmore, Harlow), two of which overlap: two things,
// as the parts of one name (جمال عبد الناصر, عبد الناصر) are one. The answer (sentence 7) does not
// name the college.
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
const OTHER = [
  'Mayor Dunmore Larkspur said the bridge would open in May.',
  'Larkspur, the mayor, told reporters the cost had doubled.',
  'College Dunmore Larkspur students protested on Monday.',
  'Dunmore Larkspur said he would resign.',
];
const ask = (question: string, titleThings: number = SEARCH_DEFAULTS.titleThings) => {
  const knowledge = knowledgeWith({
    larkspur: { lines: STORY, language: 'en', title: 'Dunmore Larkspur College of Harlow' },
    bridge: { lines: OTHER, language: 'en', title: 'Bridge news' },
  });
  const r = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, titleThings } }).ask(question, undefined, { story: 'larkspur' });
  return r.abstained ? 'refused' : (r.answers[0]?.ref ?? '');
};

describe('what a title names, counted as things', () => {
  it('is a subject when overlapping concepts are one thing: it counts toward coverage where the sentence does not name it', () => {
    expect(ask('How large is the Dunmore Larkspur College campus?')).toBe('7');
  });

  it('was not with titleThings off (three concepts, no subject): the question was refused', () => {
    expect(ask('How large is the Dunmore Larkspur College campus?', 0)).toBe('refused');
  });

  it('still answers no question whose own words the story never writes', () => {
    expect(ask("What is Dunmore Larkspur College's acceptance rate?")).toBe('refused');
  });
});
