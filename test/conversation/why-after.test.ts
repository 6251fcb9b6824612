/**
 * "why?" after an answer that states something without saying why: the story's next sentence, when it
 * goes on about the same person or gives a reason itself. Over benchmark development stories (Montana and
 * the 2008 Sichuan earthquake, from SQuAD), each loaded alone, without hand-made data.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { sharedKnowledgeCopy } from '../support/stories.js';
import { runScript } from './script.js';

const STORY = 'squad-009-montana-1';
const dir = sharedKnowledgeCopy('sanad-why-after-');
cpSync(new URL(`../eval/xling/stories/en/${STORY}`, import.meta.url), join(dir, STORY), { recursive: true });
const engine = loadEngine({ knowledgeDir: dir, load: { handMade: false } });
const SICHUAN = 'squad-036-2008-sichuan-earthquake-1';
const dir2 = sharedKnowledgeCopy('sanad-why-after-');
cpSync(new URL(`../eval/xling/stories/en/${SICHUAN}`, import.meta.url), join(dir2, SICHUAN), { recursive: true });
const sichuan = loadEngine({ knowledgeDir: dir2, load: { handMade: false } });
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(dir2, { recursive: true, force: true });
});

describe('Scenario: "why?" after a statement that gives no reason', () => {
  it('is answered by the next sentence about the same person', () => {
    runScript(engine, [
      { ask: 'Who objected to the name Montana in 1864?', first: '7.6', why: 'Rep. Samuel Cox objected to the name' },
      {
        ask: 'why?',
        first: '7.7',
        followUp: true,
        why: '¶7.6 says no reason; ¶7.7 goes on about Cox: "Cox complained that the name was a misnomer given that …"',
      },
    ]);
  });

  it('keeps the answer shown when it says why itself', () => {
    runScript(sichuan, [
      { ask: 'What did Teruyuki Kato say about the seismic waves?', first: '8.4' },
      { ask: 'why?', first: '8.4', followUp: true, why: '¶8.4 gives the reason itself ("because of the firmness of the terrain")' },
    ]);
  });
});
