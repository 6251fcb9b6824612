import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { stemEnglish } from '../../src/text/english.js';
import { knowledgeWith } from '../support/stories.js';

describe("an adjective's comparative is keyed as the adjective", () => {
  it('keys the adjective and its comparative alike', () => {
    for (const family of [
      ['old', 'older'],
      ['large', 'larger'],
      ['big', 'bigger'],
      ['happy', 'happier'],
      ['wide', 'wider'],
      ['long', 'longer'],
      ['close', 'closer'],
      ['late', 'later'],
    ]) {
      expect(new Set(family.map(stemEnglish)).size, family.join(' ')).toBe(1);
    }
  });

  it("leaves superlatives and WordNet's irregular degrees their own keys", () => {
    expect(stemEnglish('oldest')).not.toBe(stemEnglish('old'));
    expect(stemEnglish('largest')).not.toBe(stemEnglish('large'));
    expect(stemEnglish('best')).not.toBe(stemEnglish('good'));
  });

  it('leaves a word of its own in -er alone', () => {
    for (const [word, adjective] of [
      ['number', 'numb'],
      ['stranger', 'strange'],
      ['cleaner', 'clean'],
      ['wilder', 'wild'],
      ['easter', 'east'],
      ['after', 'aft'],
      ['upper', 'up'],
      ['inner', 'in'],
      ['player', 'play'],
      ['water', 'wat'],
      ['layer', 'lay'],
    ] as const) {
      expect(stemEnglish(word), word).not.toBe(stemEnglish(adjective));
    }
  });
});

const STORY = [
  'The painter Mara Voss moved to Porto in 1990 and opened a school there.',
  'The Tagus is a river in the south of the country.',
  'The Douro is an old river that runs past her studio.',
];

describe('a comparative meets its adjective through the engine', () => {
  const knowledge = knowledgeWith({ voss: { lines: STORY, language: 'en' } });
  const engine = createEngine({ knowledge });
  const ask = (q: string) => {
    const r = engine.ask(q, undefined, { story: 'voss' });
    return r.abstained ? 'refused' : r.answers[0]?.ref;
  };

  it('answers "which river is older?" with the sentence that says "old"', () => {
    expect(ask('Which river is older?')).toBe('3');
  });
});
