import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { sharedKnowledgeWithSeedLexicon } from '../support/stories.js';

// A benchmark story (SQuAD's Montana) added beside the shipped shared data, with a shared lexicon
// written for another story (the seed's, whose own it is since it serves the seed alone). It lists
// مقاطعة among the forms of its place *region*, a word this story also writes.
const STORY = 'squad-011-montana-3';
const dir = sharedKnowledgeWithSeedLexicon('sanad-lexicon-pinned-');
cpSync(new URL(`../eval/xling/stories/en/${STORY}`, import.meta.url), join(dir, STORY), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const knowledge = loadKnowledge(dir, { handMade: true });

describe('a word that names a concept of the lexicon, asked of one story', () => {
  it('also matches as the word and its translations (lexiconWordPinned)', () => {
    // "In which counties are Native Americans a majority?": read as the seed's *region* only, المقاطعات
    // lost *counties*.
    const q = 'ما المقاطعات التي يشكل فيها الهنود الحمر أغلبية؟';
    const engine = createEngine({ knowledge });
    expect(engine.ask(q, engine.newState(0), { story: STORY }).answers[0]?.text).toContain('three counties');
    // Without it the word is the concept only: no unit of the question matches *counties*. (Its answer no
    // longer shows it: since `translatedCommon` reads any of a word's first senses, the rest of the
    // question finds the sentence anyway.)
    const index = buildIndex(knowledge);
    const counties = (o: Partial<SearchOptions>) =>
      parseQuery(index, q, { ...SEARCH_DEFAULTS, ...o }, STORY).units.some((u) => u.alts.some((a) => a.key === 'en:counti'));
    expect(counties({})).toBe(true);
    expect(counties({ lexiconWordPinned: 0 } as Partial<SearchOptions>)).toBe(false);
  });
});
