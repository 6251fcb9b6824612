import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test: its year has a letter glued to it ("2004l", a slip of
// the keyboard), so the word cut there is no number. The year is still written: a question naming it is
// about the story's own year, not another one, and the year check must not refuse it.
const knowledge = knowledgeWith({
  'ar-actor': {
    lines: [
      'سامي حداد ممثل مصري ولد في القاهرة.',
      'في 2004l لعب سامي حداد دور البطولة أمام الفنانة ليلى نور في مسلسل طويل.',
      'وفي عام 2010 أخرج سامي حداد أول أفلامه.',
    ],
    language: 'ar',
  },
});
const ask = (question: string) => createEngine({ knowledge }).ask(question, undefined, { story: 'ar-actor' });

describe('a year with a letter glued to it', () => {
  it('counts as written: the question naming it is answered', () => {
    const r = ask('من هي الفنانة التي لعب سامي حداد دور البطولة أمامها في عام 2004؟');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('ليلى نور');
  });

  it('still refuses a year the story never writes', () => {
    expect(ask('من هي الفنانة التي لعب سامي حداد دور البطولة أمامها في عام 2019؟').abstained).toBe(true);
  });
});
