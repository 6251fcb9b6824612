import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery, postingsOf } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. It names two people of one surname in full, then one of
// them by the surname alone, as news writing does: the sentence after "Josephine Baker" that says "Baker"
// speaks of her, not of the Anita Baker named before. A question naming her in full (in English or in
// Arabic letters) meets that sentence through the surname (`surnameAlone`); one naming Anita Baker does not.
const STORY = [
  'The singer listed Anita Baker among the artists she admired as a child.',
  'Her second album was inspired by the dancer Josephine Baker.',
  'The singer paid homage to Baker by performing a new song at a charity concert in Paris.',
  'The album sold two million copies in its first year.',
];

const index = buildIndex(knowledgeWith({ 'en-singer': { lines: STORY, language: 'en' } }));
const third = index.sentences.findIndex((s) => s.sentence.text.startsWith('The singer paid homage'));

/** Whether the unit of the question labelled `label` matches the sentence that says "Baker" alone. */
const meetsSurname = (q: string, label: string, options: SearchOptions = SEARCH_DEFAULTS) => {
  const unit = parseQuery(index, q, options, 'en-singer').units.find((u) => u.label === label);
  expect(unit).toBeDefined();
  return (unit?.alts ?? []).some((a) => postingsOf(index, a.key)?.includes(third) === true);
};

describe('a person named by the last word of their name alone', () => {
  it('is the one the story named last in full, asked in English', () => {
    expect(meetsSurname('What did the singer do to honor Josephine Baker?', 'Josephine Baker')).toBe(true);
    expect(meetsSurname('What did the singer do to honor Josephine Baker?', 'Josephine Baker', { ...SEARCH_DEFAULTS, surnameAlone: 0 })).toBe(false);
  });
  it('is the one the story named last in full, asked in Arabic', () => {
    expect(meetsSurname('ماذا فعلت المغنية تكريما لجوزفين بيكر؟', 'لجوزفين بيكر')).toBe(true);
  });
  it('is not another person of that surname named before', () => {
    expect(meetsSurname('What did the singer do to honor Anita Baker?', 'Anita Baker')).toBe(false);
  });
});
