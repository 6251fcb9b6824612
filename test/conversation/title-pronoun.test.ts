/**
 * A conversation's first question that points back, with nothing before it: "الى اين توسع اولاده؟" (where
 * did his children expand to?) asked of a paragraph of the story titled جنكيز خان. Read as asked, "his"
 * stands for nobody and the question is refused; with the pronoun standing for the title's one subject
 * (SearchOptions.titlePronoun), ¶1.3 ("وبدأ أحفاده بتوسيع إمبراطوريتهم …") answers. A question the
 * subject alone would answer ("what was his religion?": only the lead sentence names him) stays refused.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { paragraphStories } from '../../src/cli/xling.js';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const cut = paragraphStories(fileURLToPath(new URL('../eval/xling-fresh2/stories/ar', import.meta.url)));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir: cut.storiesDir, handMade: false });
const story = 'arcd-127-jnkyz-khan--p2';

afterAll(() => rmSync(cut.storiesDir, { recursive: true, force: true }));

describe("a first question's pronoun with nothing before it", () => {
  it("stands for the title's one subject when the question is otherwise refused", () => {
    runScript(createEngine({ knowledge }), [{ ask: 'الى اين توسع اولاده؟', first: '1.3', followUp: true, why: '"his" is Genghis Khan' }], undefined, story);
  });

  it('is refused without the rule', () => {
    const [r] = runScript(createEngine({ knowledge, options: { titlePronoun: 0 } }), [{ ask: 'الى اين توسع اولاده؟' }], undefined, story);
    expect(r?.abstained).toBe(true);
  });

  it('answers nothing with the subject alone', () => {
    runScript(createEngine({ knowledge }), [{ ask: 'what was his religion?', abstain: 'not-in-story' }], undefined, story);
  });
});
