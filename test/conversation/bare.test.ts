/**
 * Conversations over the seed story without any hand-made data (no lexicon.jsonl, no English
 * rendering): the story as a user would add it. Follow-ups must work from the automatic story
 * vocabulary (src/search/names.ts) and the analyzer alone.
 */
import { describe, it } from 'vitest';
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
});
