import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the question is Arabic. The dictionary's entry for اتصال stops
// at six senses (call, connect, liaison, contact, intercourse, telecommunication) and lacks
// *communication*, whose own entry gives اتصال among its first three Arabic words: asked of a story that
// writes *communications*, the question's الاتصالات reaches it (query.ts, withHeldReverseSenses).
const EN_STORY = [
  'The earthquake struck the mountain province in May.',
  'Half of the communications in the province were lost for a week.',
  'Roads and bridges in the province were damaged.',
];
const QUESTION = 'كم من الاتصالات فقدت في الإقليم؟';

describe("an Arabic word reaches the asked story's English words whose entries give it first", () => {
  const index = buildIndex(knowledgeWith({ quake: { lines: EN_STORY, language: 'en' } }));
  const ask = (o: SearchOptions = SEARCH_DEFAULTS) => parseQuery(index, QUESTION, o, 'quake');
  const unitOf = (o?: SearchOptions) => ask(o).units.find((u) => u.label === 'الاتصالات');

  it('reads الاتصالات as *communications*, for less than a translation', () => {
    const a = unitOf()?.alts.find((x) => x.key === 'en:commun');
    expect(a?.q).toBeCloseTo(SEARCH_DEFAULTS.translation * SEARCH_DEFAULTS.reverseHeld);
    const p = ask();
    const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes, onlyStory: 0 }, SEARCH_DEFAULTS);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('communications');
  });

  it('without the rule, the word does not reach it', () => {
    expect(unitOf({ ...SEARCH_DEFAULTS, reverseHeld: 0 })?.alts.some((x) => x.key === 'en:commun')).toBe(false);
  });

  it('not asked of no story: only the words the asked story writes', () => {
    expect(
      parseQuery(index, QUESTION, SEARCH_DEFAULTS)
        .units.find((u) => u.label === 'الاتصالات')
        ?.alts.some((x) => x.key === 'en:commun'),
    ).toBe(false);
  });

  it('not of a story that does not write the word', () => {
    const both = buildIndex(
      knowledgeWith({
        quake: { lines: EN_STORY, language: 'en' },
        roads: { lines: [EN_STORY[0] as string, EN_STORY[2] as string], language: 'en' },
      }),
    );
    const unit = parseQuery(both, QUESTION, SEARCH_DEFAULTS, 'roads').units.find((u) => u.label === 'الاتصالات');
    expect(unit?.alts.some((x) => x.key === 'en:commun')).toBe(false);
  });
});
