/**
 * The bar of a story of few sentences (`shortStory`, `shortStoryCut`, src/engine.ts): lowered by
 * `shortStoryCut` for a story of one sentence, linearly less up to `shortStory`, so a story of two or
 * three sentences (a paragraph of an article) needs a little less of a question matched than a long one.
 * The case is a development question of the second fresh Arabic set, asked of its article's first
 * paragraph as the paragraph runs cut it: two sentences, the answer the second, the question's coverage
 * just short of the bar `shortStory` 3 gave two sentences.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { paragraphStories } from '../../src/cli/xling.js';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const cut = paragraphStories(new URL('../eval/xling-fresh2/stories/ar', import.meta.url).pathname);
afterAll(() => rmSync(cut.storiesDir, { recursive: true, force: true }));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir: cut.storiesDir, handMade: false });
const engine = createEngine({ knowledge });

/** The answers' texts (or the gate that refused) for "how can the ways of Sufism be followed?" of the paragraph. */
function answersOf(options?: { shortStory: number }): string[] | string {
  const e = options === undefined ? engine : createEngine({ knowledge, options });
  const r = e.ask('كيف يمكن تحقيق مناهج التصوف؟', undefined, { story: 'arcd-101-swfya--p0' });
  return r.abstained ? (r.gate ?? 'refused') : r.answers.map((a) => a.text);
}

describe('the bar of a story of three sentences or fewer', () => {
  it('answers a paragraph of two sentences matched a little short of the bar', () => {
    const answers = answersOf();
    expect(Array.isArray(answers) && answers.slice(0, 3).some((t) => t.startsWith('وهو منهج أو طريق يسلكه العبد'))).toBe(true);
    // With the bar lowered for stories of one or two sentences only (and half as much for two), refused.
    expect(answersOf({ shortStory: 3 })).toBe('coverage');
  });
});
