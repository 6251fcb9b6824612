import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { stemEnglish } from '../../src/text/english.js';
import { knowledgeWith } from '../support/stories.js';

describe('a verb that ends in two consonants keeps them before -ed and -ing', () => {
  it('keys the verb and its inflections alike', () => {
    for (const family of [
      ['add', 'adds', 'added', 'adding'],
      ['staff', 'staffs', 'staffed', 'staffing'],
      ['boycott', 'boycotts', 'boycotted', 'boycotting'],
      ['plan', 'plans', 'planned', 'planning'],
      ['stop', 'stops', 'stopped', 'stopping'],
      ['put', 'puts', 'putting'],
    ]) {
      expect(new Set(family.map(stemEnglish)).size, family.join(' ')).toBe(1);
    }
  });

  it('parts "added" from "ad"', () => {
    expect(stemEnglish('added')).not.toBe(stemEnglish('ads'));
  });
});

const STORY = [
  'The painter Mara Voss moved to Porto in 1990 and opened a school there.',
  'In 2004 the school added a second floor for sculpture.',
  'The city bought the school in 2010.',
];

describe('a verb in a doubled consonant meets its past through the engine', () => {
  const knowledge = knowledgeWith({ voss: { lines: STORY, language: 'en' } });
  const engine = createEngine({ knowledge });
  const ask = (q: string) => {
    const r = engine.ask(q, undefined, { story: 'voss' });
    return r.abstained ? 'refused' : r.answers[0]?.ref;
  };

  it('answers "what did they add?" with the sentence that says "added"', () => {
    expect(ask('What did they add?')).toBe('2');
  });
});
