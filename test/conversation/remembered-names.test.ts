/**
 * What a follow-up carries is what the answer shown named. A name the question spells in another
 * script may stand for several stories' names (آيبود: the iPod, and in another story the Buddha), and
 * a word asked in another language has several translations: the conversation goes on with the one
 * the answer holds, not with the first the question's reading happened to list.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { sharedKnowledgeCopy } from '../support/stories.js';
import { runScript } from './script.js';

const IPOD = 'squad-025-ipod-1';
// Two benchmark stories (no hand-made data): the iPod's, and one whose names include the Buddha, whose
// Arabic spelling is close to آيبود's.
const dir = sharedKnowledgeCopy('sanad-remembered-names-');
for (const s of [IPOD, 'squad-023-sino-tibetan-relations-during-the-ming-d-3'])
  cpSync(new URL(`../eval/xling/stories/en/${s}`, import.meta.url), join(dir, s), { recursive: true });
const engine = loadEngine({ knowledgeDir: dir, load: { handMade: false } });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Scenario: an Arabic follow-up about an English story remembers what the answer named', () => {
  it('"its sales" after a question about the first iPod are the iPod\'s', () => {
    const [first, second] = runScript(
      engine,
      [
        { ask: 'متى صدر أول آيبود؟', first: '1.1', why: 'the first line was released on October 23, 2001' },
        {
          ask: 'ولماذا كانت مبيعاته بطيئة؟',
          first: '6.1',
          followUp: true,
          why: 'مبيعاته, "its sales": the iPod the answer named (its price and Mac-only compatibility), not the Buddha of the other story',
        },
      ],
      undefined,
      IPOD,
    );
    // The focus keeps the concept and the translation ¶1.1 holds.
    expect(first?.state.focus.map((f) => f.key)).toEqual(expect.arrayContaining(['c:auto-bd-ipod', 'en:releas']));
    expect(second?.state.focus.map((f) => f.key)).not.toContain('c:auto-bd-buddha');
  });
});
