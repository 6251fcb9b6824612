/**
 * Follow-ups over benchmark stories. "why?" after an answer that states something without saying why:
 * the story's next sentence, when it goes on about the same person or gives a reason itself. "what
 * other names …?": "other" as an adjective of a noun asks a question of its own, not for "else". Over benchmark development stories (Montana and
 * the 2008 Sichuan earthquake, from SQuAD), each loaded alone, without hand-made data.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { parseQuery } from '../../src/search/query.js';
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

describe('Scenario: "other" beside a noun is a question of its own, not "else"', () => {
  it('reads "other" before a word of its own (and آخر beside one) as an adjective', () => {
    const index = (engine as unknown as { index: Parameters<typeof parseQuery>[0] }).index;
    const other = (q: string) => parseQuery(index, q, SEARCH_DEFAULTS).other;
    expect(other('what other names were suggested?')).toBe(false);
    expect(other('and in which other countries?')).toBe(false);
    expect(other('ومتى وقعت آخر هزة؟')).toBe(false);
    expect(other('what else did he say?')).toBe(true);
    expect(other('what other things did he say?')).toBe(true);
    expect(other('وماذا قال أيضا؟')).toBe(true);
  });

  it('answers with a sentence shown beside an earlier answer', () => {
    runScript(engine, [
      { ask: 'Who objected to the name Montana in 1864?', first: '7.6' },
      { ask: 'why?', first: '7.7', why: 'the page shows ¶7.7 and ¶7.8' },
      {
        ask: 'what other names were suggested?',
        first: '7.8',
        why: '"Other names such as Shoshone were suggested": shown beside the last answer, but it is the answer to a new question',
      },
    ]);
  });
});
