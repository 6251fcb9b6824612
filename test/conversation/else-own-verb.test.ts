/**
 * "what else did he insist on?" asks for more of what he insisted on, not for his next words: the first
 * sentence not shown that holds the question's own verb and passes the bar comes first (elseOwnVerb).
 * Over the seed story (Trump–Putin call): ¶25, "Zelensky also insisted that the United States …", not
 * ¶19, his next statement after the answer shown (¶17). The "why?" after it is then the sentence that
 * gives his reason, right after ¶25.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { runScript } from './script.js';

const before = [
  { ask: 'What has Zelenskiy argued again and again?', first: '17' },
  { ask: 'was he on the trump-putin call?', first: '17' },
];

describe('"what else did he …?" with a verb of its own', () => {
  it('is answered by a sentence holding that verb: ¶25, then ¶26 for "why?"', () => {
    runScript(loadEngine({}), [
      ...before,
      { ask: 'what else did he insist on', first: '25', followUp: true, why: '¶25 holds insisted; ¶19 is only his next statement' },
      { ask: 'why?', first: '26', why: 'the sentence after ¶25 gives the reason' },
    ]);
  });

  it('gets his next words without the rule', () => {
    const results = runScript(loadEngine({ options: { elseOwnVerb: 0 } }), [...before, { ask: 'what else did he insist on' }]);
    expect(results[2]?.answers[0]?.label).not.toBe('25');
  });
});
