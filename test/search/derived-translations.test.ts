import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the questions are Arabic.
const EN_STORY = [
  'The singer gave a concert in Paris in 2013.',
  'She was honorary chair of the 2013 festival in Rome.',
  'The fishers of the lake met in 2013.',
];

describe("an Arabic word's translation in another part of speech (WordNet's family)", () => {
  const index = buildIndex(knowledgeWith({ festival: { lines: EN_STORY, language: 'en' } }));

  it('reaches the word the story builds on it, for less than the translation', () => {
    // شرفية is "honor" in the dictionary; the story writes "honorary".
    const unit = parseQuery(index, 'ما الحفل الذي كانت رئيسته الشرفية عام 2013؟', SEARCH_DEFAULTS).units.find((u) => u.label === 'الشرفية');
    const alt = unit?.alts.find((a) => a.key === 'en:honorari');
    expect(alt?.q).toBeCloseTo(SEARCH_DEFAULTS.translation * SEARCH_DEFAULTS.derived);
    expect(alt?.member).toBe(true);
  });

  it('ranks the sentence that writes it first', () => {
    const p = parseQuery(index, 'أي حفل كانت رئيسة شرفية له عام 2013؟', SEARCH_DEFAULTS);
    const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes }, SEARCH_DEFAULTS);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('honorary');
  });

  it('not a shorter word the translation is built on', () => {
    // رسام is "painter"; "paint" is its family too, but the act, not the person asked about.
    const other = buildIndex(knowledgeWith({ art: { lines: ['He learned to paint in Rome.'], language: 'en' } }));
    const unit = parseQuery(other, 'من هو الرسام؟', SEARCH_DEFAULTS).units.find((u) => u.label === 'الرسام');
    expect(unit?.alts.some((a) => a.key === 'en:paint')).toBe(false);
  });

  it('off at derived 0', () => {
    const unit = parseQuery(index, 'ما الحفل الذي كانت رئيسته الشرفية عام 2013؟', { ...SEARCH_DEFAULTS, derived: 0 }).units.find((u) => u.label === 'الشرفية');
    expect(unit?.alts.some((a) => a.key === 'en:honorari')).toBe(false);
  });
});

describe("an English question's word and its WordNet family", () => {
  const index = buildIndex(
    knowledgeWith({ khans: { lines: ['Ogedei was the ruler of the empire from 1229.', 'The empire was ruled well.'], language: 'en' } }),
  );

  it('reaches the word the story builds on it (rule ~ ruler), which Porter stemming and word endings keep apart', () => {
    const alt = parseQuery(index, 'When did Ogedei rule?', SEARCH_DEFAULTS)
      .units.find((u) => u.label === 'rule')
      ?.alts.find((a) => a.key === 'en:ruler');
    expect(alt?.q).toBeCloseTo(SEARCH_DEFAULTS.derived);
    expect(alt?.member).toBe(true);
  });

  it('off at derived 0', () => {
    const unit = parseQuery(index, 'When did Ogedei rule?', { ...SEARCH_DEFAULTS, derived: 0 }).units.find((u) => u.label === 'rule');
    expect(unit?.alts.some((a) => a.key === 'en:ruler')).toBe(false);
  });
});
