/**
 * "ما أهم …" (what are the most important …): أهم, أبرز, أشهر frame the question the way "say" does a
 * statement question (knowledge/answer-types.jsonl, type "salience", not consumed): they weigh as little
 * as an action, so a sentence that names the battles but calls them أبرز ("the most prominent") is not
 * refused for lacking أهم. Without the type, the question below abstained (coverage 0.39).
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { sharedKnowledgeCopy } from '../support/stories.js';

const dir = sharedKnowledgeCopy('sanad-salience-story-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const story = 'arcd-022-alaskndr-alakbr';
cpSync(new URL(`../eval/xling/stories/ar/${story}`, import.meta.url), join(dir, story), { recursive: true });
const engine = loadEngine({ knowledgeDir: dir, load: { handMade: false } });

describe('salience words frame a question (Alexander the Great, ARCD, no lexicon)', () => {
  it('finds "أبرزها معركتيّ إسوس وگوگميلا" for "ما اهم معاركه مع الفرس؟"', () => {
    const r = engine.ask('ما اهم معاركه مع الفرس؟', undefined, { story });
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.label).toBe('3.4');
  });
});
