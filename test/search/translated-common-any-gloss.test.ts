import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// An Arabic word an English story holds only as translations, one of whose first senses is a common
// English word, is a paraphrase there: it weighs at most `translatedCommon` of the largest idf
// (query.ts). Which of its senses the dictionary lists first must not decide that: ألوان is *colours*
// first, which the list of common words lacks, and *colors* second. Uncapped, a rare *colors* outweighed
// the rest of the question (من سرب صور ألوان الآيبود الجديدة, answered by the sentence naming colours).
const knowledge = knowledgeWith({
  'en-leak': {
    lines: [
      'The phone maker released its first model in 2007.',
      'Several new colors for the phone were spotted in a software update.',
      'Photos of the new phone were leaked by a blogger, Pierre Dandumont.',
    ],
    language: 'en',
  },
});

describe('a translated common word, whatever sense the dictionary lists first', () => {
  it('is read as a paraphrase', () => {
    const units = parseQuery(buildIndex(knowledge), 'من سرب صور ألوان الهاتف الجديدة؟', SEARCH_DEFAULTS, 'en-leak').units;
    const colours = units.find((u) => u.label === 'ألوان');
    expect(colours?.alts.some((a) => a.key === 'en:color')).toBe(true);
    expect(colours?.translatedCommon).toBe(true);
  });
});
