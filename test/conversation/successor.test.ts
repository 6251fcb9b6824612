/**
 * "ومن خلفه؟" ("and who succeeded him?") right after an answer about someone: a story tells of a
 * successor after the one they follow, in words the question need not share (تلى الأخيرَ, "followed
 * the latter"). The engine answers with the first sentence after the answer shown that names a person
 * the answer does not (src/engine.ts, successorOf; the questions in knowledge/dialogue.json,
 * successorQuestions). Over Tunisia (ARCD, a benchmark development story), loaded alone, no hand-made data.
 */
import { describe, expect, it } from 'vitest';
import { benchmarkStoryEngine } from '../support/stories.js';
import { runScript } from './script.js';

const STORY = 'arcd-042-twns';
const engine = benchmarkStoryEngine('ar', STORY);

describe('Scenario: who succeeded the first president of Tunisia', () => {
  it('is the next sentence that names someone new', () => {
    runScript(engine, [
      { ask: 'من كان أول رئيس لتونس؟', first: '1.6', why: 'أصبح الحبيب بورقيبة أول رئيس لها' },
      {
        ask: 'ومن خلفه؟',
        first: '2.1',
        followUp: true,
        why: '"تلى الأخيرَ في رئاسة الجمهورية زين العابدين بن علي": the next sentence, naming Ben Ali; it shares no word with the question',
      },
    ]);
  });
});

describe('Scenario: the successor was already on the first page', () => {
  it('is still the answer: a new question gets its answer, shown or not', () => {
    const [first] = runScript(engine, [{ ask: 'who was the first president of tunisia?', first: '1.6' }], undefined, STORY);
    // The page of three answers holds ¶2.1 too (it is about the presidency).
    expect(first?.answers.map((a) => a.label)).toContain('2.1');
    runScript(
      engine,
      [
        { ask: 'who was the first president of tunisia?', first: '1.6' },
        { ask: 'who succeeded him?', first: '2.1', followUp: true, why: 'the next sentence names Ben Ali; it had been skipped as shown' },
      ],
      undefined,
      STORY,
    );
  });
});
