import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { SearchOptions } from '../../src/search/defaults.js';
import type { AskResult, ChatState, Engine } from '../../src/types.js';

// A reader's private chat over a whole archive, no story pinned (test/eval/user-dev/archive: an English
// story on a tram line, an Arabic one on the olive harvest, an Arabic brief on an earthquake, the seed),
// moving from story to story as the reader of story-user-archive-dev did.
const storiesDir = fileURLToPath(new URL('../eval/user-dev/archive', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const engine = createEngine({ knowledge });
const TRAM = '2026-11-24-marlow-bay-council-approves-harbour-to';
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

describe('a conversation over the whole archive', () => {
  it('stays with the story it is about for a question of its own (storyStay)', () => {
    // "mayor" is the tram story's own word; the earthquake brief's title holds بلدة (town), which the
    // dictionary also renders "mayor", and its title counts 1.5 times again in the story prior.
    const asked = ['when will the tram open?', 'how much will it cost?', 'what did the mayor say'];
    expect(first(chat(engine, asked))).toBe(`${TRAM}#4`);
    const without = createEngine({ knowledge, options: { storyStay: 0 } as Partial<SearchOptions> });
    expect(first(chat(without, asked))).not.toBe(`${TRAM}#4`);
  });

  it('weighs a follow-up across stories too, the story in focus staying (storyStayFollowUp)', () => {
    // "هل هناك إصابات؟" (were there injuries?) after the earthquake brief: the brief's "without causing
    // injuries" against the seed's casualties, where the word is rarer within its own story.
    const asked = ['ماذا حدث في المنارة', 'هل هناك اصابات'];
    expect(first(chat(engine, asked))).toBe(`${QUAKE}#1`);
    const without = createEngine({ knowledge, options: { storyStayFollowUp: 0 } as Partial<SearchOptions> });
    expect(first(chat(without, asked))).not.toBe(`${QUAKE}#1`);
  });

  it('still goes to another story when the question names its subject', () => {
    const r = chat(engine, ['when will the tram open?', 'how much will it cost?', 'how strong was the earthquake in al-manara?']);
    expect(first(r)).toBe(`${QUAKE}#1`);
  });
});
