import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test. Bighorn is one word in English and two in Arabic (بيغ هورن). Read
// word by word, the pair's skeleton is not the English word's: English reads gh as g (Bighorn, bgrn)
// where Arabic writes غ and then the ه of هورن (bghrn). Ku Klux is two words in both: كلوكس spells
// Klux alone, and the pair (الكو كلوكس, whose joined skeleton is Klux's too) adds nothing to الكو.
const knowledge = knowledgeWith({
  'en-west': {
    lines: ['The Battle of the Little Bighorn was fought in 1876 near the river.', 'The Ku Klux Klan marched through the town in 1924.'],
    language: 'en',
  },
});
const index = buildIndex(knowledge);
const keysOf = (q: string, label: string) =>
  parseQuery(index, q, SEARCH_DEFAULTS, 'en-west')
    .units.filter((u) => u.label === label)
    .flatMap((u) => u.alts.map((a) => a.key));

describe('two Arabic words read as the one word a story writes', () => {
  it('بيغ هورن spells Bighorn', () => {
    expect(keysOf('متى وقعت معركة بيغ هورن؟', 'هورن')).toContain('en:bighorn');
  });
  it('not for a word that spells the name alone (كلوكس is Klux; الكو is not made Klux too)', () => {
    expect(keysOf('متى سار الكو كلوكس كلان في البلدة؟', 'الكو')).not.toContain('en:klux');
  });
});
