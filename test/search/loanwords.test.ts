import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the questions are Arabic.
const EN_STORY = [
  'Bacteria share genes through small rings of DNA.',
  'Resistance genes can be exchanged between strains via plasmids that carry them.',
  'Doctors watch the strains closely.',
];

describe('an Arabic loanword the dictionary lacks', () => {
  const index = buildIndex(knowledgeWith({ genes: { lines: EN_STORY, language: 'en' } }));

  it('spells a lower-case term of an English story, its plural in ات the English plural in s', () => {
    const units = parseQuery(index, 'ما الذي تتبادله السلالات عبر البلازميدات؟', SEARCH_DEFAULTS).units;
    const unit = units.find((u) => u.label === 'البلازميدات');
    expect(unit?.alts.some((a) => a.key === 'en:plasmid')).toBe(true);
    const { hits } = rank(index, { units, answerTypes: [] }, SEARCH_DEFAULTS);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('plasmids');
  });

  it('spells in the singular too', () => {
    const units = parseQuery(index, 'ماذا يحمل البلازميد؟', SEARCH_DEFAULTS).units;
    expect(units.find((u) => u.label === 'البلازميد')?.alts.some((a) => a.key === 'en:plasmid')).toBe(true);
  });
});

// An English story written for this test: every sentence is about the music player, and only the
// second names the phone that outsold it.
const PHONE_STORY = [
  'The music player was the company’s best seller for years.',
  'In 2010, sales of the iPhone overtook those of the music player.',
  'The player was then sold in fewer shops, with a smaller screen.',
];

describe('an Arabic loanword ending in ون', () => {
  const index = buildIndex(knowledgeWith({ phone: { lines: PHONE_STORY, language: 'en' } }));

  it('spells the name it writes, not the senses of the stem light stemming leaves (الآيفون → ايف, "ivy")', () => {
    const units = parseQuery(index, 'متى تجاوزت مبيعات الآيفون مبيعات المشغل؟', SEARCH_DEFAULTS).units;
    const unit = units.find((u) => u.label === 'الآيفون');
    expect(unit?.alts.some((a) => a.key.includes('iphon'))).toBe(true);
    const { hits } = rank(index, { units, answerTypes: [] }, SEARCH_DEFAULTS);
    // Only the second sentence names the phone: without the spelling, the question reaches it by
    // "sales" alone, and الآيفون weighs as an unknown word the story lacks.
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('iPhone');
  });
});

// An English story written for this test, with a place whose consonants (j-d) an inflected Arabic word
// also writes: جديدا, "new" with the accusative's tanween alef.
const ADMISSIONS_STORY = [
  'Many of the students come from Oujda, a city in Morocco.',
  'The university admitted 3,577 new students in 2015.',
  'Its students live on campus.',
];

describe('an ordinary Arabic word with an ending the stemmer leaves on', () => {
  const index = buildIndex(knowledgeWith({ admissions: { lines: ADMISSIONS_STORY, language: 'en' } }));

  it('is the word its fallback form translates (جديدا → جديد, "new"), not the spelling of a name', () => {
    const units = parseQuery(index, 'كم طالبا جديدا قبلت الجامعة؟', SEARCH_DEFAULTS).units;
    const unit = units.find((u) => u.label === 'جديدا');
    expect(unit?.kind).toBe('term');
    expect(unit?.alts.some((a) => a.key.includes('oujda'))).toBe(false);
    const { hits } = rank(index, { units, answerTypes: [] }, SEARCH_DEFAULTS);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('admitted');
  });
});

// An English story written for this test: the game's name is a common word, capitalised as a title, so
// no name is found for it; the Arabic word that spells it has one dictionary sense, *bric*.
const GAME_STORY = [
  'The first player came with a hidden game called Brick, written by the company’s co-founder.',
  'Later players were designed by a larger team.',
  'The team also wrote the software that moved music to the player.',
];

describe('an Arabic word whose only dictionary sense spells its own consonants', () => {
  const index = buildIndex(knowledgeWith({ game: { lines: GAME_STORY, language: 'en' } }));
  const first = (selfSpelled: number) => {
    const o = { ...SEARCH_DEFAULTS, selfSpelled };
    const { units, answerTypes } = parseQuery(index, 'من صمم لعبة بريك؟', o);
    return index.sentences[rank(index, { units, answerTypes }, o).hits[0]?.gid ?? -1]?.sentence.text ?? '';
  };

  it('spells a capitalised word of the stories (بريك, *bric*: the game Brick)', () => {
    expect(first(1)).toContain('Brick');
  });

  it('does not with selfSpelled off', () => {
    expect(first(0)).not.toContain('Brick');
  });
});
