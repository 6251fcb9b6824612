import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { spellingDistance } from '../../src/text/transliterate.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test. Arabic writes a g with ج as often as with غ (جوجل and غوغل, *Google*;
// جينوسايد, *genocide*), and ج is j in a consonant skeleton: جينوسايد ("jnsd") met no *genocide*
// ("gnsd"), so the question matched only its ordinary words, which the other sentences hold as well.
const knowledge = knowledgeWith({
  'en-word': {
    lines: [
      'The court first used the word crime in its ruling of 1948 on the killings.',
      'The word genocide, which gave the Genocide Convention its name, was first used in 1944.',
      'Lawyers met in London in 1946 to discuss the killings.',
    ],
    language: 'en',
  },
});
const top = (jimAsG: number) => {
  const r = createEngine({ knowledge, options: { jimAsG } }).ask('متى استخدمت كلمة جينوسايد لأول مرة؟', undefined, { story: 'en-word' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('ج spells a g', () => {
  it('جينوسايد matches genocide', () => {
    expect(top(1)).toBe('2');
    expect(top(0)).not.toBe('2');
  });
  it('a ج costs nothing against a g in the spelling distance', () => {
    expect(spellingDistance('جوجل', 'google')).toBe(spellingDistance('غوغل', 'google'));
  });
});
