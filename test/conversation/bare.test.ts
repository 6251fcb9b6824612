/**
 * Conversations over the seed story without any hand-made data (no lexicon.jsonl, no English
 * rendering): the story as a user would add it. Follow-ups must work from the automatic story
 * vocabulary (src/search/names.ts) and the analyzer alone.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { runScript } from './script.js';

const engine = loadEngine({ load: { handMade: false } });

describe('Scenario: follow-ups on a story with no hand-made lexicon', () => {
  it('شرعيته ("his legitimacy") meets شرعية and stands for the person asked about', () => {
    runScript(engine, [
      { ask: 'ما موقف زيلنسكي من الانتخابات؟', first: '28' },
      {
        ask: 'ومن يشكك في شرعيته؟',
        first: '29',
        why: 'ة is written ت before the suffix ه: شرعيته is شرعية + "his", and "his" is Zelensky, named in ¶29',
      },
    ]);
  });

  it('"what did he add?" is the next sentence that says someone added, though it names him only by role', () => {
    const results = runScript(engine, [
      { ask: 'ماذا كتب زيلنسكي؟', first: '19.1–19.2' },
      {
        ask: 'وماذا أضاف؟',
        first: '20',
        fresh: true,
        why: '"وأضاف الزعيم الأوكراني": without a lexicon, "the Ukrainian leader" is no one the story vocabulary knows',
      },
    ]);
    // The sentence goes on in Zelensky's words: he is still who speaks, for the next "he".
    expect(results[1]?.state.last?.speaker).toBe(results[0]?.state.last?.speaker);
  });
});
