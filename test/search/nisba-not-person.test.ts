import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';

// Light stemming keys العثمانية ("Ottoman") as عثمان and الفاطمية ("Fatimid") as فاطم, names of people the
// stories found (over the benchmark's second fresh ARCD articles, loaded as a user adds them): questions
// about the Ottoman state's borders were read as about a person Osman, and the sentences naming people
// came first. A feminine nisba with the article is an adjective (or a plural of its shape, الأندية): a word.
const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir: 'test/eval/xling-fresh2/stories/ar', handMade: false }));
const unitOf = (q: string, story: string, label: string, o: SearchOptions = SEARCH_DEFAULTS) =>
  parseQuery(index, q, o, story).units.find((u) => u.label === label);
const OTTOMAN = 'arcd-105-qayma-slatyn-aldwla-alathmanya';
const FATIMID = 'arcd-111-aldwla-alfatmya';

describe('a feminine nisba with the article is no person', () => {
  it('reads العثمانية and الفاطمية as words', () => {
    expect(unitOf('ماهي حدود دولة السلاطين العثمانية من جهة الشمال؟', OTTOMAN, 'العثمانية')?.kind).toBe('term');
    expect(unitOf('بماذا تميزت الدولة الفاطمية؟', FATIMID, 'الفاطمية')?.kind).toBe('term');
  });
  it('without the rule, they were the people the stories found', () => {
    const off = { ...SEARCH_DEFAULTS, nisbaNoPerson: 0 };
    expect(unitOf('ماهي حدود دولة السلاطين العثمانية من جهة الشمال؟', OTTOMAN, 'العثمانية', off)?.kind).toBe('person');
    expect(unitOf('بماذا تميزت الدولة الفاطمية؟', FATIMID, 'الفاطمية', off)?.kind).toBe('person');
  });
});
