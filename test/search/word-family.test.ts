import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { englishFamilyKey, ordinalWord, stemEnglish } from '../../src/text/english.js';
import { knowledgeWith } from '../support/stories.js';

const family = (word: string) => englishFamilyKey(`en:${stemEnglish(word)}`);

describe('English word families', () => {
  it('joins what Porter stemming keeps apart: a verb and its noun, -y and -ed', () => {
    expect(family('invaded')).toBe(family('invasion'));
    expect(family('decide')).toBe(family('decision'));
    expect(family('injured')).toBe(family('injuries'));
    expect(family('inventor')).toBe(family('invention'));
    expect(family('definition')).toBe(family('defined'));
    expect(family('recovery')).toBe(family('recovered'));
    expect(family('playing')).toBe(family('players'));
    expect(family('exposure')).toBe(family('exposed'));
  });

  it('joins an adverb in -ly Porter keeps whole to its adjective', () => {
    // "the second most common language" where the story says "the language most commonly spoken".
    expect(family('commonly')).toBe(family('common'));
    expect(family('directly')).toBe(family('direct'));
    expect(family('strongly')).toBe(family('strong'));
    // Not below four letters: "early" is no "ear", "reply" no "rep".
    expect(family('early')).not.toBe(family('ear'));
    expect(family('reply')).not.toBe(family('rep'));
  });

  it('leaves unrelated words and short stems apart', () => {
    expect(family('send')).not.toBe(family('sense'));
    expect(family('bass')).not.toBe(family('base'));
    expect(family('construction')).not.toBe(family('reconstruction'));
    expect(family('gen')).not.toBe(family('gene'));
  });
});

// The answer says "invasion" and "injuries" where the questions say "invaded" and "injured"; the
// other sentence holds the questions' other words as asked.
const STORY = [
  'Reporters asked the governor about the northern province on Monday, and about the wounded.',
  'The invasion of the northern province began in 1229, and the injuries were many.',
];

describe('a question word matches its family in the story', () => {
  const knowledge = knowledgeWith({ fam: { lines: STORY, language: 'en' } });
  const ask = (q: string, family?: number) => {
    const engine = createEngine({ knowledge, options: family === undefined ? {} : { family } });
    const r = engine.ask(q, undefined, { story: 'fam' });
    return r.abstained ? 'refused' : r.answers[0]?.ref;
  };

  it('cites the sentence that holds another form of the asked word', () => {
    expect(ask('When was the northern province invaded?')).toBe('2');
    expect(ask('When was the northern province invaded?', 0)).not.toBe('2');
  });
});

describe('ordinals in digits', () => {
  it('share the key of the ordinal word', () => {
    expect(ordinalWord('3rd')).toBe('third');
    expect(ordinalWord('20th')).toBe('twentieth');
    expect(ordinalWord('21st')).toBeUndefined();
    expect(ordinalWord('3d')).toBeUndefined();
  });

  it('let "3rd" find the sentence that writes "third"', () => {
    const knowledge = knowledgeWith({
      ord: {
        lines: ['The first model of the player sold well in its year.', 'The third model of the player had a weak speaker in its year.'],
        language: 'en',
      },
    });
    const r = createEngine({ knowledge }).ask('What did the 3rd model of the player have?', undefined, { story: 'ord' });
    expect(r.abstained ? 'refused' : r.answers[0]?.ref).toBe('2');
  });
});

describe('a duration in months, weeks or days', () => {
  it('answers "how long" over a sentence that only repeats the question', () => {
    const knowledge = knowledgeWith({
      dur: {
        lines: ['The singer fell ill after the tour was cancelled by the label.', 'The singer was ill for several months.'],
        language: 'en',
      },
    });
    const r = createEngine({ knowledge }).ask('How long was the singer ill after the tour?', undefined, { story: 'dur' });
    expect(r.abstained ? 'refused' : r.answers[0]?.ref).toBe('2');
  });
});
