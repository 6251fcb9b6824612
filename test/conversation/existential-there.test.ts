import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { AskResult, ChatState, Engine } from '../../src/types.js';

// "there" / هناك after a form of "be", هل or كان only says that something exists. A reader's private chat over a whole archive, no story pinned (test/eval/user-dev/archive: an English
// story on a tram line, an Arabic one on the olive harvest, an Arabic brief on an earthquake, the seed),
// moving from story to story as the reader of story-user-archive-dev did.
const storiesDir = fileURLToPath(new URL('../eval/user-dev/archive', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const engine = createEngine({ knowledge });
const QUAKE = '2026-11-26-4-8';

function chat(e: Engine, questions: readonly string[]): AskResult {
  let state: ChatState = e.newState(0);
  let last: AskResult | undefined;
  for (const q of questions) {
    last = e.ask(q, state, { top: 3 });
    state = last.state;
  }
  return last as AskResult;
}
const first = (r: AskResult) => `${r.answers[0]?.story}#${r.answers[0]?.ref}`;

describe('an existential "there"', () => {
  it('reads "were there …?" / "هل هناك …؟" as asking whether something exists, not about a place', () => {
    // As a place pointer, "there" made the question a follow-up about the answer's place, and the seed's
    // casualties sentence won over the brief's "without causing injuries".
    expect(first(chat(engine, ['how strong was the earthquake in al-manara?', 'were there injuries?']))).toBe(`${QUAKE}#1`);
    expect(first(chat(engine, ['ماذا حدث في المنارة', 'هل هناك اصابات']))).toBe(`${QUAKE}#1`);
  });
});
