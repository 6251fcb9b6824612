import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the questions are Arabic.
const EN_STORY = [
  'Jerome Green joined the band in 1955.',
  'The court tried the crimes of the war in 1946.',
  'Jerome Green left the band in 1958 to work in Chicago.',
];

describe('an ordinary Arabic word whose sense the story writes is that word, not a name it spells', () => {
  const index = buildIndex(knowledgeWith({ court: { lines: EN_STORY, language: 'en' } }));
  const ask = (q: string, o: SearchOptions = SEARCH_DEFAULTS) => parseQuery(index, q, o, 'court');

  it('reads جرائم ("crimes", whose consonants spell *Jerome*) as the word', () => {
    const unit = ask('متى حوكمت الجرائم؟').units.find((u) => u.label === 'الجرائم');
    expect(unit?.kind).toBe('term');
    expect(unit?.alts.some((a) => a.key.startsWith('c:'))).toBe(false);
    expect(unit?.alts.some((a) => a.key === 'en:crime')).toBe(true);
  });

  it('ranks the sentence that writes the word first', () => {
    const p = ask('متى حوكمت الجرائم؟');
    const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes, onlyStory: 0 }, SEARCH_DEFAULTS);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('crimes');
  });

  it('without the rule, the spelling made it a name', () => {
    const unit = ask('متى حوكمت الجرائم؟', { ...SEARCH_DEFAULTS, ordinaryHere: 0 }).units.find((u) => u.label === 'الجرائم');
    expect(unit?.kind).not.toBe('term');
  });

  it('not in a story that never writes the sense: there the word may spell a name', () => {
    const other = buildIndex(knowledgeWith({ band: { lines: [EN_STORY[0] as string, EN_STORY[2] as string], language: 'en' } }));
    const unit = parseQuery(other, 'متى غادر الجرائم الفرقة؟', SEARCH_DEFAULTS, 'band').units.find((u) => u.label === 'الجرائم');
    expect(unit?.kind).not.toBe('term');
  });
});
