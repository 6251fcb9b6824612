import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// "Who did Harper Lee become friends with?": *friends* is a cue of "who" (a kinship word names a person
// without a name), but here the question writes it: it is what is asked about, not the answer, as the
// question's own names are. The sentence that names the friend should win over one that only writes
// *friends*.
const STORY = [
  'Harper Lee wrote a novel about a town in Alabama.',
  'Donations from friends allowed Harper Lee to write for a year.',
  'Harper Lee grew up in Monroeville, where she was friends with the writer Truman Capote.',
  'The novel won the Pulitzer Prize in 1961.',
];
const knowledge = knowledgeWith({ 'en-lee': { lines: STORY, language: 'en' } });
const ask = (question: string, freshCues: number = SEARCH_DEFAULTS.freshCues) =>
  createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, freshCues } }).ask(question, undefined, { story: 'en-lee' });

describe('a cue word the question writes itself', () => {
  it('does not supply "who": the sentence naming the friend answers', () => {
    expect(ask('Who did Harper Lee become friends with?').answers[0]?.text).toContain('Truman Capote');
  });

  it('supplies it with freshCues off', () => {
    expect(ask('Who did Harper Lee become friends with?', 0).answers[0]?.text).toContain('Donations');
  });

  it('still supplies it when the question does not write it', () => {
    expect(ask('Who helped Harper Lee?').answers[0]?.text ?? '').toContain('Donations');
  });
});
