import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// Stories written for this test. ابل is "camel" to the dictionary and how Arabic writes *Apple*: its
// consonants alone (b-l) spell too many words, so as an ordinary word it spelled no name, and the
// question matched only its other words, which the rival's sentence holds as well.
const knowledge = knowledgeWith({
  'en-shops': {
    lines: [
      'A rival company opened its first store in Tokyo in 2003, selling music players.',
      'Apple opened its first store in Virginia in May 2001.',
      'Both stores sold players and computers, and customers queued for hours.',
    ],
    language: 'en',
  },
  'en-desert': {
    lines: ['The camel carried water across the desert for three days.', 'Farmers there grow Apple trees of a rare kind.'],
    language: 'en',
  },
});
const index = buildIndex(knowledge);
const keysOf = (q: string, story: string, ordinarySpelling = SEARCH_DEFAULTS.ordinarySpelling) =>
  parseQuery(index, q, { ...SEARCH_DEFAULTS, ordinarySpelling }, story).units.flatMap((u) => u.alts.map((a) => a.key));

describe('an ordinary Arabic word that writes a name letter for letter', () => {
  it('ابل matches Apple in a story that writes none of its senses', () => {
    const top = (ordinarySpelling: number) => {
      const r = createEngine({ knowledge, options: { ordinarySpelling } }).ask('متى افتتحت ابل أول متجر لها؟', undefined, { story: 'en-shops' });
      return r.abstained ? 'refused' : r.answers[0]?.ref;
    };
    expect(top(SEARCH_DEFAULTS.ordinarySpelling)).toBe('2');
    expect(top(-1)).not.toBe('2');
  });
  it('is its sense where the story writes one (camel), and spells nothing asked of all stories', () => {
    expect(keysOf('ماذا حمل ابل؟', 'en-desert')).not.toContain('en:appl');
    expect(keysOf('متى افتتحت ابل أول متجر لها؟', 'en-shops')).toContain('en:appl');
    expect(parseQuery(index, 'متى افتتحت ابل أول متجر لها؟', SEARCH_DEFAULTS).units.flatMap((u) => u.alts.map((a) => a.key))).not.toContain('en:appl');
  });
});
