/**
 * A second opinion on a refusal (src/search/lexical.ts, `lexicalAgreement`): a same-language question
 * whose best sentence falls a little short of the coverage bar is answered when a plain BM25 over the
 * story's analysed words puts that sentence first by a clear margin. Not on the title's words (what every
 * sentence is about), and not on one word of the question (`lexicalWords`): an out-of-scope question asks
 * about the story's subject, and shares a word or the subject with some sentence by design.
 *
 * The stories are the benchmark's, loaded as `npm run eval` loads them (the bar reads idf over all of them).
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { paragraphStories } from '../../src/cli/xling.js';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { type Knowledge, loadKnowledge } from '../../src/knowledge/load.js';
import type { SearchOptions } from '../../src/search/defaults.js';

const dir = (path: string) => new URL(`../eval/${path}`, import.meta.url).pathname;
const load = (storiesDir: string) => loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const asker =
  (knowledge: Knowledge) =>
  (question: string, story: string, options: Partial<SearchOptions> = {}) => {
    const r = createEngine({ knowledge, options }).ask(question, undefined, { story });
    return r.abstained ? 'refused' : r.answers[0]?.text;
  };

describe('the lexical baseline as a second opinion on a refusal', () => {
  it('answers a question just short of the bar when BM25 puts the same sentence first', () => {
    const ask = asker(load(dir('xling-fresh/stories/en')));
    // "regnal" is nowhere in the story: "name", "Prince" and "Orange" carry the sentence about Colve
    // renaming the colony "to honor the Prince of Orange, King William III" in both rankings.
    expect(ask('What was the regnal name of the Prince of Orange?', 'squadf-002-new-york-city-2')).toContain('King William III');
    expect(ask('What was the regnal name of the Prince of Orange?', 'squadf-002-new-york-city-2', { lexicalAgreement: 0 })).toBe('refused');
  });

  it('does not answer on one word of the question', () => {
    const ask = asker(load(dir('xling/stories/en')));
    // Only "discovered" is written (of new classes of antibiotics); streptomycin never is.
    expect(ask('Who discovered streptomycin?', 'squad-015-antibiotics-1')).toBe('refused');
    expect(ask('Who discovered streptomycin?', 'squad-015-antibiotics-1', { lexicalWords: 1 })).not.toBe('refused');
  });

  it("does not count the title's words", () => {
    const cut = paragraphStories(dir('xling/stories/ar'));
    afterAll(() => rmSync(cut.storiesDir, { recursive: true, force: true }));
    const ask = asker(load(cut.storiesDir));
    // "Who was vice-president in Trump's first term?" of the paragraph saying he is the 45th president:
    // Trump is the title's word, and "president" alone is one word.
    expect(ask('من كان نائب الرئيس في ولاية ترامب الأولى؟', 'arcd-035-dwnald-tramb--p0')).toBe('refused');
    expect(ask('من كان نائب الرئيس في ولاية ترامب الأولى؟', 'arcd-035-dwnald-tramb--p0', { lexicalTitle: 0 })).not.toBe('refused');
  });
});
