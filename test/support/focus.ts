/**
 * Conversation states written by hand for follow-up tests on the seed story: a person in focus, the
 * answer just shown, and a state holding them.
 */
import { foldConversationWords } from '../../src/conversation/dialogue.js';
import { nextFocus, pointersOf, resolveFollowUp } from '../../src/conversation/followup.js';
import { newState } from '../../src/conversation/state.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import type { SearchIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import type { ChatState, FocusItem, LastAnswer } from '../../src/types.js';

/** The seed story's id. */
export const SEED_STORY = 'bbc-2025-02-12-trump-putin-call';

/** A person in focus, `age` turns old. */
export const person = (id: string, age = 0): FocusItem => ({ key: `c:${id}`, label: id, kind: 'person', weight: 4, age });

/** The answer just shown: one sentence of the seed story, the people it names and who speaks in it. */
export const answer = (ref: string, people: string[], speaker?: string): LastAnswer => ({
  story: SEED_STORY,
  refs: [ref],
  people,
  ...(speaker === undefined ? {} : { speaker }),
  places: [],
  years: [],
});

/** A fresh state with this focus and, when given, the answer just shown. */
export const state = (focus: FocusItem[], last?: LastAnswer): ChatState => ({ ...newState(0), focus, ...(last === undefined ? {} : { last }) });

/**
 * Reads questions as follow-ups over an index, as the engine does: parsed, their pointers found, resolved
 * against a state; returns the resolution and the focus it leaves (`whoIs`: a "who is X?" question).
 */
export function followUpOver(index: SearchIndex) {
  const words = foldConversationWords(index);
  const ctx = { index, words, o: SEARCH_DEFAULTS };
  return (question: string, s: ChatState, whoIs = false) => {
    const q = parseQuery(index, question, SEARCH_DEFAULTS);
    const r = resolveFollowUp(
      q,
      pointersOf(
        index.analyzer.analyze(question).map((t) => t.norm),
        words,
      ),
      s,
      ctx,
    );
    return { r, focus: nextFocus([...q.units, ...r.carried], r, s, new Set(), undefined, whoIs) };
  };
}
