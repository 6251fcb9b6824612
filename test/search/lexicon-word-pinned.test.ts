import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { SearchOptions } from '../../src/search/defaults.js';
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
    const without = createEngine({ knowledge, options: { lexiconWordPinned: 0 } as Partial<SearchOptions> });
    expect(without.ask(q, without.newState(0), { story: STORY }).answers[0]?.text ?? '').not.toContain('three counties');
  });
});
