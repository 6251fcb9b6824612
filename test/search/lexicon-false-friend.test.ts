import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';

// The seed's lexicon described the call as "constructive", whose Porter stem is construction's: "When does
// construction start?", asked after a question about another story, was answered from the seed's opening
// (its "productive" call) before that story's "Construction will start in March" (the multi-instance bot
// test found it). A hand-written form must not be a stem of everyday words of another sense.
describe("the seed's lexicon", () => {
  const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));

  it('does not read "construction" as the call being constructive', () => {
    const q = parseQuery(index, 'When does construction start?', SEARCH_DEFAULTS);
    const construction = q.units.find((u) => u.label === 'construction');
    expect(construction?.alts.map((a) => a.key) ?? []).not.toContain('c:call-assessment');
  });
});
