import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { stemEnglish } from '../../src/text/english.js';
import { knowledgeWith } from '../support/stories.js';

describe('a verb in -eed has one key', () => {
  it('keys the verb and its inflections alike', () => {
    for (const family of [
      ['succeed', 'succeeds', 'succeeded', 'succeeding'],
      ['exceed', 'exceeds', 'exceeded', 'exceeding'],
      ['proceed', 'proceeds', 'proceeded', 'proceeding', 'proceedings'],
      ['need', 'needs', 'needed', 'needing'],
      ['breed', 'breeds', 'breeding'],
    ]) {
      expect(new Set(family.map(stemEnglish)).size, family.join(' ')).toBe(1);
    }
  });
});

const STORY = [
  'The painter Mara Voss moved to Porto in 1990 and opened a school there.',
  'In 2004 her pupil Ines Lobo succeeded her as head of the school.',
  'The city bought the school in 2010.',
];

describe('a verb in -eed meets its inflection through the engine', () => {
  const knowledge = knowledgeWith({ voss: { lines: STORY, language: 'en' } });
  const engine = createEngine({ knowledge });
  const ask = (q: string) => {
    const r = engine.ask(q, undefined, { story: 'voss' });
    return r.abstained ? 'refused' : r.answers[0]?.ref;
  };

  it('answers "who would succeed her?" with the sentence that says "succeeded"', () => {
    expect(ask('Who would succeed her?')).toBe('2');
  });
});
