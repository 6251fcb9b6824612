/**
 * An Arabic question names a person of an English story by a short name: "كاتو" (Kato), "ياغي" (Yagi).
 * Their consonant skeletons ("kt", "yg") are too short to be matched by skeleton, so without the usual
 * Arabic spellings of the stories' short Latin names (spelledShortName in src/search/query.ts) the
 * question matched only "said" and "earthquake" and cited Yagi for Kato, and "no, I meant Yagi" had
 * nothing to turn to. Over the 2008 Sichuan earthquake (SQuAD, a benchmark development story), loaded
 * alone, without hand-made data.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { sharedKnowledgeCopy } from '../support/stories.js';
import { runScript } from './script.js';

const STORY = 'squad-036-2008-sichuan-earthquake-1';
const dir = sharedKnowledgeCopy('sanad-short-names-');
cpSync(new URL(`../eval/xling/stories/en/${STORY}`, import.meta.url), join(dir, STORY), { recursive: true });
const engine = loadEngine({ knowledgeDir: dir, load: { handMade: false } });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Scenario: Kato, then Yagi, asked in Arabic of an English story', () => {
  it('finds each seismologist by his short name', () => {
    runScript(engine, [
      { ask: 'ماذا قال كاتو عن الزلزال؟', first: '8.4', why: 'Teruyuki Kato said that the seismic waves traveled a long distance' },
      { ask: 'لا، أقصد ياغي', first: '8.1', why: 'the correction turns to Yuji Yagi: the earthquake occurred in two stages' },
    ]);
  });
});
