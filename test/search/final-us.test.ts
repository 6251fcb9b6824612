import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { stemEnglish } from '../../src/text/english.js';
import { knowledgeWith } from '../support/stories.js';

describe('a word in -us keeps its s', () => {
  it('keys a noun in -us and its inflections alike', () => {
    for (const family of [
      ['focus', 'focused', 'focuses', 'focusing'],
      ['virus', 'viruses'],
      ['census', 'censuses'],
      ['campus', 'campuses'],
      ['status', 'statuses'],
    ]) {
      expect(new Set(family.map(stemEnglish)).size, family.join(' ')).toBe(1);
    }
  });

  it('parts it from the word in -ue, and leaves -ous and the plurals of nouns in -u alone', () => {
    expect(stemEnglish('status')).not.toBe(stemEnglish('statue'));
    expect(stemEnglish('venus')).not.toBe(stemEnglish('venue'));
    expect(stemEnglish('famous')).toBe('famou');
    expect(stemEnglish('hindus')).toBe(stemEnglish('hindu'));
    expect(stemEnglish('bureaus')).toBe(stemEnglish('bureau'));
    expect(stemEnglish('menus')).toBe(stemEnglish('menu'));
  });
});

const STORY = [
  'The painter Mara Voss moved to Porto in 1990 and opened a school there.',
  'Her later work focused on the river and its bridges.',
  'In 2010 the city put up a statue in the main square.',
];

describe('a word in -us meets its inflections through the engine, and not the word in -ue', () => {
  const knowledge = knowledgeWith({ voss: { lines: STORY, language: 'en' } });
  const engine = createEngine({ knowledge });
  const ask = (q: string) => {
    const r = engine.ask(q, undefined, { story: 'voss' });
    return r.abstained ? 'refused' : r.answers[0]?.ref;
  };

  it('answers "what was the focus?" with the sentence that says "focused"', () => {
    expect(ask('What was the focus?')).toBe('2');
  });

  it('does not answer a question about a status with the sentence about a statue', () => {
    expect(ask('What was its status?')).not.toBe('3');
  });
});
