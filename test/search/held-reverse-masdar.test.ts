import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the question is Arabic. The dictionary's entry for أرسل gives
// *send*, *sent*, *forward*; *dispatch*'s own entry gives first the verbal noun إرسال, not the verb. Asked
// of a story that writes *dispatched*, the question's أرسل reaches it through its verbal noun (query.ts,
// withHeldReverseSenses, `reverseHeldMasdar`).
const EN_STORY = [
  'The emperor ruled the country for twenty years.',
  'In 1403 the emperor dispatched a monk to the mountains.',
  'The monk returned to the capital two years later.',
];
const QUESTION = 'من أرسل الإمبراطور إلى الجبال؟';

describe("an Arabic derived verb reaches the asked story's English words whose entries give its verbal noun first", () => {
  const index = buildIndex(knowledgeWith({ court: { lines: EN_STORY, language: 'en' } }));
  const ask = (o: SearchOptions = SEARCH_DEFAULTS) => parseQuery(index, QUESTION, o, 'court');
  const unitOf = (o?: SearchOptions) => ask(o).units.find((u) => u.label === 'أرسل');

  it('reads أرسل as *dispatch*, for less than a translation', () => {
    const a = unitOf()?.alts.find((x) => x.key === 'en:dispatch');
    expect(a?.q).toBeCloseTo(SEARCH_DEFAULTS.translation * SEARCH_DEFAULTS.reverseHeld);
    const p = ask();
    const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes, onlyStory: 0 }, SEARCH_DEFAULTS);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('dispatched');
  });

  it('without the rule, the verb does not reach it', () => {
    expect(unitOf({ ...SEARCH_DEFAULTS, reverseHeldMasdar: 0 })?.alts.some((x) => x.key === 'en:dispatch')).toBe(false);
  });

  it('not asked of no story', () => {
    expect(
      parseQuery(index, QUESTION, SEARCH_DEFAULTS)
        .units.find((u) => u.label === 'أرسل')
        ?.alts.some((x) => x.key === 'en:dispatch'),
    ).toBe(false);
  });
});
