import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test: it spells out "New York City" and the "Federal Bureau of
// Investigation" and never writes NYC or FBI. A question that abbreviates them in capitals means those
// words (index.ts `postInitials`, SearchOptions.initials): without the rule, NYC is a name the story
// lacks, and the question is refused (with the lexical second opinion off: its BM25 agreement alone
// answers these).
const STORY = [
  'The harbour was busy for most of the century.',
  'The Hudson River flows past New York City into the harbour.',
  'Dutch settlers built a fort on the island in 1625.',
  'In 1664 the English took control of the colony from the Dutch.',
  'Agents of the Federal Bureau of Investigation searched the offices in March.',
];

const knowledge = knowledgeWith({ 'en-nyc': { lines: STORY, language: 'en' } });
const engine = createEngine({ knowledge });
const without = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, initials: 0, lexicalAgreement: 0 } });
const top = (e: typeof engine, q: string) => {
  const r = e.ask(q, undefined, { story: 'en-nyc' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('an acronym in capitals stands for the capitalised words whose initials it spells', () => {
  it('Which river flows past NYC?', () => {
    expect(top(engine, 'Which river flows past NYC?')).toBe('2');
    expect(top(without, 'Which river flows past NYC?')).toBe('refused');
  });
  it('When did the FBI search the offices?', () => {
    expect(top(engine, 'When did the FBI search the offices?')).toBe('5');
    expect(top(without, 'When did the FBI search the offices?')).toBe('refused');
  });
});
