import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

// A story names its ruler with his epithet once (the list of his names) and without it where it tells
// what he did; "taught" is a commoner word here than "great", so the epithet would decide if it weighed in full.
const STORY = ['الإسكندر الكبير والإسكندر المقدوني اسمان للملك نفسه.', 'علّم أرسطو الإسكندر الفلسفة.', 'علّم أرسطو تلاميذ كثيرين.', 'علّم أفلاطون أرسطو.'];
const index = buildIndex(knowledgeWith({ alexander: { lines: STORY, language: 'ar' } }));
const top = (question: string) => {
  const p = parseQuery(index, question, SEARCH_DEFAULTS);
  const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes }, SEARCH_DEFAULTS);
  return index.sentences[hits[0]?.gid ?? -1]?.sentence.text;
};
const scaleOf = (question: string, label: string) => parseQuery(index, question, SEARCH_DEFAULTS).units.find((u) => u.label === label)?.scale;

describe("a ruler's epithet after a name (epithetAt)", () => {
  it('weighs as the framing of the question, not as what is asked', () => {
    expect(scaleOf('Where was Alexander the Great born?', 'Great')).toBe(SEARCH_DEFAULTS.actionWeight);
    expect(scaleOf('Where was Philip II born?', 'II')).toBe(SEARCH_DEFAULTS.actionWeight);
  });

  it('lets the word asked about decide: the sentence about his teacher comes first', () => {
    expect(top('Who taught Alexander the Great?')).toContain('الفلسفة');
  });

  it('is no epithet without a name before "the"', () => {
    expect(scaleOf('Where was the Great Library built?', 'Great')).not.toBe(SEARCH_DEFAULTS.actionWeight);
    // A numeral after a common word tells things apart (World War I and II): it is what is asked about.
    expect(scaleOf('Where did World War II start?', 'II')).not.toBe(SEARCH_DEFAULTS.actionWeight);
  });
});
