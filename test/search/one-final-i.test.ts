import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { stemEnglish } from '../../src/text/english.js';
import { knowledgeWith } from '../support/stories.js';

describe('one key for the forms Porter writes with y, i or ie', () => {
  it('keys a verb in -ie, -y or -ue and its inflections alike', () => {
    for (const family of [
      ['die', 'died', 'dies', 'dying'],
      ['lie', 'lied', 'lies', 'lying'],
      ['tie', 'tied', 'ties', 'tying'],
      ['cry', 'cried', 'cries', 'crying'],
      ['fly', 'flies', 'flying'],
      ['try', 'tried', 'tries', 'trying'],
      ['sue', 'sued', 'sues', 'suing'],
      ['employ', 'employed', 'employment'],
    ]) {
      const keys = new Set(family.map(stemEnglish));
      expect([...keys], family.join(' ')).toHaveLength(1);
    }
  });

  it('keeps Porter’s key where it was already one ("happy" → happi, "argue" → argu)', () => {
    expect(stemEnglish('happy')).toBe(stemEnglish('happiness'));
    expect(stemEnglish('argue')).toBe(stemEnglish('argued'));
    expect(stemEnglish('elections')).toBe('elect');
    // Nor does "aye" take the key of the acronym AI.
    expect(stemEnglish('aye')).not.toBe(stemEnglish('ai'));
  });
});

// The answer says "died"; the question asks "die". The other sentences name no death.
const STORY = [
  'The painter Mara Voss moved to Porto in 1990 and opened a school there.',
  'She died in 2004, after a long illness.',
  'Her pupils keep the school open.',
];

describe('a question word meets its inflection through the engine', () => {
  const knowledge = knowledgeWith({ voss: { lines: STORY, language: 'en' } });
  const engine = createEngine({ knowledge });
  const ask = (q: string) => {
    const r = engine.ask(q, undefined, { story: 'voss' });
    return r.abstained ? 'refused' : r.answers[0]?.ref;
  };

  it('answers "when did she die?" with the sentence that says "died"', () => {
    expect(ask('When did she die?')).toBe('2');
    expect(ask('When did the painter die?')).toBe('2');
  });
});
