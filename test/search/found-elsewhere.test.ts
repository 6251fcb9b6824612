import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { parseQuery } from '../../src/search/query.js';

// A found name's id is its consonant skeleton, shared by every story: كرة, "ball", was found as a person in
// one story only (the World Cup finals' story, where the title cue العالم stands before it), and the
// question "ما هو الاسم الكامل للاعب كرة القدم رونالدو؟" asked of Ronaldo's story read it as that man:
// the lead, which writes كرة القدم and Ronaldo's name, lost to another sentence. Ronaldo's story found no
// such name, its title does not write the word, and one story alone found it: the word is the word there.
const STORIES = 'test/eval/xling-fresh2/stories/ar';
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir: STORIES, handMade: false });
const engine = createEngine({ knowledge });
const index = (engine as unknown as { index: Parameters<typeof parseQuery>[0] }).index;
const RONALDO = 'arcd-132-rwnaldw';
const QUESTION = 'ما هو الاسم الكامل للاعب كرة القدم رونالدو؟';
const unitOf = (o: SearchOptions = SEARCH_DEFAULTS) => parseQuery(index, QUESTION, o, RONALDO).units.find((u) => u.label === 'كرة');

describe('a one-word name one other story found', () => {
  it('is the word in a story that found no such name', () => {
    expect(unitOf()?.kind).toBe('term');
    const r = engine.ask(QUESTION, undefined, { story: RONALDO });
    expect(r.answers[0]?.text).toContain('رونالدو لويس نازاريو دي ليما');
  });
  it('without the rule, it was the person, and another sentence came first', () => {
    expect(unitOf({ ...SEARCH_DEFAULTS, foundElsewhere: 0 })?.kind).toBe('person');
    const off = createEngine({ knowledge, options: { foundElsewhere: 0 } });
    expect(off.ask(QUESTION, undefined, { story: RONALDO }).answers[0]?.text ?? '').not.toContain('رونالدو لويس نازاريو دي ليما');
  });
  it('a name the story asked found holds its reading there', () => {
    // The World Cup story found كرة itself (after العالم): asked of it, the word stays that name.
    const story = 'arcd-139-qayma-nhayyat-kas-alaalm';
    const q = 'من يقيم بطولة كأس العالم لكرة القدم؟';
    const on = parseQuery(index, q, SEARCH_DEFAULTS, story).units.find((u) => u.label === 'لكرة');
    const off = parseQuery(index, q, { ...SEARCH_DEFAULTS, foundElsewhere: 0 }, story).units.find((u) => u.label === 'لكرة');
    expect(on?.kind).toBe(off?.kind);
  });
});
