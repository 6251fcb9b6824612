import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the question is Arabic. ترتبط ("is linked") is in no form
// the dictionary lists (ارتبط neither); its light root ربط is ("tie, link, connect").
const EN_STORY = [
  'The university was founded in 1842 by a priest from France.',
  'The theologian Karl Barth gave a lecture at the university in 1962.',
  'The university through its seminary is linked to the theologian Frederick Buechner.',
];
const QUESTION = 'أي عالم لاهوت ترتبط به الجامعة؟';

describe("an Arabic word the dictionary lacks in every form asked of one story reaches its light root's translations that story writes", () => {
  const index = buildIndex(knowledgeWith({ seminary: { lines: EN_STORY, language: 'en' } }));
  const ask = (o: SearchOptions = SEARCH_DEFAULTS) => parseQuery(index, QUESTION, o, 'seminary');

  it('reads ترتبط by its root ربط, for less than a translation', () => {
    const unit = ask().units.find((u) => u.label === 'ترتبط');
    expect(unit?.known).toBe(true);
    const tie = unit?.alts.find((a) => a.key === 'en:link');
    expect(tie?.q).toBeCloseTo(SEARCH_DEFAULTS.translation * SEARCH_DEFAULTS.rootTranslation);
  });

  it("ranks the sentence that writes the root's sense first", () => {
    const p = ask();
    const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes, onlyStory: 0 }, SEARCH_DEFAULTS);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('linked');
  });

  it('without the rule, the word is unknown', () => {
    const o = { ...SEARCH_DEFAULTS, rootTranslation: 0 };
    expect(ask(o).units.find((u) => u.label === 'ترتبط')?.known).toBe(false);
    const p = ask(o);
    const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes, onlyStory: 0 }, o);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text ?? '').not.toContain('linked');
  });

  it("not for a word the dictionary has: a name the stories lack keeps an unknown word's weight", () => {
    const unit = parseQuery(index, 'متى زار سريبرينيتسا الجامعة؟', SEARCH_DEFAULTS, 'seminary').units.find((u) => u.label === 'سريبرينيتسا');
    expect(unit?.known).toBe(false);
  });

  it("not where the story writes none of the root's senses: there the word keeps an unknown word's weight", () => {
    const other = buildIndex(knowledgeWith({ founding: { lines: [EN_STORY[0] as string, EN_STORY[1] as string], language: 'en' } }));
    expect(parseQuery(other, QUESTION, SEARCH_DEFAULTS, 'founding').units.find((u) => u.label === 'ترتبط')?.known).toBe(false);
  });
});
