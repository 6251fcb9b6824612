import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { parseQuery } from '../../src/search/query.js';

// A feminine nisba without the article (عالمية, "world-wide") is an adjective too, keyed by light stemming
// as عالم, which a story of the benchmark's fresh ARCD articles found as a person ("كأس العالم"): "ما هي
// أهم جائزة عالمية حصل عليها نجيب محفوظ؟" was read as about that person, and the sentence writing العالم
// ("الحارة التي تعادل العالم") came before the one naming the Nobel prize. Three letters before يه at least,
// not و before it (ناديه, سمية, رقية and سيبويه stay the names they may be).
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir: 'test/eval/xling-fresh/stories/ar', handMade: false });
const engine = createEngine({ knowledge });
const index = (engine as unknown as { index: Parameters<typeof parseQuery>[0] }).index;
const MAHFOUZ = 'arcd-084-njyb-mhfwz';
const QUESTION = 'ما هي أهم جائزة عالمية حصل عليها نجيب محفوظ؟';
const unitOf = (o: SearchOptions = SEARCH_DEFAULTS) => parseQuery(index, QUESTION, o, MAHFOUZ).units.find((u) => u.label === 'عالمية');

describe('a feminine nisba without the article is no person', () => {
  it('reads عالمية as a word', () => {
    expect(unitOf()?.kind).toBe('term');
    expect(engine.ask(QUESTION, undefined, { story: MAHFOUZ }).answers[0]?.ref).toBe('1.1');
  });
  it('without the rule, it was the person a story found', () => {
    expect(unitOf({ ...SEARCH_DEFAULTS, nisbaNoPerson: 0 })?.kind).toBe('person');
  });
});
