/**
 * "What else did he …?" puts the speaker's next words first only when they match the verb asked: "what
 * else did he insist on?" after Zelensky's argument (¶17) wants ¶25 ("Zelensky also insisted …"), not
 * his next words (¶18–19), which insist on nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';

const engine = loadEngine();
const chat = (questions: string[]) => {
  let s = engine.newState();
  let labels: string[] = [];
  for (const q of questions) {
    const r = engine.ask(q, s, { top: 3 });
    s = r.state;
    labels = r.answers.map((a) => a.label);
  }
  return labels;
};

describe('"else" with a verb of its own', () => {
  it('the sentence using the verb comes first', () => {
    expect(chat(['What has Zelensky argued again and again?', 'was he on the trump-putin call?', 'what else did he insist on?'])[0]).toBe('25');
  });

  it('"what else did he say?" still goes on with his next words', () => {
    expect(chat(['What did Zelensky write?', 'what else did he say?'])[0]).not.toBe(chat(['What did Zelensky write?'])[0]);
  });
});
