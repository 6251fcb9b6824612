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
  it('a follow-up with words of its own moves on from the answer shown to a close one that covers more of it', () => {
    // ¶13 (the UK government) still leads on the carried context; ¶14, the BBC's James Waterhouse in
    // Kyiv, holds more of what is asked and scores within movesOnScore of it.
    runScript(engine, [
      { ask: 'What did the UK government say?', first: '13' },
      { ask: 'and what did the BBC reporter in Kyiv say?', first: '14', why: '¶14: the BBC correspondent in Kyiv' },
    ]);
  });

  it('a message that is only a name, its "and" glued on, asks the question before again of them', () => {
    // وهيغسيث is found as a name (no lexicon strips its و): without the rule it is a question of its
    // own about Hegseth and lands on ¶15 (his speech as a blow), not on what he said about NATO (¶11).
    runScript(engine, [
      { ask: 'ماذا قال ترامب عن الناتو؟', first: '4' },
      { ask: 'وهيغسيث؟', first: '11', why: '¶11: Hegseth told the NATO summit that Ukraine joining was not realistic' },
    ]);
    runScript(engine, [
      { ask: 'What did Trump say about NATO?', first: '4' },
      { ask: 'Hegseth?', first: '11', why: '"Hegseth?" alone is "and Hegseth?"' },
    ]);
  });

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
